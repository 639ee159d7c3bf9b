//! What the desk hands to people as files: a booking's one-page voucher as a PDF ([`voucher`]),
//! and a table of bookings as CSV and as an Excel workbook ([`table`]). It knows no supplier and
//! no language: the desk gives it the words, already in the traveller's or the agent's language,
//! and the figures as they are (money as `Decimal`, times as Swedish local times).

pub mod table;
pub mod voucher;

/// A file that could not be made.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The PDF writer refused (a font it could not read, a page it could not write).
    #[error("pdf: {0}")]
    Pdf(String),
    /// The workbook writer refused.
    #[error("xlsx: {0}")]
    Xlsx(String),
    /// The CSV writer refused.
    #[error("csv: {0}")]
    Csv(String),
}

pub type Result<T> = std::result::Result<T, Error>;
