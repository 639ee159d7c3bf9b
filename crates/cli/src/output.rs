//! Printing: JSON with the suppliers' own field names (`--json`), or tables for people.

use chrono::DateTime;
use desk::Said;
use serde::Serialize;

use crate::words::{self, t};

/// Prints `value` as pretty JSON.
pub fn json<T: Serialize>(value: &T) {
    match serde_json::to_string_pretty(value) {
        Ok(text) => say!("{text}"),
        Err(error) => eprintln!("{}", words::line(&Said::new("cli-json-failed").with("detail", error))),
    }
}

/// Prints rows as a table with a header (message ids of `cli.ftl`), columns as wide as their
/// widest cell.
pub fn table(header: &[&'static str], rows: &[Vec<String>]) {
    let header: Vec<String> = header.iter().map(|id| t(id)).collect();
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
    line(header.iter().map(String::as_str).collect());
    for row in rows {
        line(row.iter().map(String::as_str).collect());
    }
    if rows.is_empty() {
        say!("{}", t("cli-none"));
    }
}

/// An optional value as a cell.
pub fn cell(value: Option<impl ToString>) -> String {
    value.map(|v| v.to_string()).unwrap_or_else(|| "–".into())
}

/// The columns of a list of segments.
pub const SEGMENT_HEADER: &[&str] = &[
    "cli-col-pickup",
    "cli-col-passenger",
    "cli-col-from",
    "cli-col-to",
    "cli-col-product",
    "cli-col-price",
    "cli-col-status",
    "cli-col-booking",
    "cli-col-segment",
];

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
    let said = Said::new("cli-booking-line")
        .with("supplier", format!("{:?}", view.supplier).to_lowercase())
        .with("reference", &view.reference)
        .with("status", &view.status);
    say!("{}", words::say(&said));
    if let Some(amadeus) = &view.amadeus {
        say!("Amadeus {amadeus}");
    }
    table(SEGMENT_HEADER, &view.segments.iter().map(history_row).collect::<Vec<_>>());
    for segment in &view.segments {
        if let Some(latest) = &segment.latest_cancel_time {
            let said =
                Said::new("cli-cancel-by").with("segment", &segment.segment_ref).with("latest", latest);
            say!("{}", words::say(&said));
        }
    }
    for attempt in &view.attempts {
        let events: Vec<&str> = attempt.events.iter().map(|e| e.event.as_str()).collect();
        let said = Said::new("cli-journal-line")
            .with("id", attempt.id)
            .with("kind", format!("{:?}", attempt.kind))
            .with("state", attempt.state.as_str())
            .with("events", events.join(" → "));
        say!("{}", words::say(&said));
    }
}
