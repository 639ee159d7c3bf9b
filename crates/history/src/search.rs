//! Search while typing: FTS5 over passenger, references, places, flights and phones, newest
//! first; and the same search as a `LIKE` scan, which the benchmark measures it against.

use chrono::{DateTime, Utc};
use rusqlite::params_from_iter;
use rusqlite::types::Value as Sql;

use crate::table::segments::{self, COLUMNS as SEGMENT_COLUMNS};
use crate::{History, Result};
use crate::{SegmentRow, Supplier};

/// What a search is narrowed to besides its words.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Filter {
    /// Pickup from (inclusive).
    pub from: Option<DateTime<Utc>>,
    /// Pickup until (exclusive).
    pub until: Option<DateTime<Utc>>,
    /// One supplier.
    pub supplier: Option<Supplier>,
    /// Any of these status words (`COMPLETE`, `Trip_Confirmed`: one state as two suppliers name
    /// it), compared without case; empty for any status.
    pub statuses: Vec<String>,
}

/// The status words of one state across the suppliers, for a filter: `confirmed` is FTBook's
/// `COMPLETE` and FASTTRAK's `Trip_Confirmed`, `booked` their `BOOKED` and `Booked`; any other
/// word is itself (`cancelled` matches both suppliers' spellings, compared without case).
pub fn state_statuses(state: &str) -> Vec<String> {
    match state.trim().to_ascii_lowercase().as_str() {
        "" => vec![],
        "confirmed" => vec!["COMPLETE".into(), "Trip_Confirmed".into()],
        "booked" => vec!["BOOKED".into()],
        _ => vec![state.trim().to_owned()],
    }
}

/// The FTS5 query for what the agent typed: every word of 2 characters or more as a prefix, all
/// of them required. `None` when no word is long enough (the newest rows are shown instead).
pub fn fts_query(text: &str) -> Option<String> {
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| word.chars().count() >= 2)
        .map(|word| format!("\"{word}\"*"))
        .collect();
    (!words.is_empty()).then(|| words.join(" "))
}

impl Filter {
    /// The filter's SQL conditions and their values, after `first` placeholders.
    fn conditions(&self, values: &mut Vec<Sql>) -> String {
        let mut sql = String::new();
        if let Some(from) = self.from {
            values.push(Sql::Text(from.to_rfc3339()));
            sql += &format!(" AND s.pickup_utc >= ?{}", values.len());
        }
        if let Some(until) = self.until {
            values.push(Sql::Text(until.to_rfc3339()));
            sql += &format!(" AND s.pickup_utc < ?{}", values.len());
        }
        if let Some(supplier) = self.supplier {
            values.push(Sql::Text(supplier.as_str().into()));
            sql += &format!(" AND b.supplier = ?{}", values.len());
        }
        if !self.statuses.is_empty() {
            let mut any = Vec::new();
            for status in &self.statuses {
                values.push(Sql::Text(status.clone()));
                any.push(format!("s.status = ?{} COLLATE NOCASE", values.len()));
            }
            sql += &format!(" AND ({})", any.join(" OR "));
        }
        sql
    }
}

impl History {
    /// Segments matching `text` (see [`fts_query`]) and `filter`, newest first, at most `limit`.
    pub fn search(
        &self,
        profile: &str,
        text: &str,
        filter: &Filter,
        limit: usize,
    ) -> Result<Vec<SegmentRow>> {
        let mut values = vec![Sql::Text(profile.into())];
        let sql = match fts_query(text) {
            Some(query) => {
                values.push(Sql::Text(query));
                let conditions = filter.conditions(&mut values);
                values.push(Sql::Integer(limit as i64));
                format!(
                    "SELECT {SEGMENT_COLUMNS} FROM segments_fts f
                     JOIN segments s ON s.id = f.rowid JOIN bookings b ON b.id = s.booking_id
                     WHERE b.profile = ?1 AND segments_fts MATCH ?2 {conditions}
                     ORDER BY f.rowid DESC LIMIT ?{}",
                    values.len()
                )
            }
            None => {
                let conditions = filter.conditions(&mut values);
                values.push(Sql::Integer(limit as i64));
                format!(
                    "SELECT {SEGMENT_COLUMNS} FROM segments s JOIN bookings b ON b.id = s.booking_id
                     WHERE b.profile = ?1 {conditions} ORDER BY s.id DESC LIMIT ?{}",
                    values.len()
                )
            }
        };
        let db = self.db();
        let mut statement = db.prepare_cached(&sql)?;
        let rows = statement.query_map(params_from_iter(values), segments::row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The same search as a `LIKE` scan of every row (each word anywhere, no diacritic folding):
    /// the baseline the benchmark compares with.
    pub fn search_like(&self, profile: &str, text: &str, limit: usize) -> Result<Vec<SegmentRow>> {
        let words: Vec<&str> = text.split_whitespace().collect();
        let mut values = vec![Sql::Text(profile.into())];
        let mut conditions = String::new();
        for word in words {
            values.push(Sql::Text(format!("%{word}%")));
            conditions += &format!(
                " AND (s.passenger || ' ' || s.refs || ' ' || IFNULL(s.pickup_place, '') || ' ' ||
                   IFNULL(s.dropoff_place, '') || ' ' || IFNULL(s.flight, '') || ' ' || s.phones) LIKE ?{}",
                values.len()
            );
        }
        values.push(Sql::Integer(limit as i64));
        let sql = format!(
            "SELECT {SEGMENT_COLUMNS} FROM segments s JOIN bookings b ON b.id = s.booking_id
             WHERE b.profile = ?1 {conditions} ORDER BY s.id DESC LIMIT ?{}",
            values.len()
        );
        let db = self.db();
        let mut statement = db.prepare_cached(&sql)?;
        let rows = statement.query_map(params_from_iter(values), segments::row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_text_becomes_prefix_words_all_required() {
        assert_eq!(fts_query("öb").as_deref(), Some("\"öb\"*"));
        assert_eq!(fts_query("Anna Öberg").as_deref(), Some("\"Anna\"* \"Öberg\"*"));
        assert_eq!(fts_query("SK1415").as_deref(), Some("\"SK1415\"*"));
        assert_eq!(fts_query("a"), None, "one letter is not searched");
        assert_eq!(fts_query("\"drop table"), Some("\"drop\"* \"table\"*".into()), "quotes cannot escape");
        assert_eq!(fts_query("  "), None);
    }
}
