//! The desk itself: one profile's supplier clients, the history and the secret store, as the
//! app and the `desk` command line both use them.

use std::sync::Arc;

use history::History;
use secrecy::SecretString;

use crate::error::Said;
use crate::profile::{Profile, ProfileSettings, SANDBOX_SECRETS, StoredProfiles, sandbox_settings};
use crate::secrets::{self, SecretStore};
use crate::suppliers::{FASTTRAK, FTBOOK, TBO};
use crate::tbo_cache::SecretTokenCache;
use crate::{AppPaths, Error, Language, Result, Sandbox};

/// The history database's file name in the data directory.
pub const HISTORY_FILE: &str = "history.sqlite3";

/// Base URLs to use instead of the profile's (tests, support staff).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct UrlOverrides {
    /// FTBook's API root.
    pub ftbook: Option<String>,
    /// FASTTRAK's API root.
    pub fasttrak: Option<String>,
    /// TBO's REST root.
    pub tbo: Option<String>,
}

/// How to open the desk.
pub struct Options {
    /// Where the data lives.
    pub paths: AppPaths,
    /// Which environment.
    pub profile: Profile,
    /// The agent's language, for every sentence.
    pub language: Language,
    /// URLs to use instead of the profile's.
    pub overrides: UrlOverrides,
    /// Where the secrets are.
    pub secrets: Arc<dyn SecretStore>,
    /// Read credentials from `DESK_*` environment variables before the secret store.
    pub credentials_from_env: bool,
    /// The running sandbox, for the sandbox profile (kept alive as long as the desk).
    pub sandbox: Option<Sandbox>,
}

/// A supplier's client with the settings it was made from.
pub(crate) struct Ftbook {
    pub client: ftbook::Client,
    pub settings: crate::profile::FtbookSettings,
}

pub(crate) struct Fasttrak {
    pub client: fasttrak::Client,
    pub settings: crate::profile::FasttrakSettings,
    /// The operator's time zone, from `settings.time_zone`.
    pub zone: chrono_tz::Tz,
}

/// The desk: clients, history, secrets.
pub struct Core {
    pub(crate) profile: Profile,
    language: std::sync::RwLock<Language>,
    pub(crate) history: Arc<History>,
    pub(crate) ftbook: std::result::Result<Ftbook, Said>,
    pub(crate) fasttrak: std::result::Result<Fasttrak, Said>,
    pub(crate) tbo: std::result::Result<tbo::Client, Said>,
    secrets: Arc<dyn SecretStore>,
    sandbox: Option<Sandbox>,
    commit_window: std::sync::RwLock<std::time::Duration>,
    /// The offers shown, by their ids (see [`crate::quotes::shelf`]).
    pub(crate) offers: std::sync::Mutex<crate::quotes::shelf::Shelf>,
}

/// How long after a change was sent a supplier may still commit it (a slow back end, a commit
/// after the client's timeout). A change not found sooner stays unknown; only a look-up after
/// this is allowed to settle it as not made.
pub const COMMIT_WINDOW: std::time::Duration = std::time::Duration::from_secs(3 * 60);

impl std::fmt::Debug for Core {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Core").field("profile", &self.profile).finish_non_exhaustive()
    }
}

/// A secret from the environment (when allowed) or the store.
fn secret(options: &Options, env: &str, name: &str) -> std::result::Result<Option<SecretString>, Said> {
    if options.credentials_from_env
        && let Ok(value) = std::env::var(env)
        && !value.is_empty()
    {
        return Ok(Some(SecretString::from(value)));
    }
    options.secrets.get(&secrets::key(options.profile.name(), name)).map_err(|e| e.said())
}

fn env_or(options: &Options, env: &str, value: &str) -> String {
    if options.credentials_from_env
        && let Ok(from_env) = std::env::var(env)
        && !from_env.is_empty()
    {
        return from_env;
    }
    value.to_owned()
}

/// Why `supplier` cannot be used: message `id` (`desk-not-set-up-password` ...) names what is missing.
fn missing(supplier: &'static str, id: &'static str) -> Said {
    Said::new(id).with("supplier", supplier)
}

impl Core {
    /// Opens the desk for `options.profile`: the history (migrated), and a client for each
    /// supplier the profile configures and has credentials for. A supplier that cannot be set up
    /// is remembered with the reason, and reported where it is needed.
    pub fn open(options: Options) -> Result<Core> {
        let history = Arc::new(History::open(&options.paths.data_dir.join(HISTORY_FILE))?);
        let mut settings = match options.profile {
            Profile::Sandbox => {
                for (name, value) in SANDBOX_SECRETS {
                    let key = secrets::key(Profile::Sandbox.name(), name);
                    if options.secrets.get(&key)?.is_none() {
                        options.secrets.set(&key, &SecretString::from(value.to_owned()))?;
                    }
                }
                match &options.sandbox {
                    Some(sandbox) => {
                        sandbox_settings(&sandbox.ftbook_url(), &sandbox.fasttrak_url(), &sandbox.tbo_url())
                    }
                    // A sandbox running elsewhere (`desk sandbox`): its addresses come as overrides.
                    None => sandbox_settings("", "", ""),
                }
            }
            profile => {
                StoredProfiles::load(&options.paths.data_dir)?.get(profile).cloned().unwrap_or_default()
            }
        };
        apply_overrides(&mut settings, &options.overrides);
        let language = options.language;
        let ftbook = build_ftbook(&options, settings.ftbook.clone());
        let fasttrak = build_fasttrak(&options, settings.fasttrak.clone());
        let tbo = build_tbo(&options, settings.tbo.clone());
        Ok(Core {
            profile: options.profile,
            language: std::sync::RwLock::new(language),
            history,
            ftbook,
            fasttrak,
            tbo,
            secrets: options.secrets,
            sandbox: options.sandbox,
            commit_window: std::sync::RwLock::new(COMMIT_WINDOW),
            offers: std::sync::Mutex::default(),
        })
    }

    /// The commit window in use ([`COMMIT_WINDOW`] unless set).
    pub fn commit_window(&self) -> std::time::Duration {
        *self.commit_window.read().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Sets the commit window (tests and the soak use short ones).
    pub fn set_commit_window(&self, window: std::time::Duration) {
        *self.commit_window.write().unwrap_or_else(|poisoned| poisoned.into_inner()) = window;
    }

    /// The profile.
    pub fn profile(&self) -> Profile {
        self.profile
    }

    /// The language sentences are written in.
    pub fn language(&self) -> Language {
        *self.language.read().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Changes the language of sentences from now on (the agent switched it in Settings).
    pub fn set_language(&self, language: Language) {
        *self.language.write().unwrap_or_else(|poisoned| poisoned.into_inner()) = language;
    }

    /// Runs history work so that it never holds up the async runtime's other tasks: on a
    /// multi-threaded runtime (the app's) the worker hands its other tasks to another thread
    /// while SQLite works and syncs (`block_in_place`); on a single-threaded one (the CLI, tests)
    /// there is nothing else to hold up, and it simply runs.
    pub(crate) fn db<T>(&self, work: impl FnOnce(&History) -> T) -> T {
        match tokio::runtime::Handle::try_current().map(|handle| handle.runtime_flavor()) {
            Ok(tokio::runtime::RuntimeFlavor::MultiThread) => {
                tokio::task::block_in_place(|| work(&self.history))
            }
            _ => work(&self.history),
        }
    }

    /// The local history (reads for front ends and tests; the core's own work goes through
    /// [`Core::db`]).
    pub fn history(&self) -> &History {
        &self.history
    }

    /// The sandbox's counters, when the desk runs on its own sandbox.
    pub fn sandbox_stats_url(&self) -> Option<String> {
        self.sandbox.as_ref().map(Sandbox::stats_url)
    }

    /// The sandbox's FTBook address, when the desk runs on its own sandbox.
    pub fn sandbox(&self) -> Option<&Sandbox> {
        self.sandbox.as_ref()
    }

    /// The secret store in use.
    pub fn secrets(&self) -> &dyn SecretStore {
        self.secrets.as_ref()
    }

    pub(crate) fn ftbook(&self) -> Result<&Ftbook> {
        self.ftbook.as_ref().map_err(|said| Error::NotConfigured { supplier: FTBOOK, said: said.clone() })
    }

    pub(crate) fn fasttrak(&self) -> Result<&Fasttrak> {
        self.fasttrak.as_ref().map_err(|said| Error::NotConfigured { supplier: FASTTRAK, said: said.clone() })
    }

    /// The FTBook client, its absence as FTBook's own error (for [`crate::change::Change`]).
    pub(crate) fn ftbook_calls(&self) -> Result<&ftbook::Client, ftbook::Error> {
        self.ftbook().map(|f| &f.client).map_err(|e| ftbook::Error::Config(e.message(self.language())))
    }

    /// The FASTTRAK client, its absence as FASTTRAK's own error.
    pub(crate) fn fasttrak_calls(&self) -> Result<&fasttrak::Client, fasttrak::Error> {
        self.fasttrak().map(|f| &f.client).map_err(|e| fasttrak::Error::Config(e.message(self.language())))
    }

    pub(crate) fn tbo(&self) -> Result<&tbo::Client> {
        self.tbo.as_ref().map_err(|said| Error::NotConfigured { supplier: TBO, said: said.clone() })
    }
}

fn apply_overrides(settings: &mut ProfileSettings, overrides: &UrlOverrides) {
    if let (Some(url), Some(ftbook)) = (&overrides.ftbook, settings.ftbook.as_mut()) {
        ftbook.base_url = url.clone();
    }
    if let (Some(url), Some(fasttrak)) = (&overrides.fasttrak, settings.fasttrak.as_mut()) {
        fasttrak.base_url = url.clone();
    }
    if let (Some(url), Some(tbo)) = (&overrides.tbo, settings.tbo.as_mut()) {
        tbo.base_url = url.clone();
    }
}

fn url(text: &str, supplier: &'static str) -> std::result::Result<ftbook::Url, Said> {
    text.parse().map_err(|_| Said::new("desk-not-a-url").with("supplier", supplier).with("text", text))
}

/// A zone setting, or why it cannot be used.
fn zone(name: &str, field: &str) -> std::result::Result<chrono_tz::Tz, Said> {
    crate::profile::time_zone(name, field).map_err(|error| match error {
        Error::Invalid { said, .. } => said,
        other => Said::new("desk-no-time-zone").with("name", other),
    })
}

fn build_ftbook(
    options: &Options,
    settings: Option<crate::profile::FtbookSettings>,
) -> std::result::Result<Ftbook, Said> {
    let mut settings = settings.ok_or_else(|| missing(FTBOOK, "desk-not-set-up-address"))?;
    settings.username = env_or(options, "DESK_FTBOOK_USER", &settings.username);
    let password = secret(options, "DESK_FTBOOK_PASSWORD", "ftbook.password")?
        .ok_or_else(|| missing(FTBOOK, "desk-not-set-up-password"))?;
    let config = ftbook::Config::new(url(&settings.base_url, FTBOOK)?, settings.username.clone(), password);
    let client = ftbook::Client::new(config).map_err(|e| Said::from_ftbook(&e))?;
    Ok(Ftbook { client, settings })
}

fn build_fasttrak(
    options: &Options,
    settings: Option<crate::profile::FasttrakSettings>,
) -> std::result::Result<Fasttrak, Said> {
    let mut settings = settings.ok_or_else(|| missing(FASTTRAK, "desk-not-set-up-address"))?;
    settings.username = env_or(options, "DESK_FASTTRAK_USER", &settings.username);
    settings.system_id = env_or(options, "DESK_FASTTRAK_SYSTEM_ID", &settings.system_id);
    let password = secret(options, "DESK_FASTTRAK_PASSWORD", "fasttrak.password")?
        .ok_or_else(|| missing(FASTTRAK, "desk-not-set-up-password"))?;
    let key = secret(options, "DESK_FASTTRAK_ACCESS_KEY", "fasttrak.partnerAccessKey")?
        .ok_or_else(|| missing(FASTTRAK, "desk-not-set-up-access-key"))?;
    let config = fasttrak::Config::new(
        url(&settings.base_url, FASTTRAK)?,
        key,
        settings.system_id.clone(),
        settings.username.clone(),
        password,
    );
    let zone = zone(&settings.time_zone, "fasttrak.timeZone")?;
    let client = fasttrak::Client::new(config).map_err(|e| Said::from_pair(e.message()))?;
    Ok(Fasttrak { client, settings, zone })
}

fn build_tbo(
    options: &Options,
    settings: Option<crate::profile::TboSettings>,
) -> std::result::Result<tbo::Client, Said> {
    let mut settings = settings.ok_or_else(|| missing(TBO, "desk-not-set-up-address"))?;
    settings.username = env_or(options, "DESK_TBO_USER", &settings.username);
    let password = secret(options, "DESK_TBO_PASSWORD", "tbo.password")?
        .ok_or_else(|| missing(TBO, "desk-not-set-up-password"))?;
    let mut config = tbo::Config::new(
        url(&settings.base_url, TBO)?,
        settings.client_id.clone(),
        settings.username.clone(),
        password,
        settings.end_user_ip.clone(),
    );
    config.supplier_zone = zone(&settings.time_zone, "tbo.timeZone")?;
    let cache = Arc::new(SecretTokenCache::new(options.secrets.clone(), options.profile));
    tbo::Client::new(config, Arc::new(tbo::SystemClock), cache).map_err(|e| Said::from_pair(e.message()))
}
