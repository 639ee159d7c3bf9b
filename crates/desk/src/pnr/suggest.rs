//! The transfers a PNR's flights need: to the airport before a departure from a Swedish airport
//! FTBook serves, from it after a landing there, each with a pickup from the agency's lead
//! times. A flight that needs none says why (abroad, not served, not confirmed, a change of
//! planes, a time that cannot be placed), so nothing is dropped silently.

use chrono::{DateTime, FixedOffset, TimeDelta};
use serde::Serialize;
use ts_rs::TS;

use super::lead::LeadTimes;
use crate::quotes::When;
use crate::request::ConnectionInput;

/// A change of planes: a departure this soon after landing at the same airport needs no car.
const CHANGE_OF_PLANES: TimeDelta = TimeDelta::hours(6);

/// One transfer to book.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Leg {
    /// The PNR's element of the flight.
    pub element: u32,
    /// The flight (`SK1415`).
    pub flight: String,
    /// The airport the car goes to or comes from (`ARN`).
    pub airport: String,
    /// Whether it is the traveller's home airport (where the first flight leaves from): the
    /// address there is the one the agent picks once; elsewhere it is a hotel or an office.
    pub home: bool,
    /// After a landing (from the airport), else before a departure (to it).
    pub arrival: bool,
    /// From or to abroad.
    pub international: bool,
    /// When the flight leaves or lands at `airport`, with its offset.
    #[ts(type = "string")]
    pub at: DateTime<FixedOffset>,
    /// The pickup the lead time gives.
    #[ts(type = "string")]
    pub pickup: DateTime<FixedOffset>,
    /// The lead time it was made with, in minutes.
    pub lead_minutes: u32,
    /// The flight as the booking carries it (its other end and time).
    pub connection: ConnectionInput,
    /// When, as the trip is priced.
    pub when: When,
}

/// Why a flight has no transfer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum NoTransfer {
    /// Neither end is a Swedish airport.
    Abroad,
    /// FTBook has no service at its Swedish end.
    NotServed,
    /// The segment is waitlisted, requested or cancelled.
    NotConfirmed,
    /// The traveller changes planes there.
    ChangeOfPlanes,
    /// Its time at the Swedish end cannot be placed in a zone (a clock change hour).
    TimeUnknown,
}

/// A flight without a transfer, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Left {
    /// The PNR's element.
    pub element: u32,
    /// The flight.
    pub flight: String,
    /// The airport it concerns, for a flight not served or a change of planes.
    pub airport: Option<String>,
    /// Why.
    pub why: NoTransfer,
}

/// An end of a flight that might need a car: the flight, the airport, landing or leaving.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Candidate<'a> {
    pub flight: &'a pnr::Flight,
    pub airport: &'a str,
    pub arrival: bool,
    pub at: DateTime<FixedOffset>,
}

/// The traveller's home airport: where the first flight leaves from, when it is Swedish.
pub(crate) fn home(pnr: &pnr::Pnr) -> Option<&str> {
    let first = pnr.flights.iter().find(|f| f.state != pnr::SegmentState::Cancelled)?;
    pnr::airports::is_swedish(&first.from).then_some(first.from.as_str())
}

/// The ends of the PNR's flights at Swedish airports, with what is left and why.
pub(crate) fn candidates(pnr: &pnr::Pnr) -> (Vec<Candidate<'_>>, Vec<Left>) {
    let mut found = Vec::new();
    let mut left = Vec::new();
    let leave = |flight: &pnr::Flight, why| Left {
        element: flight.element,
        flight: flight.number.clone(),
        airport: None,
        why,
    };
    let leave_at = |flight: &pnr::Flight, airport: &str, why| Left {
        airport: Some(airport.to_owned()),
        ..leave(flight, why)
    };
    let flights: Vec<&pnr::Flight> =
        pnr.flights.iter().filter(|f| f.state != pnr::SegmentState::Cancelled).collect();
    for flight in pnr.flights.iter().filter(|f| f.state == pnr::SegmentState::Cancelled) {
        left.push(leave(flight, NoTransfer::NotConfirmed));
    }
    for (i, flight) in flights.iter().enumerate() {
        if flight.state != pnr::SegmentState::Confirmed {
            left.push(leave(flight, NoTransfer::NotConfirmed));
            continue;
        }
        let previous = i.checked_sub(1).and_then(|p| flights.get(p));
        let next = flights.get(i + 1);
        let ends = [(&flight.from, false, flight.departs_at), (&flight.to, true, flight.arrives_at)];
        let swedish: Vec<_> = ends.iter().filter(|(code, ..)| pnr::airports::is_swedish(code)).collect();
        if swedish.is_empty() {
            left.push(leave(flight, NoTransfer::Abroad));
            continue;
        }
        for (code, arrival, at) in swedish {
            // A landing followed soon by a departure from the same airport is a change of planes
            // (and so is the departure after it).
            let changing = if *arrival {
                next.is_some_and(|n| &n.from == *code && n.departs - flight.arrives < CHANGE_OF_PLANES)
            } else {
                previous.is_some_and(|p| &p.to == *code && flight.departs - p.arrives < CHANGE_OF_PLANES)
            };
            match (changing, at) {
                (true, _) => left.push(leave_at(flight, code, NoTransfer::ChangeOfPlanes)),
                (false, None) => left.push(leave_at(flight, code, NoTransfer::TimeUnknown)),
                (false, Some(at)) => {
                    found.push(Candidate { flight, airport: code, arrival: *arrival, at: *at })
                }
            }
        }
    }
    left.dedup();
    (found, left)
}

impl Candidate<'_> {
    /// The leg for this end, its pickup from the lead times.
    pub(crate) fn leg(&self, lead: &LeadTimes, home: Option<&str>) -> Leg {
        let flight = self.flight;
        let international =
            !(pnr::airports::is_swedish(&flight.from) && pnr::airports::is_swedish(&flight.to));
        let lead_minutes = if self.arrival {
            lead.after_arrival(international)
        } else {
            lead.before_departure(self.airport, international)
        };
        let minutes = TimeDelta::minutes(i64::from(lead_minutes));
        let pickup = if self.arrival { self.at + minutes } else { self.at - minutes };
        let (other_code, other_time) = if self.arrival {
            (flight.from.clone(), flight.departs_at)
        } else {
            (flight.to.clone(), flight.arrives_at)
        };
        Leg {
            element: flight.element,
            flight: flight.number.clone(),
            airport: self.airport.to_owned(),
            home: home == Some(self.airport),
            arrival: self.arrival,
            international,
            at: self.at,
            pickup,
            lead_minutes,
            connection: ConnectionInput {
                number: flight.number.clone(),
                other_code,
                international: Some(international),
                train: Some(false),
                other_time,
            },
            when: When::Connection { at: self.at, arrival: self.arrival },
        }
    }
}

#[cfg(test)]
mod tests;
