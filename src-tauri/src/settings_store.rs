//! Settings kept with `tauri-plugin-store` in `<data dir>/settings.json`.
//!
//! Read and written from Rust only: the web view has no store permission and goes through the
//! typed settings commands, so every value is validated by `desk` before it is kept.

use std::sync::Arc;

use desk::settings::{AMADEUS_WRITE_BACK_KEY, HOME_CITY_KEY, LANGUAGE_KEY};
use desk::{CommandError, Error, Language, Said, Settings};
use tauri::{AppHandle, Runtime};
use tauri_plugin_store::{Store, StoreExt};

use crate::DeskExt;

/// The settings store, loaded on first use. Saved explicitly after each change, never on a timer,
/// so a change the agent saw confirmed is on disk.
fn store<R: Runtime>(app: &AppHandle<R>) -> Result<Arc<Store<R>>, CommandError> {
    let path = app.desk().paths().settings_file();
    app.store_builder(&path).disable_auto_save().build().map_err(|error| {
        tracing::error!(%error, path = %path.display(), "settings store could not be opened");
        let said = Said::new("desk-settings-unopened").with("path", path.display()).with("detail", error);
        CommandError::new(Error::Invalid { said, field: None }, app.desk().language())
    })
}

/// The current settings; defaults for anything missing or unreadable.
pub fn load<R: Runtime>(app: &AppHandle<R>) -> Result<Settings, CommandError> {
    let store = store(app)?;
    Ok(Settings::from_entries(|key| store.get(key)))
}

/// Keeps a new language. On failure the previous value is put back, so the file and the app
/// never disagree.
pub fn set_language<R: Runtime>(app: &AppHandle<R>, language: Language) -> Result<Settings, CommandError> {
    let settings = keep(app, LANGUAGE_KEY, language.code().into(), "desk-language-unsaved", language)?;
    tracing::info!(language = language.code(), "language changed");
    Ok(settings)
}

/// Keeps a new home city (already read by `desk::settings::home_city`).
pub fn set_home_city<R: Runtime>(app: &AppHandle<R>, city: String) -> Result<Settings, CommandError> {
    let settings = keep(app, HOME_CITY_KEY, city.into(), "desk-home-city-unsaved", app.desk().language())?;
    tracing::info!(home_city = %settings.home_city, "home city changed");
    Ok(settings)
}

/// Keeps new lead times (already checked by `LeadTimes::checked`).
pub fn set_lead_times<R: Runtime>(
    app: &AppHandle<R>,
    lead: desk::pnr::LeadTimes,
) -> Result<Settings, CommandError> {
    let value = serde_json::to_value(&lead).unwrap_or_default();
    let settings =
        keep(app, desk::pnr::LEAD_TIMES_KEY, value, "desk-lead-times-unsaved", app.desk().language())?;
    tracing::info!(lead_times = ?settings.lead_times, "lead times changed");
    Ok(settings)
}

/// Keeps whether bookings write back into the Amadeus PNR.
pub fn set_amadeus_write_back<R: Runtime>(app: &AppHandle<R>, on: bool) -> Result<Settings, CommandError> {
    let settings =
        keep(app, AMADEUS_WRITE_BACK_KEY, on.into(), "desk-write-back-unsaved", app.desk().language())?;
    tracing::info!(on, "Amadeus write-back changed");
    Ok(settings)
}

/// Writes one setting and saves the file; on failure the previous value is put back and the
/// refusal, in `language`, names the setting's field.
fn keep<R: Runtime>(
    app: &AppHandle<R>,
    key: &str,
    value: serde_json::Value,
    unsaved: &'static str,
    language: Language,
) -> Result<Settings, CommandError> {
    let store = store(app)?;
    let previous = store.get(key);
    store.set(key, value);
    if let Err(error) = store.save() {
        match previous {
            Some(value) => store.set(key, value),
            None => {
                store.delete(key);
            }
        }
        tracing::error!(%error, key, "settings could not be saved");
        let said = Said::new(unsaved).with("detail", error);
        return Err(CommandError::new(
            Error::Invalid { said, field: Some(format!("settings.{key}")) },
            language,
        ));
    }
    Ok(Settings::from_entries(|key| store.get(key)))
}
