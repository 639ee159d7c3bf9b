//! `sync_log`: every refresh from a supplier, and whether it reached it.

use rusqlite::{Connection, OptionalExtension, params};

use super::parsed;
use crate::{Result, Supplier, Tx, now};

/// How a refresh went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SyncOutcome {
    /// The supplier answered and the history holds what it said.
    Ok,
    /// The supplier could not be reached.
    Offline,
    /// The supplier answered with an error.
    Failed,
}

impl SyncOutcome {
    /// As stored.
    pub fn as_str(self) -> &'static str {
        match self {
            SyncOutcome::Ok => "ok",
            SyncOutcome::Offline => "offline",
            SyncOutcome::Failed => "failed",
        }
    }

    /// From what is stored.
    pub fn parse(text: &str) -> Option<SyncOutcome> {
        [SyncOutcome::Ok, SyncOutcome::Offline, SyncOutcome::Failed].into_iter().find(|o| o.as_str() == text)
    }
}

/// Notes a refresh of `scope` (a reference, or `all`).
pub fn insert(
    tx: &Tx<'_>,
    profile: &str,
    supplier: Supplier,
    scope: &str,
    outcome: SyncOutcome,
    detail: Option<&str>,
) -> Result<()> {
    tx.execute(
        "INSERT INTO sync_log (at, profile, supplier, scope, outcome, detail) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![now(), profile, supplier.as_str(), scope, outcome.as_str(), detail],
    )?;
    Ok(())
}

/// The last refresh's time and outcome for a profile, if any.
pub fn last(db: &Connection, profile: &str) -> Result<Option<(String, SyncOutcome)>> {
    Ok(db
        .query_row(
            "SELECT at, outcome FROM sync_log WHERE profile = ?1 ORDER BY id DESC LIMIT 1",
            [profile],
            |row| Ok((row.get("at")?, parsed(row, "outcome", SyncOutcome::parse)?)),
        )
        .optional()?)
}
