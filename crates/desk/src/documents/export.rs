//! The history as the agent's search shows it, exported: one row per trip, money as a number
//! with its currency, times in Swedish time, the words of the headers in the agent's language.

use documents::table::{Cell, Table};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::in_sweden;
use crate::lookup::HistoryQuery;
use crate::{Core, Error, Language, Result};
use history::{SegmentRow, Supplier};

/// What the history is exported as.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum ExportFormat {
    /// Comma-separated, for other programs.
    Csv,
    /// An Excel workbook, for people.
    Xlsx,
}

impl ExportFormat {
    /// The file name's extension.
    pub fn extension(self) -> &'static str {
        match self {
            ExportFormat::Csv => "csv",
            ExportFormat::Xlsx => "xlsx",
        }
    }
}

/// An exported file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Export {
    /// The name to offer when saving it (`bokningar.xlsx`).
    pub file_name: String,
    pub bytes: Vec<u8>,
    /// How many trips it holds.
    pub rows: usize,
}

/// The columns, by message id, in order.
const HEADERS: [&str; 17] = [
    "export-pickup",
    "export-passenger",
    "export-phone",
    "export-email",
    "export-from",
    "export-to",
    "export-flight",
    "export-product",
    "export-supplier",
    "export-price",
    "export-currency",
    "export-status",
    "export-cancelBy",
    "export-reference",
    "export-segment",
    "export-amadeus",
    "export-sabre",
];

impl Core {
    /// The trips `query` finds in the history (as History shows them, newest first), as a file.
    pub fn export_history(&self, query: &HistoryQuery, format: ExportFormat) -> Result<Export> {
        let rows = self.search_history(query)?;
        let language = self.language();
        let table = table(&rows, language);
        let made = match format {
            ExportFormat::Csv => documents::table::csv(&table),
            ExportFormat::Xlsx => documents::table::xlsx(&table),
        };
        let bytes =
            made.map_err(|error| Error::Document { action: "export-not-made", detail: error.to_string() })?;
        let file_name = i18n::text(language, "export-file", &[("extension", format.extension().into())]);
        Ok(Export { file_name, bytes, rows: rows.len() })
    }
}

fn table(rows: &[SegmentRow], language: Language) -> Table {
    let said = |id: &str| i18n::text(language, id, &[]);
    let text =
        |value: &Option<String>| value.clone().filter(|v| !v.is_empty()).map_or(Cell::Empty, Cell::Text);
    let time = |value: &Option<String>| value.as_deref().and_then(in_sweden).map_or(Cell::Empty, Cell::Time);
    let rows = rows
        .iter()
        .map(|row| {
            let currency = row.currency.clone().unwrap_or_default();
            let price = row
                .price
                .as_deref()
                .and_then(|p| p.parse::<Decimal>().ok())
                .map_or(Cell::Empty, |amount| Cell::Money { amount, currency: currency.clone() });
            let supplier = said(match row.supplier {
                Supplier::Ftbook => "supplier-ftbook",
                Supplier::Fasttrak => "supplier-fasttrak",
            });
            let status = if row.cancelled { said("export-cancelled") } else { row.status.clone() };
            vec![
                time(&row.pickup_time),
                Cell::Text(row.passenger.clone()),
                text(&row.phone),
                text(&row.email),
                text(&row.pickup_place),
                text(&row.dropoff_place),
                text(&row.flight),
                Cell::Text(row.product.clone()),
                Cell::Text(supplier),
                price,
                text(&row.currency),
                Cell::Text(status),
                time(&row.latest_cancel_time),
                Cell::Text(row.booking_reference.clone()),
                Cell::Text(row.segment_ref.clone()),
                text(&row.amadeus),
                text(&row.sabre),
            ]
        })
        .collect();
    Table { sheet: said("export-sheet"), headers: HEADERS.iter().map(|id| said(id)).collect(), rows }
}
