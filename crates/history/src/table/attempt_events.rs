//! `attempt_events`: what happened to an attempt, in order.

use rusqlite::{Connection, params};
use serde::Serialize;

use super::parsed;
use crate::{Result, Tx, now};

/// What happened to an attempt: the steps of a change and the states it was settled in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum JournalEvent {
    /// Written to the journal, before anything was sent.
    Journalled,
    /// The supplier has the booking (FTBook's first step).
    BookingCreated,
    /// The supplier has the trip.
    SegmentCreated,
    /// The operator has the reservation.
    ReservationCreated,
    /// The supplier shows it cancelled.
    Cancelled,
    /// The supplier said it was done already; looked up.
    AlreadyDone,
    /// A look-up did not see it yet (inside the commit window), or it was sent again.
    NotSeen,
    /// Several candidates at the supplier; nothing adopted (the detail names them).
    InDoubt,
    /// Settled `pending`.
    Pending,
    /// Settled `unknown`: no clear reply.
    Unknown,
    /// Settled `confirmed`.
    Confirmed,
    /// Settled `rejected`.
    Rejected,
    /// Settled `not_made`.
    NotMade,
    /// Journals from before `not_seen`: a booking not found.
    BookingNotFound,
    /// Journals from before `not_seen`: a trip not found.
    SegmentNotFound,
}

impl JournalEvent {
    const ALL: [JournalEvent; 15] = [
        JournalEvent::Journalled,
        JournalEvent::BookingCreated,
        JournalEvent::SegmentCreated,
        JournalEvent::ReservationCreated,
        JournalEvent::Cancelled,
        JournalEvent::AlreadyDone,
        JournalEvent::NotSeen,
        JournalEvent::InDoubt,
        JournalEvent::Pending,
        JournalEvent::Unknown,
        JournalEvent::Confirmed,
        JournalEvent::Rejected,
        JournalEvent::NotMade,
        JournalEvent::BookingNotFound,
        JournalEvent::SegmentNotFound,
    ];

    /// As stored.
    pub fn as_str(self) -> &'static str {
        match self {
            JournalEvent::Journalled => "journalled",
            JournalEvent::BookingCreated => "booking_created",
            JournalEvent::SegmentCreated => "segment_created",
            JournalEvent::ReservationCreated => "reservation_created",
            JournalEvent::Cancelled => "cancelled",
            JournalEvent::AlreadyDone => "already_done",
            JournalEvent::NotSeen => "not_seen",
            JournalEvent::InDoubt => "in_doubt",
            JournalEvent::Pending => "pending",
            JournalEvent::Unknown => "unknown",
            JournalEvent::Confirmed => "confirmed",
            JournalEvent::Rejected => "rejected",
            JournalEvent::NotMade => "not_made",
            JournalEvent::BookingNotFound => "booking_not_found",
            JournalEvent::SegmentNotFound => "segment_not_found",
        }
    }

    /// From what is stored.
    pub fn parse(text: &str) -> Option<JournalEvent> {
        JournalEvent::ALL.into_iter().find(|event| event.as_str() == text)
    }
}

/// One thing that happened to an attempt.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Event {
    /// When (UTC).
    pub at: String,
    /// What.
    pub event: JournalEvent,
    /// Details for people.
    pub detail: Option<String>,
}

/// Adds an event to attempt `attempt`.
pub fn insert(tx: &Tx<'_>, attempt: i64, event: JournalEvent, detail: Option<&str>) -> Result<()> {
    tx.execute(
        "INSERT INTO attempt_events (attempt_id, at, event, detail) VALUES (?1, ?2, ?3, ?4)",
        params![attempt, now(), event.as_str(), detail],
    )?;
    Ok(())
}

/// The events of attempt `attempt`, oldest first.
pub fn of_attempt(db: &Connection, attempt: i64) -> Result<Vec<Event>> {
    let mut statement =
        db.prepare_cached("SELECT at, event, detail FROM attempt_events WHERE attempt_id = ?1 ORDER BY id")?;
    let events = statement
        .query_map([attempt], |row| {
            Ok(Event {
                at: row.get("at")?,
                event: parsed(row, "event", JournalEvent::parse)?,
                detail: row.get("detail")?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(events)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_event_reads_back_as_written() {
        for event in JournalEvent::ALL {
            assert_eq!(JournalEvent::parse(event.as_str()), Some(event));
            let json = serde_json::to_value(event).expect("JSON");
            assert_eq!(json, event.as_str(), "the web view reads the stored word");
        }
        assert_eq!(JournalEvent::parse("reconciled"), None);
    }
}
