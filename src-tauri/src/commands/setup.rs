//! Settings: profiles, each supplier's settings and write-only credentials, the secret store,
//! and testing a supplier's connection. Secrets go in; nothing about them but "stored or not"
//! comes out.

use desk::profile::{Profile, ProfileSettings};
use desk::setup::DeskSettings;
use desk::{CommandError, Error, ForAgent, Said};
use secrecy::SecretString;
use tauri::{AppHandle, Runtime};

use crate::DeskExt;

/// Profiles, their settings, which credentials are stored, and the secret store in use.
#[tauri::command]
pub async fn get_desk_settings<R: Runtime>(app: AppHandle<R>) -> Result<DeskSettings, CommandError> {
    let desk = app.desk();
    desk.settings().for_agent(desk.language())
}

/// Keeps a test or production profile's settings; the active one is opened again with them.
#[tauri::command]
pub async fn save_profile_settings<R: Runtime>(
    app: AppHandle<R>,
    profile: Profile,
    settings: ProfileSettings,
) -> Result<DeskSettings, CommandError> {
    let desk = app.desk();
    let language = desk.language();
    desk::setup::save_profile(&desk.paths().data_dir, profile, settings).for_agent(language)?;
    desk.reopen().for_agent(language)?;
    desk.settings().for_agent(language)
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
    let language = desk.language();
    let store = desk.secret_store().ok_or_else(|| {
        CommandError::new(
            Error::Invalid {
                said: Said::new("desk-secrets-locked"),
                field: Some("secrets.passphrase".into()),
            },
            language,
        )
    })?;
    desk::setup::set_secret(store.as_ref(), profile, &name, SecretString::from(value)).for_agent(language)?;
    desk.reopen().for_agent(language)?;
    desk.settings().for_agent(language)
}

/// Unlocks (or creates) the encrypted secrets file, where no keychain works.
#[tauri::command]
pub async fn unlock_secrets<R: Runtime>(
    app: AppHandle<R>,
    passphrase: String,
) -> Result<DeskSettings, CommandError> {
    let desk = app.desk();
    let language = desk.language();
    desk.unlock(SecretString::from(passphrase)).for_agent(language)?;
    desk.reopen().for_agent(language)?;
    desk.settings().for_agent(language)
}

/// Switches the app to another profile and remembers it.
#[tauri::command]
pub async fn switch_profile<R: Runtime>(
    app: AppHandle<R>,
    profile: Profile,
) -> Result<DeskSettings, CommandError> {
    let desk = app.desk();
    let language = desk.language();
    desk.switch(profile).await.for_agent(language)?;
    desk.settings().for_agent(language)
}

/// Tries a supplier's credentials on the active profile: FTBook account authenticate, FASTTRAK
/// login, TBO authenticate. A sentence saying who answered.
#[tauri::command]
pub async fn test_connection<R: Runtime>(
    app: AppHandle<R>,
    supplier: String,
) -> Result<String, CommandError> {
    let core = app.desk().core();
    core.test_connection(&supplier).await.for_agent(core.language())
}
