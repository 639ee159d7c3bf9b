//! The attempt journal: a call that changes something at a supplier is written here, and
//! committed, before it is sent; every reply moves it on. After a crash or a lost reply the
//! journal says what may have happened, so the desk can look it up at the supplier before it
//! sends anything again.

use rusqlite::{OptionalExtension, Row, params};
use serde::Serialize;
use serde_json::Value;
use ts_rs::TS;

use crate::records::Supplier;
use crate::redact::mask_foids;
use crate::{Error, History, Result, now};

/// What an attempt tries to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
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
    fn as_str(self) -> &'static str {
        match self {
            AttemptKind::Book => "book",
            AttemptKind::CancelSegment => "cancel_segment",
            AttemptKind::CancelBooking => "cancel_booking",
        }
    }

    fn parse(text: &str) -> Option<Self> {
        [AttemptKind::Book, AttemptKind::CancelSegment, AttemptKind::CancelBooking]
            .into_iter()
            .find(|kind| kind.as_str() == text)
    }
}

/// Where an attempt stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
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

    fn parse(text: &str) -> Option<Self> {
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

/// Settles attempt `id` as `state` inside `tx`, refusing a move backwards.
fn settle_in(
    tx: &rusqlite::Transaction<'_>,
    id: i64,
    state: AttemptState,
    fault: Option<&str>,
) -> Result<()> {
    let current: Option<String> =
        tx.query_row("SELECT state FROM attempts WHERE id = ?1", [id], |row| row.get(0)).optional()?;
    let current = current.and_then(|text| AttemptState::parse(&text));
    if let Some(current) = current
        && !current.may_become(state)
    {
        return Err(Error::Settled { attempt: id, state: current.as_str(), wanted: state.as_str() });
    }
    let at = now();
    tx.execute(
        "UPDATE attempts SET state = ?2, fault = COALESCE(?3, fault), updated_at = ?4 WHERE id = ?1",
        params![id, state.as_str(), fault, at],
    )?;
    tx.execute(
        "INSERT INTO attempt_events (attempt_id, at, event, detail) VALUES (?1, ?2, ?3, ?4)",
        params![id, at, state.as_str(), fault],
    )?;
    Ok(())
}

/// One thing that happened to an attempt.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Event {
    /// When (UTC).
    pub at: String,
    /// What (`journalled`, `booking_created`, `segment_created`, `unknown`, `reconciled` ...).
    pub event: String,
    /// Details for people.
    pub detail: Option<String>,
}

/// A journalled attempt.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
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
    #[ts(type = "unknown")]
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

const ATTEMPT_COLUMNS: &str = "id, profile, supplier, kind, state, draft, booking_reference, segment_ref, locator, fault, created_at, updated_at";

fn attempt_row(row: &Row<'_>) -> rusqlite::Result<Attempt> {
    let text = |index: usize| row.get::<_, String>(index);
    let corrupt = |index: usize, what: &str| {
        rusqlite::Error::FromSqlConversionFailure(index, rusqlite::types::Type::Text, what.to_owned().into())
    };
    Ok(Attempt {
        id: row.get(0)?,
        profile: text(1)?,
        supplier: Supplier::parse(&text(2)?).ok_or_else(|| corrupt(2, "supplier"))?,
        kind: AttemptKind::parse(&text(3)?).ok_or_else(|| corrupt(3, "kind"))?,
        state: AttemptState::parse(&text(4)?).ok_or_else(|| corrupt(4, "state"))?,
        draft: serde_json::from_str(&text(5)?).unwrap_or(Value::Null),
        booking_reference: row.get(6)?,
        segment_ref: row.get(7)?,
        locator: row.get(8)?,
        fault: row.get(9)?,
        events: Vec::new(),
        created_at: text(10)?,
        updated_at: text(11)?,
    })
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

impl History {
    /// Journals an attempt and commits it, before anything is sent. FOIDs in the draft are masked.
    pub fn begin_attempt(
        &self,
        profile: &str,
        supplier: Supplier,
        kind: AttemptKind,
        draft: &Value,
        target: Target<'_>,
    ) -> Result<i64> {
        let mut draft = draft.clone();
        mask_foids(&mut draft);
        let mut db = self.db();
        let tx = db.transaction()?;
        let at = now();
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
                at
            ],
        )?;
        let id = tx.last_insert_rowid();
        tx.execute(
            "INSERT INTO attempt_events (attempt_id, at, event, detail) VALUES (?1, ?2, 'journalled', NULL)",
            params![id, at],
        )?;
        tx.commit()?;
        Ok(id)
    }

    /// Records a step (a reference learnt on the way, a reply) and commits it.
    pub fn record_step(
        &self,
        id: i64,
        booking_reference: Option<&str>,
        segment_ref: Option<&str>,
        event: &str,
        detail: Option<&str>,
    ) -> Result<()> {
        let mut db = self.db();
        let tx = db.transaction()?;
        let at = now();
        let changed = tx.execute(
            "UPDATE attempts SET booking_reference = COALESCE(?2, booking_reference),
                segment_ref = COALESCE(?3, segment_ref), updated_at = ?4 WHERE id = ?1",
            params![id, booking_reference, segment_ref, at],
        )?;
        if changed == 0 {
            return Err(Error::Corrupt(format!("attempt {id} does not exist")));
        }
        tx.execute(
            "INSERT INTO attempt_events (attempt_id, at, event, detail) VALUES (?1, ?2, ?3, ?4)",
            params![id, at, event, detail],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Moves an attempt to `state` (with the fault, for a rejection) and commits it.
    pub fn settle(&self, id: i64, state: AttemptState, fault: Option<&str>) -> Result<()> {
        let mut db = self.db();
        let tx = db.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        settle_in(&tx, id, state, fault)?;
        tx.commit()?;
        Ok(())
    }

    /// Stores the booking the supplier confirmed and settles the attempt `confirmed`, in one
    /// transaction: history never shows a confirmed attempt without its booking, nor a stored
    /// booking whose attempt still looks open. Returns the booking's row id.
    pub fn confirm(
        &self,
        id: i64,
        booking: &crate::BookingRecord,
        segments: &[crate::SegmentRecord],
    ) -> Result<i64> {
        let mut db = self.db();
        let tx = db.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let row = crate::records::save(&tx, booking, segments)?;
        settle_in(&tx, id, AttemptState::Confirmed, None)?;
        tx.commit()?;
        Ok(row)
    }

    fn with_events(&self, mut attempts: Vec<Attempt>) -> Result<Vec<Attempt>> {
        let db = self.db();
        let mut statement =
            db.prepare("SELECT at, event, detail FROM attempt_events WHERE attempt_id = ?1 ORDER BY id")?;
        for attempt in &mut attempts {
            attempt.events = statement
                .query_map([attempt.id], |row| {
                    Ok(Event { at: row.get(0)?, event: row.get(1)?, detail: row.get(2)? })
                })?
                .collect::<rusqlite::Result<_>>()?;
        }
        Ok(attempts)
    }

    /// One attempt, with its events.
    pub fn attempt(&self, id: i64) -> Result<Option<Attempt>> {
        let found = self
            .db()
            .query_row(&format!("SELECT {ATTEMPT_COLUMNS} FROM attempts WHERE id = ?1"), [id], attempt_row)
            .optional()?;
        Ok(self.with_events(found.into_iter().collect())?.pop())
    }

    /// Attempts still `pending` or `unknown`, oldest first: what start-up reconciles.
    pub fn open_attempts(&self, profile: &str) -> Result<Vec<Attempt>> {
        let attempts = {
            let db = self.db();
            let mut statement = db.prepare(&format!(
                "SELECT {ATTEMPT_COLUMNS} FROM attempts WHERE profile = ?1 AND state IN ('pending', 'unknown') ORDER BY id"
            ))?;
            statement.query_map([profile], attempt_row)?.collect::<rusqlite::Result<Vec<_>>>()?
        };
        self.with_events(attempts)
    }

    /// Every attempt of a profile, oldest first (audits and the soak's invariants).
    pub fn all_attempts(&self, profile: &str) -> Result<Vec<Attempt>> {
        let attempts = {
            let db = self.db();
            let mut statement = db
                .prepare(&format!("SELECT {ATTEMPT_COLUMNS} FROM attempts WHERE profile = ?1 ORDER BY id"))?;
            statement.query_map([profile], attempt_row)?.collect::<rusqlite::Result<Vec<_>>>()?
        };
        self.with_events(attempts)
    }

    /// The attempts made for a booking, oldest first.
    pub fn attempts_for(&self, profile: &str, supplier: Supplier, reference: &str) -> Result<Vec<Attempt>> {
        let attempts = {
            let db = self.db();
            let mut statement = db.prepare(&format!(
                "SELECT {ATTEMPT_COLUMNS} FROM attempts WHERE profile = ?1 AND supplier = ?2 AND booking_reference = ?3 ORDER BY id"
            ))?;
            statement
                .query_map(params![profile, supplier.as_str(), reference], attempt_row)?
                .collect::<rusqlite::Result<Vec<_>>>()?
        };
        self.with_events(attempts)
    }
}
