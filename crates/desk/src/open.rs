//! One way for every front end — the app and `desk` — to open the desk core: the profile, the
//! agent's language as Settings keeps it (unless the front end is told otherwise), the secret
//! store the profile uses (none for the sandbox, whose credentials are public), and the sandbox
//! when the profile needs one. Each front end only says what differs: the CLI reads credentials
//! from `DESK_*` variables and may point at a sandbox running elsewhere; the app keeps its
//! sandbox alive across profile switches.

use std::sync::Arc;

use crate::secrets::{Memory, SecretStore};
use crate::{AppPaths, Core, Language, Options, Profile, Result, Sandbox, UrlOverrides, settings};

/// What a front end opens the desk with.
pub struct Opening {
    /// Where the data lives.
    pub paths: AppPaths,
    /// Which environment.
    pub profile: Profile,
    /// The language; `None` for the one the agent chose in Settings.
    pub language: Option<Language>,
    /// Addresses to use instead of the profile's.
    pub overrides: UrlOverrides,
    /// The test and production secret store, once usable; the sandbox profile never uses one.
    pub secrets: Option<Arc<dyn SecretStore>>,
    /// Read credentials from `DESK_*` environment variables before the store (the CLI).
    pub credentials_from_env: bool,
    /// The running sandbox, for the sandbox profile (see [`sandbox_for`]).
    pub sandbox: Option<Sandbox>,
}

/// The language to open with: `told` (a front end's `--lang`), else the one the agent chose in
/// Settings under `paths`, else Swedish.
pub fn language(told: Option<Language>, paths: Option<&AppPaths>) -> Language {
    told.or_else(|| paths.map(|paths| settings::stored(&paths.settings_file()).language)).unwrap_or_default()
}

/// Opens the core. `DESK_COMMIT_WINDOW_MS` (support and tests) sets how long a change not found
/// may still be committed late.
pub fn open(opening: Opening) -> Result<Core> {
    let Opening { paths, profile, language, overrides, secrets, credentials_from_env, sandbox } = opening;
    let language = self::language(language, Some(&paths));
    let secrets: Arc<dyn SecretStore> = match (profile, secrets) {
        (Profile::Sandbox, _) | (_, None) => Arc::new(Memory::default()),
        (_, Some(store)) => store,
    };
    let sandbox = if profile == Profile::Sandbox { sandbox } else { None };
    let core =
        Core::open(Options { paths, profile, language, overrides, secrets, credentials_from_env, sandbox })?;
    if let Some(ms) = std::env::var("DESK_COMMIT_WINDOW_MS").ok().and_then(|ms| ms.parse().ok()) {
        core.set_commit_window(std::time::Duration::from_millis(ms));
    }
    Ok(core)
}

/// The sandbox `profile` needs: started here for the sandbox profile, unless `overrides` point
/// at suppliers elsewhere (a `desk sandbox` running already).
pub async fn sandbox_for(
    profile: Profile,
    paths: &AppPaths,
    overrides: &UrlOverrides,
) -> Result<Option<Sandbox>> {
    let elsewhere = overrides.ftbook.is_some() || overrides.fasttrak.is_some() || overrides.tbo.is_some();
    if profile == Profile::Sandbox && !elsewhere { Ok(Some(Sandbox::start(paths).await?)) } else { Ok(None) }
}

/// `overrides` with every supplier not set yet at its place under a running sandbox's `root`
/// (`http://127.0.0.1:18080`).
pub fn under_sandbox(root: &str, mut overrides: UrlOverrides) -> UrlOverrides {
    let root = root.trim_end_matches('/');
    overrides.ftbook.get_or_insert(format!("{root}{}/", sandbox::ftbook::PREFIX));
    overrides.fasttrak.get_or_insert(format!("{root}{}/", sandbox::fasttrak::PREFIX));
    overrides.tbo.get_or_insert(format!("{root}{}/", sandbox::tbo::PREFIX));
    overrides
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_core_speaks_the_language_settings_keep_unless_told_otherwise() {
        let dir = tempfile::tempdir().unwrap();
        let paths = AppPaths::in_dir(dir.path());
        paths.create().unwrap();
        let opening = |language| Opening {
            paths: paths.clone(),
            profile: Profile::Sandbox,
            language,
            overrides: UrlOverrides::default(),
            secrets: None,
            credentials_from_env: false,
            sandbox: None,
        };
        assert_eq!(open(opening(None)).unwrap().language(), Language::Swedish, "a new install");
        std::fs::write(paths.settings_file(), r#"{"language":"en"}"#).unwrap();
        assert_eq!(open(opening(None)).unwrap().language(), Language::English, "as Settings keeps it");
        assert_eq!(open(opening(Some(Language::Swedish))).unwrap().language(), Language::Swedish, "told");
    }

    #[test]
    fn a_running_sandbox_gives_every_supplier_its_address_not_set_already() {
        let set = UrlOverrides { ftbook: Some("http://elsewhere/".into()), ..Default::default() };
        let under = under_sandbox("http://127.0.0.1:18080/", set);
        assert_eq!(under.ftbook.as_deref(), Some("http://elsewhere/"));
        assert_eq!(under.fasttrak.as_deref(), Some("http://127.0.0.1:18080/fasttrak/api/"));
        assert!(under.tbo.is_some_and(|tbo| tbo.starts_with("http://127.0.0.1:18080/")));
    }
}
