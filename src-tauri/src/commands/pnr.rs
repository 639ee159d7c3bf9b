//! From a pasted PNR to its transfers: the legs the flights need (with the lead times of the
//! agent's settings), and the addresses of the traveller's last trips.

use desk::places::PlaceHit;
use desk::pnr::Suggestion;
use desk::{CommandError, ForAgent};
use tauri::{AppHandle, Runtime};

use crate::DeskExt;

/// The transfers a pasted Amadeus PNR needs, with what was read and what was not.
#[tauri::command]
pub async fn suggest_transfers<R: Runtime>(
    app: AppHandle<R>,
    text: String,
) -> Result<Suggestion, CommandError> {
    let lead = crate::settings_store::load(&app)?.lead_times;
    let core = app.desk().core();
    core.suggest_transfers(&text, &lead).await.for_agent(core.language())
}

/// The addresses of a traveller's last trips at FTBook, newest first.
#[tauri::command]
pub async fn traveller_places<R: Runtime>(
    app: AppHandle<R>,
    unique_src: String,
    unique_id: String,
) -> Result<Vec<PlaceHit>, CommandError> {
    let core = app.desk().core();
    core.traveller_places(&unique_src, &unique_id).await.for_agent(core.language())
}
