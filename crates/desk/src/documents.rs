//! The files the desk hands to people, made from the local history (offline): a booking's
//! voucher — a one-page PDF and the same words as an e-mail, in the language asked for (the
//! traveller's) — and the history's rows as CSV or as an Excel workbook. The layout and the
//! file formats are `crates/documents`; the words, the fields and the times are here.

mod export;
mod voucher;

use chrono::{DateTime, NaiveDateTime};
use serde::Serialize;
use ts_rs::TS;

pub use export::{Export, ExportFormat};
pub use voucher::{Email, VoucherFile};

/// A file saved for the agent: where, and how many trips it holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Saved {
    /// Where it was saved.
    pub path: String,
    /// The trips in it (one voucher: its booking's).
    pub rows: usize,
}

/// Writes a voucher or an export where the agent said (the app's save dialog, the CLI's `--out`).
pub fn write_file(path: &std::path::Path, bytes: &[u8]) -> crate::Result<()> {
    std::fs::write(path, bytes).map_err(|source| crate::Error::Io {
        action: "desk-io-write",
        path: path.to_owned(),
        source,
    })
}

/// A supplier's time (ISO 8601 with its offset) in Sweden, where every trip here is driven.
fn in_sweden(iso: &str) -> Option<NaiveDateTime> {
    let at = DateTime::parse_from_rfc3339(iso).ok()?;
    Some(at.with_timezone(&chrono_tz::Europe::Stockholm).naive_local())
}

/// `2026-12-12 03:45`: a time as every screen and file of the desk writes it, Swedish time.
fn swedish_time(iso: &str) -> String {
    in_sweden(iso).map_or_else(|| iso.to_owned(), |at| at.format("%Y-%m-%d %H:%M").to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_are_written_in_swedish_time_whatever_their_offset() {
        assert_eq!(swedish_time("2026-12-12T03:45:00+01:00"), "2026-12-12 03:45");
        assert_eq!(swedish_time("2026-12-12T08:40:00+00:00"), "2026-12-12 09:40");
        assert_eq!(swedish_time("2026-07-01T10:00:00+00:00"), "2026-07-01 12:00", "summer time");
        assert_eq!(swedish_time("soon"), "soon");
    }
}
