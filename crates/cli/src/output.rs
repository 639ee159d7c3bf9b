//! Printing: JSON with the suppliers' own field names (`--json`), or tables for people.

use chrono::DateTime;
use serde::Serialize;

/// Prints `value` as pretty JSON.
pub fn json<T: Serialize>(value: &T) {
    match serde_json::to_string_pretty(value) {
        Ok(text) => say!("{text}"),
        Err(error) => eprintln!("desk: could not write JSON: {error}"),
    }
}

/// Prints rows as a table with a header, columns as wide as their widest cell.
pub fn table(header: &[&str], rows: &[Vec<String>]) {
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for row in rows {
        for (i, cell) in row.iter().enumerate() {
            if let Some(width) = widths.get_mut(i) {
                *width = (*width).max(cell.chars().count());
            }
        }
    }
    let line = |cells: Vec<&str>| {
        let padded: Vec<String> =
            cells.iter().zip(&widths).map(|(cell, width)| format!("{cell:<width$}")).collect();
        say!("{}", padded.join("  ").trim_end());
    };
    line(header.to_vec());
    for row in rows {
        line(row.iter().map(String::as_str).collect());
    }
    if rows.is_empty() {
        say!("(none)");
    }
}

/// An optional value as a cell.
pub fn cell(value: Option<impl ToString>) -> String {
    value.map(|v| v.to_string()).unwrap_or_else(|| "–".into())
}

pub const SEGMENT_HEADER: &[&str] =
    &["pickup", "passenger", "from", "to", "product", "price", "status", "booking", "segment"];

pub fn history_row(s: &history::SegmentRow) -> Vec<String> {
    vec![
        cell(
            s.pickup_time
                .as_deref()
                .and_then(|t| DateTime::parse_from_rfc3339(t).ok())
                .map(|t| t.format("%Y-%m-%d %H:%M").to_string()),
        ),
        s.passenger.clone(),
        cell(s.pickup_place.as_ref()),
        cell(s.dropoff_place.as_ref()),
        s.product.clone(),
        cell(s.price.as_ref().map(|p| format!("{p} {}", s.currency.clone().unwrap_or_default()))),
        s.status.clone(),
        s.booking_reference.clone(),
        s.segment_ref.clone(),
    ]
}

pub fn print_booking(view: &history::BookingView) {
    say!(
        "{} booking {}  status {}",
        format!("{:?}", view.supplier).to_lowercase(),
        view.reference,
        view.status
    );
    if let Some(amadeus) = &view.amadeus {
        say!("Amadeus {amadeus}");
    }
    table(SEGMENT_HEADER, &view.segments.iter().map(history_row).collect::<Vec<_>>());
    for segment in &view.segments {
        if let Some(latest) = &segment.latest_cancel_time {
            say!("{}: cancel by {latest}", segment.segment_ref);
        }
    }
    for attempt in &view.attempts {
        let events: Vec<&str> = attempt.events.iter().map(|e| e.event.as_str()).collect();
        say!("journal #{} {:?} {}: {}", attempt.id, attempt.kind, attempt.state.as_str(), events.join(" → "));
    }
}
