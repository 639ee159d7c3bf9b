//! One module per table, each with the functions that read and write it. Writes take a
//! [`Tx`](crate::Tx), so the desk can put several of them in one transaction
//! ([`History::with_tx`](crate::History::with_tx)); reads take the connection. Columns are read by
//! name.

pub mod attempt_events;
pub mod attempts;
pub mod bookings;
pub mod segments;
pub mod sync_log;

/// A stored text column that must parse: a value it does not know is a corrupt row, named.
pub(crate) fn parsed<T>(
    row: &rusqlite::Row<'_>,
    column: &str,
    parse: impl FnOnce(&str) -> Option<T>,
) -> rusqlite::Result<T> {
    let text: String = row.get(column)?;
    parse(&text).ok_or_else(|| {
        rusqlite::Error::FromSqlConversionFailure(
            0,
            rusqlite::types::Type::Text,
            format!("{column} = {text:?} is not known").into(),
        )
    })
}

/// A stored JSON column (`Null` when it does not parse: a reply is kept for people, not logic).
pub(crate) fn json(row: &rusqlite::Row<'_>, column: &str) -> rusqlite::Result<serde_json::Value> {
    let text: String = row.get(column)?;
    Ok(serde_json::from_str(&text).unwrap_or(serde_json::Value::Null))
}
