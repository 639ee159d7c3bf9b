//! `desk voucher` and `desk export`: a booking's voucher as a PDF, and the history (what a search
//! finds) as CSV or an Excel workbook, written where the agent says. Both come from the local
//! history, so they work offline.

use std::path::Path;

use desk::documents::{ExportFormat, Saved, write_file};
use desk::lookup::HistoryQuery;
use desk::{Core, Language, Said};

use crate::input::{Failure, usage};
use crate::output::json;
use crate::words;

/// `desk voucher REF --out FILE.pdf [--language sv|en]`.
pub fn voucher(
    core: &Core,
    reference: &str,
    out: &Path,
    language: Option<&str>,
    as_json: bool,
) -> Result<(), Failure> {
    let language = match language {
        None => core.language(),
        Some(code) => Language::from_code(code).ok_or_else(|| usage(Said::new("cli-language-one-of")))?,
    };
    let voucher = core.voucher(reference, language)?;
    write_file(out, &voucher.pdf)?;
    report(&Saved { path: out.display().to_string(), rows: 1 }, "cli-voucher-written", as_json);
    Ok(())
}

/// `desk export --format csv|xlsx --out FILE [QUERY]`.
pub fn export(
    core: &Core,
    format: &str,
    out: &Path,
    query: HistoryQuery,
    as_json: bool,
) -> Result<(), Failure> {
    let format = match format {
        "csv" => ExportFormat::Csv,
        "xlsx" => ExportFormat::Xlsx,
        _ => return Err(usage(Said::new("cli-format-one-of"))),
    };
    let export = core.export_history(&query, format)?;
    write_file(out, &export.bytes)?;
    report(&Saved { path: out.display().to_string(), rows: export.rows }, "cli-export-written", as_json);
    Ok(())
}

fn report(saved: &Saved, id: &'static str, as_json: bool) {
    if as_json {
        json(saved);
    } else {
        println!("{}", words::say(&Said::new(id).with("path", &saved.path).with("count", saved.rows)));
    }
}
