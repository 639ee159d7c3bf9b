//! Settings: profiles, each supplier's settings and write-only credentials, the secret store,
//! and testing a supplier's connection. Secrets go in; nothing about them but "stored or not"
//! comes out.

use desk::profile::{Profile, ProfileSettings};
use desk::setup::DeskSettings;
use desk::{CommandError, Error};
use secrecy::SecretString;
use tauri::{AppHandle, Runtime};

use crate::DeskExt;

/// Profiles, their settings, which credentials are stored, and the secret store in use.
#[tauri::command]
pub async fn get_desk_settings<R: Runtime>(app: AppHandle<R>) -> Result<DeskSettings, CommandError> {
    app.desk().settings().map_err(CommandError::from)
}

/// Keeps a test or production profile's settings; the active one is opened again with them.
#[tauri::command]
pub async fn save_profile_settings<R: Runtime>(
    app: AppHandle<R>,
    profile: Profile,
    settings: ProfileSettings,
) -> Result<DeskSettings, CommandError> {
    let desk = app.desk();
    desk::setup::save_profile(&desk.paths().data_dir, profile, settings).map_err(CommandError::from)?;
    desk.reopen().map_err(CommandError::from)?;
    desk.settings().map_err(CommandError::from)
}

/// Stores (or, empty, forgets) one credential of a test or production profile. Write-only.
#[tauri::command]
pub async fn set_secret<R: Runtime>(
    app: AppHandle<R>,
    profile: Profile,
    name: String,
    value: String,
) -> Result<DeskSettings, CommandError> {
    let desk = app.desk();
    let store = desk.secret_store().ok_or_else(|| {
        CommandError::from(Error::Validation {
            message: "Unlock the secrets file with its passphrase first.".into(),
            field: Some("secrets.passphrase".into()),
        })
    })?;
    desk::setup::set_secret(store.as_ref(), profile, &name, SecretString::from(value))
        .map_err(CommandError::from)?;
    desk.reopen().map_err(CommandError::from)?;
    desk.settings().map_err(CommandError::from)
}

/// Unlocks (or creates) the encrypted secrets file, where no keychain works.
#[tauri::command]
pub async fn unlock_secrets<R: Runtime>(
    app: AppHandle<R>,
    passphrase: String,
) -> Result<DeskSettings, CommandError> {
    let desk = app.desk();
    desk.unlock(SecretString::from(passphrase)).map_err(|error| match error {
        Error::Secret(desk::secrets::SecretError::WrongPassphrase) => CommandError::from(Error::Validation {
            message: "The passphrase does not open the secrets file.".into(),
            field: Some("secrets.passphrase".into()),
        }),
        other => CommandError::from(other),
    })?;
    desk.reopen().map_err(CommandError::from)?;
    desk.settings().map_err(CommandError::from)
}

/// Switches the app to another profile and remembers it.
#[tauri::command]
pub async fn switch_profile<R: Runtime>(
    app: AppHandle<R>,
    profile: Profile,
) -> Result<DeskSettings, CommandError> {
    let desk = app.desk();
    desk.switch(profile).await.map_err(CommandError::from)?;
    desk.settings().map_err(CommandError::from)
}

/// Tries a supplier's credentials on the active profile: FTBook account authenticate, FASTTRAK
/// login, TBO authenticate. A sentence saying who answered.
#[tauri::command]
pub async fn test_connection<R: Runtime>(
    app: AppHandle<R>,
    supplier: String,
) -> Result<String, CommandError> {
    let core = app.desk().core();
    core.test_connection(&supplier).await.map_err(CommandError::from)
}
