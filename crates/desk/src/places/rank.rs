//! The type-ahead's order, as an agent thinks, over what FTBook returned (FTBook sorts by name,
//! so `arl` lists Arlanda Centralstation above the airport and `Kungsgatan 10` puts Stockholm
//! after Göteborg). In order of weight:
//!
//! 1. a terminal whose code is exactly what was typed (`ARN`, `cst`);
//! 2. in the terminal field, airports, then stations, then the rest; in an address field,
//!    terminals last;
//! 3. a name that begins with what was typed, then one with a word that does, then the rest;
//! 4. the postcode of a pasted address;
//! 5. the agency's home city among equal names;
//! 6. FTBook's own order.

use super::typed::{Typed, fold};

/// Which field is asking: its purpose decides what comes first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename = "PlaceField")]
pub enum Field {
    /// The airport or station of a connection.
    Terminal,
    /// An address (the other end of a connection).
    Address,
    /// Either (a regular taxi's from and to).
    #[default]
    Any,
}

/// What ranking needs of one hit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    /// `airport`, `station`, `poi` or `address`.
    pub kind: String,
    /// A terminal's code (`ARN`).
    pub code: Option<String>,
    /// The name shown (`Stockholm Arlanda Flygplats`, `Grand Hôtel Stockholm`, `Kungsgatan`).
    pub name: String,
    /// Its municipality (`Stockholm`, `Sigtuna`).
    pub city: Option<String>,
    /// Its postcode.
    pub zip: Option<u32>,
}

impl Candidate {
    fn terminal(&self) -> bool {
        matches!(self.kind.as_str(), "airport" | "station")
    }
}

/// The key a candidate sorts by: smaller first.
fn key(candidate: &Candidate, typed: &Typed, field: Field, home: Option<&str>) -> [u8; 5] {
    let exact_code = candidate.terminal()
        && candidate.code.as_deref().is_some_and(|code| !typed.name.is_empty() && fold(code) == typed.name);
    let purpose = match (field, candidate.kind.as_str()) {
        (Field::Terminal, "airport") => 0,
        (Field::Terminal, "station") => 1,
        (Field::Terminal, _) => 2,
        (Field::Address, "airport" | "station") => 1,
        _ => 0,
    };
    let name = fold(&candidate.name);
    let matched = if typed.name.is_empty() || name.starts_with(&typed.name) {
        0
    } else if name.split([' ', '-', '(']).any(|word| word.starts_with(&typed.name)) {
        1
    } else {
        2
    };
    let zip = match typed.zip {
        Some(zip) => u8::from(candidate.zip != Some(zip)),
        None => 0,
    };
    let at_home = match (home.map(fold), candidate.city.as_deref().map(fold)) {
        (Some(home), Some(city)) if !home.is_empty() => u8::from(home != city),
        _ => 0,
    };
    [u8::from(!exact_code), purpose, matched, zip, at_home]
}

/// The order to show `candidates` in: their indices, best first (a stable sort, so FTBook's
/// order decides among equals).
pub fn order(candidates: &[Candidate], typed: &Typed, field: Field, home: Option<&str>) -> Vec<usize> {
    let mut indices: Vec<usize> = (0..candidates.len()).collect();
    indices.sort_by_key(|&i| key(&candidates[i], typed, field, home));
    indices
}

#[cfg(test)]
mod tests {
    use super::super::typed::understand;
    use super::*;

    fn place(kind: &str, code: Option<&str>, name: &str, city: &str, zip: Option<u32>) -> Candidate {
        Candidate {
            kind: kind.into(),
            code: code.map(str::to_owned),
            name: name.into(),
            city: Some(city.into()),
            zip,
        }
    }

    fn ranked(candidates: &[Candidate], typed: &str, field: Field, home: Option<&str>) -> Vec<String> {
        order(candidates, &understand(typed), field, home)
            .into_iter()
            .map(|i| format!("{} ({})", candidates[i].name, candidates[i].city.as_deref().unwrap_or("")))
            .collect()
    }

    fn arlanda() -> Vec<Candidate> {
        // As FTBook sorts them: by name.
        vec![
            place("station", Some("AEC"), "Arlanda Centralstation", "Sigtuna", None),
            place("address", None, "Arlandavägen", "Sigtuna", Some(19060)),
            place("address", None, "Ärnagatan", "Uppsala", Some(75320)),
            place("airport", Some("ARN"), "Stockholm Arlanda Flygplats", "Sigtuna", None),
        ]
    }

    #[test]
    fn an_exact_code_comes_first() {
        let top = ranked(&arlanda(), "ARN", Field::Any, None);
        assert_eq!(top[0], "Stockholm Arlanda Flygplats (Sigtuna)", "{top:?}");
        let top = ranked(&arlanda(), "arn", Field::Address, None);
        assert_eq!(
            top[0], "Stockholm Arlanda Flygplats (Sigtuna)",
            "the code wins even where terminals are last"
        );
        let top = ranked(&arlanda(), "aec", Field::Terminal, None);
        assert_eq!(top[0], "Arlanda Centralstation (Sigtuna)", "a station's code too");
    }

    #[test]
    fn the_terminal_field_puts_airports_then_stations_first() {
        let top = ranked(&arlanda(), "arl", Field::Terminal, None);
        assert_eq!(
            top,
            [
                "Stockholm Arlanda Flygplats (Sigtuna)",
                "Arlanda Centralstation (Sigtuna)",
                "Arlandavägen (Sigtuna)",
                "Ärnagatan (Uppsala)",
            ]
        );
    }

    #[test]
    fn an_address_field_puts_terminals_last_and_names_that_begin_so_first() {
        let top = ranked(&arlanda(), "arl", Field::Address, None);
        assert_eq!(top[0], "Arlandavägen (Sigtuna)", "{top:?}");
        assert_eq!(
            top[2..],
            ["Arlanda Centralstation (Sigtuna)", "Stockholm Arlanda Flygplats (Sigtuna)"],
            "terminals last"
        );
    }

    #[test]
    fn the_home_city_comes_first_among_equal_names() {
        let streets = vec![
            place("address", None, "Kungsgatan", "Göteborg", Some(41119)),
            place("address", None, "Kungsgatan", "Malmö", Some(21149)),
            place("address", None, "Kungsgatan", "Stockholm", Some(11143)),
            place("address", None, "Kungsgatan", "Uppsala", Some(75321)),
        ];
        let top = ranked(&streets, "Kungsgatan 10", Field::Any, Some("Stockholm"));
        assert_eq!(top[0], "Kungsgatan (Stockholm)");
        assert_eq!(
            top[1..],
            ["Kungsgatan (Göteborg)", "Kungsgatan (Malmö)", "Kungsgatan (Uppsala)"],
            "then FTBook's order"
        );
        let top = ranked(&streets, "Kungsgatan 10", Field::Any, Some("göteborg"));
        assert_eq!(top[0], "Kungsgatan (Göteborg)", "whatever the agency's city, however typed");
        let top = ranked(&streets, "Kungsgatan 10", Field::Any, None);
        assert_eq!(top[0], "Kungsgatan (Göteborg)", "no home city: FTBook's order");
    }

    #[test]
    fn a_pasted_postcode_picks_its_street_over_the_home_city() {
        let streets = vec![
            place("address", None, "Storgatan", "Stockholm", Some(11455)),
            place("address", None, "Storgatan", "Solna", Some(17163)),
        ];
        let top = ranked(&streets, "Storgatan 3, 171 63 Solna", Field::Any, Some("Stockholm"));
        assert_eq!(top[0], "Storgatan (Solna)");
    }

    #[test]
    fn a_point_of_interest_is_found_by_its_own_name() {
        let hits = vec![
            place("address", None, "Grandvägen", "Huddinge", Some(14140)),
            place("poi", None, "Grand Hôtel Stockholm", "Stockholm", Some(11148)),
            place("address", None, "Södra Grandgatan", "Stockholm", Some(11130)),
        ];
        let top = ranked(&hits, "Grand", Field::Any, Some("Stockholm"));
        assert_eq!(
            top,
            ["Grand Hôtel Stockholm (Stockholm)", "Grandvägen (Huddinge)", "Södra Grandgatan (Stockholm)"]
        );
    }
}
