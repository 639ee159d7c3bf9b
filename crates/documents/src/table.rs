//! A table of bookings as the agent exports it: CSV for other programs, an Excel workbook for
//! people. Money stays a number with its currency (in the workbook, a number formatted with its
//! currency code, so it sums; in CSV, the supplier's exact amount), times are Swedish local
//! times (as the desk gives them), and text is text.

use chrono::NaiveDateTime;
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;
use rust_xlsxwriter::{Format, Workbook};

use crate::{Error, Result};

/// One cell.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Cell {
    Text(String),
    /// An amount and its currency (`679.00`, `SEK`).
    Money {
        amount: Decimal,
        currency: String,
    },
    /// A local time in Sweden.
    Time(NaiveDateTime),
    Empty,
}

/// Rows under their headers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    /// The workbook's sheet name (at most 31 characters; longer is cut).
    pub sheet: String,
    pub headers: Vec<String>,
    pub rows: Vec<Vec<Cell>>,
}

/// How a time is written: ISO order, to the minute, as every screen of the desk writes it.
const TIME: &str = "%Y-%m-%d %H:%M";

/// The table as CSV (UTF-8 with a byte-order mark, which Excel needs to read `Öberg`; commas;
/// amounts with a point, exactly as the supplier gave them).
pub fn csv(table: &Table) -> Result<Vec<u8>> {
    let mut writer = csv::Writer::from_writer(b"\xEF\xBB\xBF".to_vec());
    writer.write_record(&table.headers).map_err(|e| Error::Csv(e.to_string()))?;
    for row in &table.rows {
        let fields = row.iter().map(|cell| match cell {
            Cell::Text(text) => text.clone(),
            Cell::Money { amount, .. } => amount.to_string(),
            Cell::Time(time) => time.format(TIME).to_string(),
            Cell::Empty => String::new(),
        });
        writer.write_record(fields).map_err(|e| Error::Csv(e.to_string()))?;
    }
    writer.into_inner().map_err(|e| Error::Csv(e.to_string()))
}

/// The table as an Excel workbook: a bold header row that stays in view, money as numbers
/// formatted with their currency, times as Excel date-times, columns fitted to their text.
pub fn xlsx(table: &Table) -> Result<Vec<u8>> {
    let failed = |error: rust_xlsxwriter::XlsxError| Error::Xlsx(error.to_string());
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    let name: String = table.sheet.chars().filter(|c| !"[]:*?/\\".contains(*c)).take(31).collect();
    if !name.is_empty() {
        sheet.set_name(name).map_err(failed)?;
    }
    let bold = Format::new().set_bold();
    let time = Format::new().set_num_format("yyyy-mm-dd hh:mm");
    for (column, header) in (0u16..).zip(&table.headers) {
        sheet.write_string_with_format(0, column, header, &bold).map_err(failed)?;
    }
    for (row, cells) in (1u32..).zip(&table.rows) {
        for (column, cell) in (0u16..).zip(cells) {
            match cell {
                Cell::Text(text) => {
                    sheet.write_string(row, column, text).map_err(failed)?;
                }
                Cell::Money { amount, currency } => {
                    // A currency code is letters; anything else would break the number format.
                    let code: String = currency.chars().filter(char::is_ascii_alphabetic).collect();
                    let money = Format::new().set_num_format(format!("#,##0.00 \"{code}\""));
                    let value = amount.to_f64().unwrap_or_default();
                    sheet.write_number_with_format(row, column, value, &money).map_err(failed)?;
                }
                Cell::Time(at) => {
                    sheet.write_datetime_with_format(row, column, at, &time).map_err(failed)?;
                }
                Cell::Empty => {}
            }
        }
    }
    sheet.set_freeze_panes(1, 0).map_err(failed)?;
    sheet.autofit();
    workbook.save_to_buffer().map_err(failed)
}

#[cfg(test)]
mod tests {
    use calamine::{Data, Reader, Xlsx};
    use chrono::NaiveDate;

    use super::*;

    fn table() -> Table {
        let at = NaiveDate::from_ymd_opt(2026, 12, 12).and_then(|d| d.and_hms_opt(3, 55, 0)).expect("a time");
        Table {
            sheet: "Bokningar".into(),
            headers: vec!["Resenär".into(), "Hämtning".into(), "Pris".into(), "Valuta".into()],
            rows: vec![
                vec![
                    Cell::Text("Karin Öberg".into()),
                    Cell::Time(at),
                    Cell::Money { amount: Decimal::new(67900, 2), currency: "SEK".into() },
                    Cell::Text("SEK".into()),
                ],
                vec![Cell::Text("Anna, \"Nisse\" Berg".into()), Cell::Empty, Cell::Empty, Cell::Empty],
            ],
        }
    }

    #[test]
    fn csv_reads_back_with_the_exact_amount_and_the_local_time() {
        let bytes = csv(&table()).expect("a CSV");
        assert!(bytes.starts_with(b"\xEF\xBB\xBF"), "a byte-order mark for Excel");
        let mut reader = ::csv::Reader::from_reader(&bytes[..]);
        assert_eq!(reader.headers().expect("headers"), vec!["Resenär", "Hämtning", "Pris", "Valuta"]);
        let rows: Vec<Vec<String>> =
            reader.records().map(|r| r.expect("a row").iter().map(str::to_owned).collect()).collect();
        assert_eq!(rows[0], ["Karin Öberg", "2026-12-12 03:55", "679.00", "SEK"]);
        assert_eq!(rows[1], ["Anna, \"Nisse\" Berg", "", "", ""], "quotes and commas survive");
    }

    #[test]
    fn the_workbook_reads_back_with_numbers_and_times() {
        let bytes = xlsx(&table()).expect("a workbook");
        let mut book: Xlsx<_> = calamine::open_workbook_from_rs(std::io::Cursor::new(bytes)).expect("opened");
        assert_eq!(book.sheet_names(), ["Bokningar"]);
        let range = book.worksheet_range("Bokningar").expect("the sheet");
        assert_eq!(range.get((0, 0)), Some(&Data::String("Resenär".into())));
        assert_eq!(range.get((1, 0)), Some(&Data::String("Karin Öberg".into())));
        assert_eq!(range.get((1, 2)), Some(&Data::Float(679.0)), "money is a number");
        let Some(Data::DateTime(at)) = range.get((1, 1)) else {
            panic!("a date-time: {:?}", range.get((1, 1)))
        };
        assert_eq!(at.as_datetime().map(|t| t.format(TIME).to_string()).as_deref(), Some("2026-12-12 03:55"));
        assert_eq!(range.get((2, 2)), Some(&Data::Empty));
    }
}
