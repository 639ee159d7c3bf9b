//! Transfer Desk's local booking history: what the agent booked, at which supplier, with the
//! supplier's whole replies, searchable while typing and readable offline.
//!
//! SQLite (bundled), embedded migrations at every start ([`schema`]), WAL with `synchronous=FULL`
//! so a committed booking survives a power cut. Three kinds of rows: bookings and their
//! segments ([`records`]), the attempt journal written before anything is sent ([`journal`]),
//! and a sync log. Search is FTS5 over passenger, references, places, flights and phones
//! ([`search`]). Card numbers are masked before anything is stored ([`redact`]).
//!
//! The API is synchronous: every call is a few SQLite statements. Callers on an async runtime
//! keep it off their hot paths or use `spawn_blocking`.

pub mod journal;
pub mod records;
pub mod redact;
pub mod schema;
pub mod search;

use std::path::Path;
use std::sync::{Mutex, MutexGuard};

use rusqlite::Connection;

pub use journal::{Attempt, AttemptKind, AttemptState, Event, Target};
pub use records::{BookingRecord, BookingView, SegmentRecord, SegmentRow, Supplier};
pub use search::Filter;

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
