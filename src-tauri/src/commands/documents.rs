//! A booking's voucher saved where the agent chooses or opened as an e-mail in the mail program,
//! and the history exported: the save dialog is asked from here, never from the web view, and
//! the mail program is opened only for a `mailto:` address (the web view reaches no opener).

use std::path::PathBuf;

use desk::documents::{ExportFormat, Saved, write_file};
use desk::lookup::HistoryQuery;
use desk::{CommandError, ForAgent, Language};
use tauri::{AppHandle, Runtime};
use tauri_plugin_dialog::DialogExt;

use crate::DeskExt;

/// Saves a booking's voucher (a PDF in `language`) where the agent chooses; where it was saved,
/// or nothing when the agent closed the dialog.
#[tauri::command]
pub async fn save_voucher<R: Runtime>(
    app: AppHandle<R>,
    reference: String,
    language: Language,
) -> Result<Option<Saved>, CommandError> {
    let core = app.desk().core();
    let voucher = core.voucher(&reference, language).for_agent(core.language())?;
    let Some(path) = ask_where(&app, voucher.file_name, "PDF", "pdf").await else { return Ok(None) };
    write_file(&path, &voucher.pdf).for_agent(core.language())?;
    Ok(Some(Saved { path: path.display().to_string(), rows: 1 }))
}

/// Opens the voucher's words (in `language`) as an e-mail to the traveller in the agent's mail
/// program.
#[tauri::command]
pub async fn email_voucher<R: Runtime>(
    app: AppHandle<R>,
    reference: String,
    language: Language,
) -> Result<(), CommandError> {
    let core = app.desk().core();
    let voucher = core.voucher(&reference, language).for_agent(core.language())?;
    open_mail(&voucher.email.mailto()).for_agent(core.language())
}

/// Exports what the history's search finds as CSV or Excel, saved where the agent chooses; where
/// and how many trips, or nothing when the agent closed the dialog.
#[tauri::command]
pub async fn export_history<R: Runtime>(
    app: AppHandle<R>,
    query: HistoryQuery,
    format: ExportFormat,
) -> Result<Option<Saved>, CommandError> {
    let core = app.desk().core();
    let language = core.language();
    let made = {
        let core = core.clone();
        tauri::async_runtime::spawn_blocking(move || core.export_history(&query, format)).await
    };
    let export = crate::joined(made).for_agent(language)?;
    let kind = match format {
        ExportFormat::Csv => "CSV",
        ExportFormat::Xlsx => "Excel",
    };
    let Some(path) = ask_where(&app, export.file_name, kind, format.extension()).await else {
        return Ok(None);
    };
    write_file(&path, &export.bytes).for_agent(language)?;
    Ok(Some(Saved { path: path.display().to_string(), rows: export.rows }))
}

/// The system's save dialog, with a file name offered; off the async workers while it is open.
async fn ask_where<R: Runtime>(
    app: &AppHandle<R>,
    file_name: String,
    kind: &str,
    extension: &str,
) -> Option<PathBuf> {
    let dialog = app.dialog().file().set_file_name(file_name).add_filter(kind, &[extension]);
    let chosen = tauri::async_runtime::spawn_blocking(move || dialog.blocking_save_file()).await.ok()??;
    chosen.into_path().ok()
}

/// Opens `url` in the mail program, if it is a `mailto:` address (nothing else is opened).
fn open_mail(url: &str) -> desk::Result<()> {
    if !is_mailto(url) {
        return Err(desk::Error::Invalid { said: desk::Said::new("desk-not-mailto"), field: None });
    }
    tauri_plugin_opener::open_url(url, None::<&str>).map_err(|error| desk::Error::Invalid {
        said: desk::Said::new("desk-mail-failed").with("detail", error),
        field: None,
    })
}

fn is_mailto(url: &str) -> bool {
    url.get(..7).is_some_and(|scheme| scheme.eq_ignore_ascii_case("mailto:"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_mailto_address_is_opened() {
        assert!(is_mailto("mailto:karin@example.se?subject=x"));
        assert!(is_mailto("MAILTO:?subject=x"));
        for url in ["https://example.se", "file:///etc/passwd", "javascript:alert(1)", "mailto", ""] {
            assert!(!is_mailto(url), "{url}");
            assert!(open_mail(url).is_err(), "{url}");
        }
    }
}
