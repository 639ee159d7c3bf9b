//! The agent's settings.

use desk::{CommandError, ForAgent, Settings};
use tauri::{AppHandle, Runtime};

use crate::DeskExt;
use crate::settings_store;

/// The current settings (the core read the language from them when it opened).
#[tauri::command]
pub async fn get_settings<R: Runtime>(app: AppHandle<R>) -> Result<Settings, CommandError> {
    settings_store::load(&app)
}

/// Changes the app's language and keeps it for the next start. Takes the code as text so an
/// unknown value is refused with a validation error on the language field.
#[tauri::command]
pub async fn set_language<R: Runtime>(app: AppHandle<R>, language: String) -> Result<Settings, CommandError> {
    let language = desk::settings::language(&language).for_agent(app.desk().language())?;
    let settings = settings_store::set_language(&app, language)?;
    app.desk().core().set_language(settings.language);
    Ok(settings)
}

/// Changes the agency's home city (the place type-ahead lists places there first among equal
/// names) and keeps it.
#[tauri::command]
pub async fn set_home_city<R: Runtime>(app: AppHandle<R>, city: String) -> Result<Settings, CommandError> {
    let city = desk::settings::home_city(&city).for_agent(app.desk().language())?;
    settings_store::set_home_city(&app, city)
}

/// Changes the agency's lead times (checked: at most ten hours, airports by their codes) and
/// keeps them.
#[tauri::command]
pub async fn set_lead_times<R: Runtime>(
    app: AppHandle<R>,
    lead_times: desk::pnr::LeadTimes,
) -> Result<Settings, CommandError> {
    let lead_times = lead_times.checked().for_agent(app.desk().language())?;
    settings_store::set_lead_times(&app, lead_times)
}

/// Turns writing FTBook's rows back into the Amadeus PNR on or off, and keeps it.
#[tauri::command]
pub async fn set_amadeus_write_back<R: Runtime>(
    app: AppHandle<R>,
    on: bool,
) -> Result<Settings, CommandError> {
    settings_store::set_amadeus_write_back(&app, on)
}
