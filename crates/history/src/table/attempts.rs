//! `attempts`: the journal. A call that changes something at a supplier is written here, and
//! committed, before it is sent; every reply moves it on, forward only. After a crash or a lost
//! reply the journal says what may have happened, so the desk can look it up at the supplier
//! before it sends anything again.

use rusqlite::{Connection, OptionalExtension, Row, params};
use serde::Serialize;
use serde_json::Value;

use super::attempt_events::{self, Event, JournalEvent};
use super::{json, parsed};
use crate::redact::mask_foids;
use crate::{Error, Result, Supplier, Tx, now};

/// What an attempt tries to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AttemptKind {
    /// Create a booking (and its segment) or a reservation.
    Book,
    /// Cancel one segment.
    CancelSegment,
    /// Cancel a whole booking.
    CancelBooking,
}

impl AttemptKind {
    /// As stored.
    pub fn as_str(self) -> &'static str {
        match self {
            AttemptKind::Book => "book",
            AttemptKind::CancelSegment => "cancel_segment",
            AttemptKind::CancelBooking => "cancel_booking",
        }
    }

    /// From what is stored.
    pub fn parse(text: &str) -> Option<Self> {
        [AttemptKind::Book, AttemptKind::CancelSegment, AttemptKind::CancelBooking]
            .into_iter()
            .find(|kind| kind.as_str() == text)
    }
}

/// Where an attempt stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AttemptState {
    /// Journalled; being sent, or the app stopped before a reply.
    Pending,
    /// Sent, and no reply says whether it worked: to be reconciled before anything is resent.
    Unknown,
    /// The supplier confirmed it.
    Confirmed,
    /// The supplier refused it (the fault is kept).
    Rejected,
    /// Reconciliation showed it never took effect.
    NotMade,
}

impl AttemptState {
    /// As stored.
    pub fn as_str(self) -> &'static str {
        match self {
            AttemptState::Pending => "pending",
            AttemptState::Unknown => "unknown",
            AttemptState::Confirmed => "confirmed",
            AttemptState::Rejected => "rejected",
            AttemptState::NotMade => "not_made",
        }
    }

    /// From what is stored.
    pub fn parse(text: &str) -> Option<Self> {
        [
            AttemptState::Pending,
            AttemptState::Unknown,
            AttemptState::Confirmed,
            AttemptState::Rejected,
            AttemptState::NotMade,
        ]
        .into_iter()
        .find(|state| state.as_str() == text)
    }

    /// The journal event that records settling in this state.
    pub fn event(self) -> JournalEvent {
        match self {
            AttemptState::Pending => JournalEvent::Pending,
            AttemptState::Unknown => JournalEvent::Unknown,
            AttemptState::Confirmed => JournalEvent::Confirmed,
            AttemptState::Rejected => JournalEvent::Rejected,
            AttemptState::NotMade => JournalEvent::NotMade,
        }
    }

    /// Whether the attempt still needs reconciling.
    pub fn is_open(self) -> bool {
        matches!(self, AttemptState::Pending | AttemptState::Unknown)
    }

    /// Whether an attempt in this state may be settled as `next`. States move forward only:
    /// `pending` may become anything; `unknown` anything but `pending`; `not_made` only
    /// `confirmed` (a late commit found by a later look-up); `confirmed` and `rejected` are final.
    /// Settling again in the same state is allowed (it adds an event).
    pub fn may_become(self, next: AttemptState) -> bool {
        use AttemptState::*;
        self == next
            || match self {
                Pending => true,
                Unknown => next != Pending,
                NotMade => next == Confirmed,
                Confirmed | Rejected => false,
            }
    }
}

/// A journalled attempt.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Attempt {
    /// Its id.
    pub id: i64,
    /// The profile.
    pub profile: String,
    /// The supplier.
    pub supplier: Supplier,
    /// What it does.
    pub kind: AttemptKind,
    /// Where it stands.
    pub state: AttemptState,
    /// The whole request, as sent (FOIDs masked).
    pub draft: Value,
    /// The booking's reference, once known.
    pub booking_reference: Option<String>,
    /// The segment's reference, once known.
    pub segment_ref: Option<String>,
    /// The GDS locator or other key to find it by at the supplier.
    pub locator: Option<String>,
    /// The supplier's fault, for a rejection.
    pub fault: Option<String>,
    /// What happened, in order.
    pub events: Vec<Event>,
    /// When it was journalled.
    pub created_at: String,
    /// When it last changed.
    pub updated_at: String,
}

/// Where a new attempt points before it is sent.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Target<'a> {
    /// The booking it concerns (cancellations, a segment added to a booking).
    pub booking_reference: Option<&'a str>,
    /// The segment it concerns (cancellations).
    pub segment_ref: Option<&'a str>,
    /// A key to find the result by at the supplier (GDS locator, quote package).
    pub locator: Option<&'a str>,
}

/// A step of an attempt: what happened, with the references learnt on the way.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Step<'a> {
    /// What happened.
    pub event: JournalEvent,
    /// The booking's reference, once the supplier gave it.
    pub booking_reference: Option<&'a str>,
    /// The segment's reference, once the supplier gave it.
    pub segment_ref: Option<&'a str>,
    /// Details for people.
    pub detail: Option<&'a str>,
}

impl<'a> Step<'a> {
    /// A step with nothing learnt.
    pub fn new(event: JournalEvent) -> Self {
        Step { event, booking_reference: None, segment_ref: None, detail: None }
    }

    /// With the booking's reference.
    pub fn booking(mut self, reference: Option<&'a str>) -> Self {
        self.booking_reference = reference;
        self
    }

    /// With the segment's reference.
    pub fn segment(mut self, reference: Option<&'a str>) -> Self {
        self.segment_ref = reference;
        self
    }

    /// With details for people.
    pub fn detail(mut self, detail: Option<&'a str>) -> Self {
        self.detail = detail;
        self
    }
}

const COLUMNS: &str = "id, profile, supplier, kind, state, draft, booking_reference, segment_ref, locator, \
    fault, created_at, updated_at";

fn row(row: &Row<'_>) -> rusqlite::Result<Attempt> {
    Ok(Attempt {
        id: row.get("id")?,
        profile: row.get("profile")?,
        supplier: parsed(row, "supplier", Supplier::parse)?,
        kind: parsed(row, "kind", AttemptKind::parse)?,
        state: parsed(row, "state", AttemptState::parse)?,
        draft: json(row, "draft")?,
        booking_reference: row.get("booking_reference")?,
        segment_ref: row.get("segment_ref")?,
        locator: row.get("locator")?,
        fault: row.get("fault")?,
        events: Vec::new(),
        created_at: row.get("created_at")?,
        updated_at: row.get("updated_at")?,
    })
}

/// Journals a new attempt (`pending`, FOIDs in the draft masked); returns its id.
pub fn insert(
    tx: &Tx<'_>,
    profile: &str,
    supplier: Supplier,
    kind: AttemptKind,
    draft: &Value,
    target: Target<'_>,
) -> Result<i64> {
    let mut draft = draft.clone();
    mask_foids(&mut draft);
    tx.execute(
        "INSERT INTO attempts (profile, supplier, kind, state, draft, booking_reference, segment_ref, locator,
            created_at, updated_at)
         VALUES (?1, ?2, ?3, 'pending', ?4, ?5, ?6, ?7, ?8, ?8)",
        params![
            profile,
            supplier.as_str(),
            kind.as_str(),
            draft.to_string(),
            target.booking_reference,
            target.segment_ref,
            target.locator,
            now()
        ],
    )?;
    let id = tx.last_insert_rowid();
    attempt_events::insert(tx, id, JournalEvent::Journalled, None)?;
    Ok(id)
}

/// Records a step: the references it learnt, and the event.
pub fn record(tx: &Tx<'_>, id: i64, step: Step<'_>) -> Result<()> {
    let changed = tx.execute(
        "UPDATE attempts SET booking_reference = COALESCE(?2, booking_reference),
            segment_ref = COALESCE(?3, segment_ref), updated_at = ?4 WHERE id = ?1",
        params![id, step.booking_reference, step.segment_ref, now()],
    )?;
    if changed == 0 {
        return Err(Error::Corrupt(format!("attempt {id} does not exist")));
    }
    attempt_events::insert(tx, id, step.event, step.detail)
}

/// Settles attempt `id` as `state` (with the fault, for a rejection), refusing a move backwards.
pub fn settle(tx: &Tx<'_>, id: i64, state: AttemptState, fault: Option<&str>) -> Result<()> {
    let current: Option<String> =
        tx.query_row("SELECT state FROM attempts WHERE id = ?1", [id], |row| row.get("state")).optional()?;
    if let Some(current) = current.as_deref().and_then(AttemptState::parse)
        && !current.may_become(state)
    {
        return Err(Error::Settled { attempt: id, state: current.as_str(), wanted: state.as_str() });
    }
    tx.execute(
        "UPDATE attempts SET state = ?2, fault = COALESCE(?3, fault), updated_at = ?4 WHERE id = ?1",
        params![id, state.as_str(), fault, now()],
    )?;
    attempt_events::insert(tx, id, state.event(), fault)
}

fn with_events(db: &Connection, mut attempts: Vec<Attempt>) -> Result<Vec<Attempt>> {
    for attempt in &mut attempts {
        attempt.events = attempt_events::of_attempt(db, attempt.id)?;
    }
    Ok(attempts)
}

fn query(db: &Connection, condition: &str, values: impl rusqlite::Params) -> Result<Vec<Attempt>> {
    let mut statement =
        db.prepare(&format!("SELECT {COLUMNS} FROM attempts WHERE {condition} ORDER BY id"))?;
    let attempts = statement.query_map(values, row)?.collect::<rusqlite::Result<Vec<_>>>()?;
    with_events(db, attempts)
}

/// One attempt, with its events.
pub fn one(db: &Connection, id: i64) -> Result<Option<Attempt>> {
    Ok(query(db, "id = ?1", [id])?.pop())
}

/// A profile's attempts still `pending` or `unknown`, oldest first.
pub fn open(db: &Connection, profile: &str) -> Result<Vec<Attempt>> {
    query(db, "profile = ?1 AND state IN ('pending', 'unknown')", [profile])
}

/// Every attempt of a profile, oldest first.
pub fn all(db: &Connection, profile: &str) -> Result<Vec<Attempt>> {
    query(db, "profile = ?1", [profile])
}

/// The attempts made for a booking, oldest first.
pub fn for_booking(
    db: &Connection,
    profile: &str,
    supplier: Supplier,
    reference: &str,
) -> Result<Vec<Attempt>> {
    query(
        db,
        "profile = ?1 AND supplier = ?2 AND booking_reference = ?3",
        params![profile, supplier.as_str(), reference],
    )
}
