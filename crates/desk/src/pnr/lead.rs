//! The agency's lead times: how long before a flight leaves the car picks the traveller up, and
//! how long after it lands the car waits, domestic and international, with airports of their own
//! (Arlanda is farther from town than Bromma). A setting, kept under [`LEAD_TIMES_KEY`].

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::Said;
use crate::{Error, Result};

/// Store key of the lead times.
pub const LEAD_TIMES_KEY: &str = "leadTimes";

/// The longest lead an agency may set, in minutes: ten hours.
pub const MOST_MINUTES: u32 = 600;

/// Minutes for a domestic and for an international flight.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Minutes {
    /// Both ends in Sweden.
    pub domestic: u32,
    /// From or to abroad.
    pub international: u32,
}

impl Minutes {
    /// The minutes for a flight that is, or is not, international.
    pub fn of(self, international: bool) -> u32 {
        if international { self.international } else { self.domestic }
    }
}

/// The agency's lead times.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct LeadTimes {
    /// The pickup this long before a departure, at an airport not listed in `airports`.
    pub departure: Minutes,
    /// The car there this long after a landing (bags, and passport control from abroad).
    pub arrival: Minutes,
    /// Departure leads of airports of their own, by IATA code.
    #[serde(default)]
    pub airports: BTreeMap<String, Minutes>,
}

impl Default for LeadTimes {
    /// Two hours before a domestic flight from Arlanda (40 minutes' drive from town, an hour at
    /// the airport, time to spare), 2 h 45 before an international one; Bromma is 15 minutes
    /// out; 20 minutes after a domestic landing, 40 after one from abroad.
    fn default() -> Self {
        LeadTimes {
            departure: Minutes { domestic: 105, international: 150 },
            arrival: Minutes { domestic: 20, international: 40 },
            airports: BTreeMap::from([
                ("ARN".to_owned(), Minutes { domestic: 120, international: 165 }),
                ("BMA".to_owned(), Minutes { domestic: 75, international: 105 }),
            ]),
        }
    }
}

impl LeadTimes {
    /// Minutes between the pickup and a departure from `airport`.
    pub fn before_departure(&self, airport: &str, international: bool) -> u32 {
        self.airports.get(airport).copied().unwrap_or(self.departure).of(international)
    }

    /// Minutes between a landing and the pickup.
    pub fn after_arrival(&self, international: bool) -> u32 {
        self.arrival.of(international)
    }

    /// The lead times as the agent gave them, checked: every figure at most [`MOST_MINUTES`],
    /// every airport a three-letter code (kept in capitals).
    pub fn checked(self) -> Result<LeadTimes> {
        let too_long = |field: String| Error::Invalid {
            said: Said::new("desk-lead-too-long").with("most", MOST_MINUTES),
            field: Some(field),
        };
        for (name, minutes) in [("departure", self.departure), ("arrival", self.arrival)] {
            for (kind, value) in [("domestic", minutes.domestic), ("international", minutes.international)] {
                if value > MOST_MINUTES {
                    return Err(too_long(format!("settings.leadTimes.{name}.{kind}")));
                }
            }
        }
        let mut airports = BTreeMap::new();
        for (code, minutes) in self.airports {
            let code = code.trim().to_uppercase();
            if code.len() != 3 || !code.chars().all(|c| c.is_ascii_uppercase()) {
                return Err(Error::Invalid {
                    said: Said::new("desk-lead-airport-code").with("code", code),
                    field: Some("settings.leadTimes.airports".into()),
                });
            }
            if minutes.domestic > MOST_MINUTES || minutes.international > MOST_MINUTES {
                return Err(too_long(format!("settings.leadTimes.airports.{code}")));
            }
            airports.insert(code, minutes);
        }
        Ok(LeadTimes { airports, ..self })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_airport_of_its_own_overrides_the_departure_lead_only() {
        let lead = LeadTimes::default();
        assert_eq!(lead.before_departure("ARN", false), 120);
        assert_eq!(lead.before_departure("ARN", true), 165);
        assert_eq!(lead.before_departure("GOT", false), 105);
        assert_eq!(lead.after_arrival(true), 40);
    }

    #[test]
    fn lead_times_are_checked_on_their_fields() {
        let mut lead = LeadTimes::default();
        lead.arrival.international = 601;
        assert!(matches!(
            lead.checked(),
            Err(Error::Invalid { field: Some(f), .. }) if f == "settings.leadTimes.arrival.international"
        ));
        let mut lead = LeadTimes::default();
        lead.airports.insert("got".into(), Minutes { domestic: 90, international: 120 });
        assert_eq!(lead.checked().map(|l| l.before_departure("GOT", false)).ok(), Some(90));
        let mut lead = LeadTimes::default();
        lead.airports.insert("GÖTEBORG".into(), Minutes { domestic: 90, international: 120 });
        assert!(
            matches!(lead.checked(), Err(Error::Invalid { field: Some(f), .. }) if f == "settings.leadTimes.airports")
        );
    }
}
