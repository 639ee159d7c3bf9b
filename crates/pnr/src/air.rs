//! Air segments: `SK1415 Y 02DEC 3 ARNGOT HK1  0710 0815  02DEC  E  SK/QX7Z2K`, with a
//! three-digit flight written `SK 527`, the weekday digit optional, the arrival a day later as
//! `0815+1` or as its own date, and whatever the display adds after it (`E`, `*1A/E*`, the
//! airline's locator).

use chrono::{NaiveDate, NaiveDateTime, TimeDelta};
use regex_lite::Regex;
use std::sync::LazyLock;

use crate::{Flight, SegmentState, UnreadWhy, airports, dates};

static FLIGHT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?<carrier>[A-Z0-9]{2})\s?(?<number>\d{1,4}[A-Z]?)\s+(?<class>[A-Z])\s+(?<date>\d{2}[A-Z]{3})\s+(?:(?<weekday>[1-7])\s+)?\*?(?<from>[A-Z]{3})(?<to>[A-Z]{3})\s+\*?(?<status>[A-Z]{2})(?<seats>\d{1,2})\s+(?<departs>\d{4})\s+(?<arrives>\d{4})(?<shift>[+-][12])?(?:\s+(?<arrival_date>\d{2}[A-Z]{3})\b)?(?<rest>.*)$",
    )
    .expect("a pattern")
});
/// The start of a flight line: a carrier and a number.
static LOOKS_LIKE_A_FLIGHT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[A-Z0-9]{2}\s?\d{1,4}[A-Z]?(\s|$)").expect("a pattern"));
static AIRLINE_LOCATOR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b([A-Z0-9]{2}/[A-Z0-9]{5,8})\b").expect("a pattern"));

/// Whether an element's text starts as a flight does (so that a damaged one is said to be one).
pub(crate) fn looks_like_a_flight(text: &str) -> bool {
    LOOKS_LIKE_A_FLIGHT.is_match(text)
}

pub(crate) fn state(status: &str) -> SegmentState {
    match status {
        "HK" | "KK" | "RR" | "TK" | "GK" | "SS" | "HS" | "KL" => SegmentState::Confirmed,
        "UN" | "UC" | "NO" | "HX" | "XX" | "XK" | "XL" | "TL" => SegmentState::Cancelled,
        // Waitlisted, requested, or a code we do not know: not confirmed, never taken as such.
        _ => SegmentState::Waiting,
    }
}

/// One air segment, its days dated from `anchor` ([`dates::anchor`]).
pub(crate) fn read(element: u32, text: &str, anchor: NaiveDate) -> Result<Flight, UnreadWhy> {
    let parts = FLIGHT.captures(text).ok_or(UnreadWhy::FlightIncomplete)?;
    let part = |name: &str| parts.name(name).map_or("", |m| m.as_str());
    let weekday = parts.name("weekday").and_then(|m| m.as_str().parse().ok());
    let day = dates::flight_day(part("date"), weekday, anchor).ok_or(UnreadWhy::DateUnclear)?;
    let departs_at = dates::time(part("departs")).ok_or(UnreadWhy::FlightIncomplete)?;
    let arrives_at = dates::time(part("arrives")).ok_or(UnreadWhy::FlightIncomplete)?;
    let arrival_day = match (parts.name("shift"), parts.name("arrival_date")) {
        (Some(shift), _) => {
            let days: i64 = shift.as_str().parse().map_err(|_| UnreadWhy::FlightIncomplete)?;
            day + TimeDelta::days(days)
        }
        (None, Some(date)) => dates::day_after(date.as_str(), day).ok_or(UnreadWhy::DateUnclear)?,
        (None, None) => day,
    };
    let departs = NaiveDateTime::new(day, departs_at);
    let arrives = NaiveDateTime::new(arrival_day, arrives_at);
    let (from, to) = (part("from").to_owned(), part("to").to_owned());
    Ok(Flight {
        element,
        number: format!("{}{}", part("carrier"), part("number")),
        class: part("class").to_owned(),
        status: format!("{}{}", part("status"), part("seats")),
        state: state(part("status")),
        departs_at: airports::at(&from, departs),
        arrives_at: airports::at(&to, arrives),
        from,
        to,
        departs,
        arrives,
        airline_locator: AIRLINE_LOCATOR
            .captures(part("rest"))
            .and_then(|c| c.get(1))
            .map(|m| m.as_str().into()),
    })
}
