//! Transfer Desk's local booking history: what the agent booked, at which supplier, with the
//! supplier's whole replies, searchable while typing and readable offline.
//!
//! SQLite (bundled), embedded migrations at every start ([`schema`]), WAL with `synchronous=FULL`
//! so a committed booking survives a power cut. One module per table ([`table`]): bookings, their
//! segments, the attempt journal written before anything is sent (attempts and their events),
//! and a sync log. Several writes go in one transaction through [`History::with_tx`]. Search is
//! FTS5 over passenger, references, places, flights and phones ([`search`]). Card numbers are
//! masked before anything is stored ([`redact`]).
//!
//! The API is synchronous: every call is a few SQLite statements. Callers on an async runtime
//! keep it off their hot paths or use `spawn_blocking`.

pub mod redact;
pub mod schema;
pub mod search;
mod supplier;
pub mod table;

use std::path::Path;
use std::sync::{Mutex, MutexGuard};

use chrono::{DateTime, Utc};
use rusqlite::Connection;
use serde_json::Value;

pub use search::{Filter, state_statuses};
pub use supplier::Supplier;
pub use table::attempt_events::{Event, JournalEvent};
pub use table::attempts::{Attempt, AttemptKind, AttemptState, Step, Target};
pub use table::bookings::{BookingRecord, BookingView};
pub use table::segments::{SegmentRecord, SegmentRow, phone_variants};
pub use table::sync_log::SyncOutcome;
use table::{attempts, bookings, segments, sync_log};

/// Why the history could not do something.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// SQLite refused.
    #[error("the booking history: {0}")]
    Sqlite(#[from] rusqlite::Error),
    /// A migration failed.
    #[error("the booking history could not be updated to this version: {0}")]
    Migration(#[from] rusqlite_migration::Error),
    /// A stored value could not be read back.
    #[error("the booking history holds a value that cannot be read: {0}")]
    Corrupt(String),
    /// An attempt's journal state may only move forward; this change would move it back or
    /// change a final outcome (another process or look-up settled it first).
    #[error("attempt {attempt} is already {state}; it cannot become {wanted}")]
    Settled {
        /// The attempt.
        attempt: i64,
        /// Its state.
        state: &'static str,
        /// The state refused.
        wanted: &'static str,
    },
    /// The file's permissions could not be set.
    #[error("the booking history's file permissions could not be set: {0}")]
    Io(#[from] std::io::Error),
}

/// Result of a history call.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// The history database.
pub struct History {
    connection: Mutex<Connection>,
}

impl std::fmt::Debug for History {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("History").finish_non_exhaustive()
    }
}

impl History {
    /// Opens (creating when missing) the history in `file`, and brings its schema up to date.
    /// The file and its WAL are readable by this user alone (0600 on Unix): they hold names,
    /// phone numbers and the journal.
    pub fn open(file: &Path) -> Result<History> {
        let history = History::prepare(Connection::open(file)?)?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            for suffix in ["", "-wal", "-shm"] {
                let path = std::path::PathBuf::from(format!("{}{suffix}", file.display()));
                if path.exists() {
                    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600))?;
                }
            }
        }
        Ok(history)
    }

    /// A history in memory (tests, benchmarks).
    pub fn in_memory() -> Result<History> {
        History::prepare(Connection::open_in_memory()?)
    }

    fn prepare(mut connection: Connection) -> Result<History> {
        // WAL: readers do not wait for the writer. FULL: a commit is on disk when it returns.
        let _mode: String = connection.query_row("PRAGMA journal_mode = WAL", [], |row| row.get(0))?;
        connection.pragma_update(None, "synchronous", "FULL")?;
        connection.pragma_update(None, "foreign_keys", "ON")?;
        connection.busy_timeout(std::time::Duration::from_secs(5))?;
        schema::migrations().to_latest(&mut connection)?;
        Ok(History { connection: Mutex::new(connection) })
    }

    fn db(&self) -> MutexGuard<'_, Connection> {
        self.connection.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Runs `writes` in one transaction (taken at once, so two writers never interleave), and
    /// commits it when they all succeed; nothing of it is kept otherwise.
    pub fn with_tx<T>(&self, writes: impl FnOnce(&Tx<'_>) -> Result<T>) -> Result<T> {
        let mut db = self.db();
        let tx = Tx(db.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?);
        let done = writes(&tx)?;
        tx.0.commit()?;
        Ok(done)
    }

    /// Stores a booking and its segments in one transaction; FOIDs are masked first. Returns the
    /// booking's row id.
    pub fn save_booking(&self, booking: &BookingRecord, segments: &[SegmentRecord]) -> Result<i64> {
        self.with_tx(|tx| tx.save_booking(booking, segments))
    }

    /// Stores many bookings in one transaction (a sync of all recent bookings, an import).
    pub fn save_bookings(&self, bookings: &[(BookingRecord, Vec<SegmentRecord>)]) -> Result<()> {
        self.with_tx(|tx| bookings.iter().try_for_each(|(b, s)| tx.save_booking(b, s).map(|_| ())))
    }

    /// A booking by its reference, one of its segments' references, or a GDS locator, exactly,
    /// with its segments and the attempts made for it.
    pub fn booking(&self, profile: &str, reference: &str) -> Result<Option<BookingView>> {
        let db = self.db();
        let Some((id, mut view)) = bookings::find(&db, profile, reference)? else { return Ok(None) };
        view.segments = segments::of_booking(&db, id)?;
        view.attempts = attempts::for_booking(&db, profile, view.supplier, &view.reference)?;
        Ok(Some(view))
    }

    /// One segment by its reference.
    pub fn segment(&self, profile: &str, segment_ref: &str) -> Result<Option<SegmentRow>> {
        segments::by_reference(&self.db(), profile, segment_ref)
    }

    /// References of bookings with a pickup from `since` on (for "sync all recent").
    pub fn recent_references(&self, profile: &str, since: DateTime<Utc>) -> Result<Vec<(Supplier, String)>> {
        segments::recent_references(&self.db(), profile, since)
    }

    /// Notes a refresh from a supplier.
    pub fn log_sync(
        &self,
        profile: &str,
        supplier: Supplier,
        scope: &str,
        outcome: SyncOutcome,
        detail: Option<&str>,
    ) -> Result<()> {
        self.with_tx(|tx| sync_log::insert(tx, profile, supplier, scope, outcome, detail))
    }

    /// The last sync's time and outcome for a profile, if any.
    pub fn last_sync(&self, profile: &str) -> Result<Option<(String, SyncOutcome)>> {
        sync_log::last(&self.db(), profile)
    }

    /// Journals an attempt and commits it, before anything is sent. FOIDs in the draft are masked.
    pub fn begin_attempt(
        &self,
        profile: &str,
        supplier: Supplier,
        kind: AttemptKind,
        draft: &Value,
        target: Target<'_>,
    ) -> Result<i64> {
        self.with_tx(|tx| attempts::insert(tx, profile, supplier, kind, draft, target))
    }

    /// Records a step (a reference learnt on the way, a reply) and commits it.
    pub fn record_step(&self, id: i64, step: Step<'_>) -> Result<()> {
        self.with_tx(|tx| attempts::record(tx, id, step))
    }

    /// Moves an attempt to `state` (with the fault, for a rejection) and commits it; a move
    /// backwards is refused ([`AttemptState::may_become`]).
    pub fn settle(&self, id: i64, state: AttemptState, fault: Option<&str>) -> Result<()> {
        self.with_tx(|tx| attempts::settle(tx, id, state, fault))
    }

    /// Stores the booking the supplier confirmed and settles the attempt `confirmed`, in one
    /// transaction: history never shows a confirmed attempt without its booking, nor a stored
    /// booking whose attempt still looks open. Returns the booking's row id.
    pub fn confirm(&self, id: i64, booking: &BookingRecord, segments: &[SegmentRecord]) -> Result<i64> {
        self.with_tx(|tx| {
            let row = tx.save_booking(booking, segments)?;
            attempts::settle(tx, id, AttemptState::Confirmed, None)?;
            Ok(row)
        })
    }

    /// One attempt, with its events.
    pub fn attempt(&self, id: i64) -> Result<Option<Attempt>> {
        attempts::one(&self.db(), id)
    }

    /// Attempts still `pending` or `unknown`, oldest first: what start-up reconciles.
    pub fn open_attempts(&self, profile: &str) -> Result<Vec<Attempt>> {
        attempts::open(&self.db(), profile)
    }

    /// Every attempt of a profile, oldest first (audits and the soak's invariants).
    pub fn all_attempts(&self, profile: &str) -> Result<Vec<Attempt>> {
        attempts::all(&self.db(), profile)
    }

    /// The attempts made for a booking, oldest first.
    pub fn attempts_for(&self, profile: &str, supplier: Supplier, reference: &str) -> Result<Vec<Attempt>> {
        attempts::for_booking(&self.db(), profile, supplier, reference)
    }
}

/// A write transaction of the history ([`History::with_tx`]); the table modules' writes take it.
pub struct Tx<'c>(rusqlite::Transaction<'c>);

impl std::ops::Deref for Tx<'_> {
    type Target = Connection;

    fn deref(&self) -> &Connection {
        &self.0
    }
}

impl Tx<'_> {
    /// Stores a booking and its segments (FOIDs masked); returns the booking's row id.
    pub fn save_booking(&self, booking: &BookingRecord, segments: &[SegmentRecord]) -> Result<i64> {
        let id = bookings::upsert(self, booking)?;
        segments::upsert(self, id, booking, segments)?;
        Ok(id)
    }

    /// Settles an attempt (see [`History::settle`]).
    pub fn settle(&self, id: i64, state: AttemptState, fault: Option<&str>) -> Result<()> {
        attempts::settle(self, id, state, fault)
    }

    /// Records an attempt's step (see [`History::record_step`]).
    pub fn record_step(&self, id: i64, step: Step<'_>) -> Result<()> {
        attempts::record(self, id, step)
    }
}

/// Now, as stored: ISO 8601 in UTC.
pub(crate) fn now() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

#[cfg(all(test, unix))]
mod tests {
    use std::os::unix::fs::PermissionsExt;

    use super::*;

    #[test]
    fn the_history_and_its_wal_are_this_users_alone() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("history.sqlite");
        let _history = History::open(&file).unwrap();
        for suffix in ["", "-wal"] {
            let path = std::path::PathBuf::from(format!("{}{suffix}", file.display()));
            let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o600, "{} holds names and phones: mode {mode:o}", path.display());
        }
    }
}
