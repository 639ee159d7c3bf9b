//! What the agent types on the command line, read into the desk's types; and how a failure
//! becomes an exit code and a message.

use chrono::{DateTime, FixedOffset};
use desk::quotes::{Place, TripRequest, When};
use desk::{Error, Said};

use crate::args::Trip;
use crate::words;

/// Why the command failed: the exit code, and what to tell (written in this run's language
/// when printed).
pub struct Failure {
    pub code: u8,
    why: Why,
}

enum Why {
    Desk(Error),
    Said(Said),
}

impl Failure {
    /// Exit `code`, telling `said` (`desk: …`).
    pub fn new(code: u8, said: Said) -> Self {
        Failure { code, why: Why::Said(said) }
    }

    /// The same failure with exit `code`.
    pub fn exit(self, code: u8) -> Self {
        Failure { code, ..self }
    }

    /// What to print on standard error.
    pub fn text(&self) -> String {
        match &self.why {
            Why::Said(said) => words::line(said),
            Why::Desk(Error::Rejected { supplier, faults }) => {
                let lines: Vec<String> = faults
                    .iter()
                    .map(|f| {
                        let code = f.code.map(|c| format!("{c} ")).unwrap_or_default();
                        let field = f.field.as_deref().map(|f| format!("[{f}] ")).unwrap_or_default();
                        format!("  {code}{field}{}", f.sentence)
                    })
                    .collect();
                let refused = words::say(&Said::new("cli-refused").with("supplier", supplier));
                format!("{refused}\n{}", lines.join("\n"))
            }
            Why::Desk(
                error @ (Error::Validation { field: Some(field), .. }
                | Error::Invalid { field: Some(field), .. }),
            ) => {
                format!("{} [{field}]", error.message(words::language()))
            }
            Why::Desk(error) => error.message(words::language()),
        }
    }
}

/// A command line that cannot be used (exit 2).
pub fn usage(said: Said) -> Failure {
    Failure::new(2, said)
}

/// A file that could not be read, and why.
pub fn unreadable(file: &std::path::Path, error: impl std::fmt::Display) -> Said {
    Said::new("cli-file-unreadable").with("file", file.display()).with("detail", error)
}

impl From<Error> for Failure {
    fn from(error: Error) -> Self {
        let code = match error {
            Error::Offline { .. } | Error::Unknown { .. } | Error::Busy { .. } => 3,
            _ => 1,
        };
        Failure { code, why: Why::Desk(error) }
    }
}

/// A time as agents type it: `2026-12-01T09:00+01:00` or with seconds.
pub fn time(text: &str) -> Result<DateTime<FixedOffset>, Failure> {
    DateTime::parse_from_rfc3339(text)
        .or_else(|_| DateTime::parse_from_str(text, "%Y-%m-%dT%H:%M%:z"))
        .map_err(|_| usage(Said::new("cli-not-a-time").with("text", text)))
}

/// A place: a three-letter code is a terminal, anything else an address `Street 12B, City`.
pub fn place(text: &str) -> Place {
    let text = text.trim();
    if (1..=4).contains(&text.chars().count()) && text.chars().all(char::is_alphabetic) {
        return Place::Terminal { code: text.to_uppercase() };
    }
    let (main, city) = match text.split_once(',') {
        Some((main, city)) => (main.trim(), Some(city.trim().to_owned()).filter(|c| !c.is_empty())),
        None => (text, None),
    };
    let mut words: Vec<&str> = main.split_whitespace().collect();
    let (mut number, mut letter) = (None, None);
    if words.len() > 1
        && let Some(last) = words.last()
    {
        let digits: String = last.chars().take_while(char::is_ascii_digit).collect();
        let rest: String = last.chars().skip(digits.len()).collect();
        if !digits.is_empty() && rest.chars().count() <= 1 {
            number = Some(digits);
            letter = Some(rest.to_uppercase()).filter(|l| !l.is_empty());
            words.pop();
        }
    }
    Place::Street { name: words.join(" "), number, letter, city }
}

pub fn trip(trip: &Trip) -> Result<TripRequest, Failure> {
    let (from, to) = match (trip.from.as_deref(), trip.to.as_deref(), trip.stop.as_deref()) {
        (Some(from), None, Some(stop)) => (place(from), Place::Terminal { code: stop.trim().to_uppercase() }),
        (None, Some(to), Some(stop)) => (Place::Terminal { code: stop.trim().to_uppercase() }, place(to)),
        (Some(_), Some(_), Some(_)) => return Err(usage(Said::new("cli-stop-and-both"))),
        (Some(from), Some(to), None) => (place(from), place(to)),
        (None, _, _) => return Err(usage(Said::new("cli-needed").with("flag", "--from"))),
        (_, None, _) => return Err(usage(Said::new("cli-needed").with("flag", "--to"))),
    };
    let when = match (&trip.pickup, &trip.departure, &trip.arrival) {
        (Some(at), _, _) => When::Pickup { at: time(at)? },
        (_, Some(at), _) => When::Connection { at: time(at)?, arrival: false },
        (_, _, Some(at)) => When::Connection { at: time(at)?, arrival: true },
        _ => return Err(usage(Said::new("cli-say-when"))),
    };
    let service = trip.service.as_deref().map(service_name).transpose()?;
    Ok(TripRequest {
        from,
        to,
        when,
        passengers: trip.passengers,
        bags: trip.bags,
        regular_taxi: trip.taxi,
        service,
        international: trip.international,
        pickup: None,
    })
}

/// FTBook's name of a service, as agents may type it (`bus`, `TRAIN`).
fn service_name(text: &str) -> Result<String, Failure> {
    const NAMES: [&str; 5] = ["Taxi", "Bus", "Train", "Transfer", "Ticket"];
    NAMES
        .iter()
        .find(|name| name.eq_ignore_ascii_case(text.trim()))
        .map(|name| (*name).to_owned())
        .ok_or_else(|| usage(Said::new("cli-service-one-of").with("names", NAMES.join(", "))))
}

pub fn direction_of(text: &str) -> Result<ftbook::model::Direction, Failure> {
    match text.to_lowercase().as_str() {
        "departure" | "d" => Ok(ftbook::model::Direction::Departure),
        "arrival" | "a" => Ok(ftbook::model::Direction::Arrival),
        _ => Err(usage(Said::new("cli-direction"))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn places_as_agents_type_them() {
        assert_eq!(place("arn"), Place::Terminal { code: "ARN".into() });
        assert_eq!(
            place("Drottningholmsvägen 37B, Stockholm"),
            Place::Street {
                name: "Drottningholmsvägen".into(),
                number: Some("37".into()),
                letter: Some("B".into()),
                city: Some("Stockholm".into())
            }
        );
        assert_eq!(
            place("Sankt Eriksgatan"),
            Place::Street { name: "Sankt Eriksgatan".into(), number: None, letter: None, city: None }
        );
    }

    #[test]
    fn times_with_or_without_seconds() {
        assert!(time("2026-12-01T09:00+01:00").is_ok());
        assert!(time("2026-12-01T09:00:00+01:00").is_ok());
        assert_eq!(time("tomorrow").err().map(|f| f.code), Some(2), "a bad time is a usage error");
    }
}
