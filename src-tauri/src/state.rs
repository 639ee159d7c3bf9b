//! The core's services as Tauri managed state, reached through `app.desk()`.
//!
//! The desk core can be replaced while the app runs (the agent switches profile in Settings), so
//! it sits behind a lock; commands take a clone of the `Arc` and never hold the lock across a call.

use std::sync::{Arc, Mutex, RwLock, Weak};

use desk::profile::{StoredProfiles, sandbox_settings};
use desk::secrets::{self, EncryptedFile, Memory, SecretStore, SecretStoreKind};
use desk::{AppPaths, Core, Language, Profile, Sandbox, UrlOverrides};
use tauri::{Manager, Runtime};

/// Where the test and production secrets are kept.
pub struct Secrets {
    /// Which kind of store.
    pub kind: SecretStoreKind,
    /// The store, once usable (an encrypted file is usable once unlocked).
    pub store: Option<Arc<dyn SecretStore>>,
}

impl Secrets {
    /// The keychain when it works on this machine, otherwise the encrypted file, locked until
    /// the agent gives its passphrase ([`desk::secrets::choose`], as `desk` chooses).
    pub fn detect(data_dir: &std::path::Path) -> Self {
        match secrets::choose(data_dir, None) {
            Ok(chosen) => Secrets { kind: chosen.kind, store: chosen.store },
            Err(error) => {
                tracing::warn!(%error, "no secret store: test and production stay locked");
                Secrets { kind: SecretStoreKind::EncryptedFile, store: None }
            }
        }
    }

    /// Memory only (tests).
    pub fn memory() -> Self {
        Secrets { kind: SecretStoreKind::Memory, store: Some(Arc::new(Memory::default())) }
    }
}

/// What the commands share for the app's lifetime.
pub struct Desk {
    paths: AppPaths,
    core: RwLock<Arc<Core>>,
    secrets: RwLock<Secrets>,
    /// The sandbox profile's core while anything holds it (active, or looking up its attempts
    /// while another profile is active): one sandbox per data directory, never two over the same
    /// state files.
    sandbox_core: Mutex<Weak<Core>>,
    /// The data directory is this app's alone while it runs (see `desk::lock`).
    _lock: desk::lock::DataDirLock,
}

impl std::fmt::Debug for Desk {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Desk").field("paths", &self.paths).finish_non_exhaustive()
    }
}

fn read<T>(lock: &RwLock<T>) -> std::sync::RwLockReadGuard<'_, T> {
    lock.read().unwrap_or_else(|poisoned| poisoned.into_inner())
}

fn write<T>(lock: &RwLock<T>) -> std::sync::RwLockWriteGuard<'_, T> {
    lock.write().unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Opens the core for `profile` through [`desk::open`]: the sandbox with its own public
/// credentials, the others with the secret store (none while it is locked: their suppliers then
/// say what is missing); the language the agent chose when `language` is `None`.
fn open_core(
    paths: &AppPaths,
    profile: Profile,
    language: Option<Language>,
    secrets: &Secrets,
    sandbox: Option<Sandbox>,
) -> desk::Result<Core> {
    desk::open::open(desk::open::Opening {
        paths: paths.clone(),
        profile,
        language,
        overrides: UrlOverrides::default(),
        secrets: secrets.store.clone(),
        credentials_from_env: false,
        sandbox,
    })
}

impl Desk {
    /// The desk for files under `paths` on the sandbox profile, with its running sandbox if it
    /// started, and secrets in memory (tests).
    pub fn new(paths: AppPaths, sandbox: Option<Sandbox>) -> desk::Result<Self> {
        paths.create()?;
        let lock = desk::lock::DataDirLock::acquire(&paths.data_dir)?;
        Desk::open(lock, paths, Profile::Sandbox, sandbox, Secrets::memory())
    }

    /// The desk on `profile`, with `secrets` for the test and production credentials, on the
    /// data directory whose lock this process holds.
    pub fn open(
        lock: desk::lock::DataDirLock,
        paths: AppPaths,
        profile: Profile,
        sandbox: Option<Sandbox>,
        secrets: Secrets,
    ) -> desk::Result<Self> {
        let core = Arc::new(open_core(&paths, profile, None, &secrets, sandbox)?);
        let sandbox_core =
            Mutex::new(if profile == Profile::Sandbox { Arc::downgrade(&core) } else { Weak::new() });
        Ok(Desk { paths, core: RwLock::new(core), secrets: RwLock::new(secrets), sandbox_core, _lock: lock })
    }

    /// The profile the app last used (the sandbox for a new install).
    pub fn stored_profile(paths: &AppPaths) -> Profile {
        StoredProfiles::load(&paths.data_dir).map(|stored| stored.active).unwrap_or_default()
    }

    /// Where the app's files are.
    pub fn paths(&self) -> &AppPaths {
        &self.paths
    }

    /// The active profile.
    pub fn profile(&self) -> Profile {
        self.core().profile()
    }

    /// The sandbox's FTBook address, when the sandbox profile is active.
    pub fn sandbox_url(&self) -> Option<String> {
        self.core().sandbox().map(Sandbox::ftbook_url)
    }

    /// The desk core in use.
    pub fn core(&self) -> Arc<Core> {
        read(&self.core).clone()
    }

    /// The agent's language, as the core in use speaks it.
    pub fn language(&self) -> Language {
        self.core().language()
    }

    /// Settings' view of profiles and credentials.
    pub fn settings(&self) -> desk::Result<desk::setup::DeskSettings> {
        let core = self.core();
        let sandbox = match core.sandbox() {
            Some(running) => {
                sandbox_settings(&running.ftbook_url(), &running.fasttrak_url(), &running.tbo_url())
            }
            None => sandbox_settings("", "", ""),
        };
        let secrets = read(&self.secrets);
        desk::setup::view(
            &self.paths.data_dir,
            core.profile(),
            secrets.kind,
            secrets.store.as_deref(),
            sandbox,
        )
    }

    /// The secret store for test and production, if usable now.
    pub fn secret_store(&self) -> Option<Arc<dyn SecretStore>> {
        read(&self.secrets).store.clone()
    }

    /// Unlocks the encrypted secrets file with the agent's passphrase.
    pub fn unlock(&self, passphrase: secrecy::SecretString) -> desk::Result<()> {
        let file = EncryptedFile::open(&self.paths.data_dir.join(secrets::file::FILE_NAME), &passphrase)?;
        let mut secrets = write(&self.secrets);
        secrets.kind = SecretStoreKind::EncryptedFile;
        secrets.store = Some(Arc::new(file));
        Ok(())
    }

    /// Switches to `profile` (a new sandbox is started for the sandbox profile) and remembers it.
    pub async fn switch(&self, profile: Profile) -> desk::Result<()> {
        let language = self.core().language();
        let core = match profile {
            Profile::Sandbox => self.sandbox_core(language).await?,
            _ => {
                let secrets = read(&self.secrets);
                Arc::new(open_core(&self.paths, profile, Some(language), &secrets, None)?)
            }
        };
        *write(&self.core) = core;
        desk::setup::save_active(&self.paths.data_dir, profile)
    }

    /// The sandbox profile's core: the one alive, if any (whatever profile is active), else a new
    /// one with its sandbox started.
    async fn sandbox_core(&self, language: Language) -> desk::Result<Arc<Core>> {
        if let Some(alive) = self.sandbox_alive() {
            alive.set_language(language);
            return Ok(alive);
        }
        let sandbox = Sandbox::start(&self.paths).await?;
        let mut registry = self.sandbox_core.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        // Another caller may have started one meanwhile: keep theirs, drop ours.
        if let Some(alive) = registry.upgrade() {
            return Ok(alive);
        }
        let core = {
            let secrets = read(&self.secrets);
            Arc::new(open_core(&self.paths, Profile::Sandbox, Some(language), &secrets, Some(sandbox))?)
        };
        *registry = Arc::downgrade(&core);
        Ok(core)
    }

    fn sandbox_alive(&self) -> Option<Arc<Core>> {
        self.sandbox_core.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).upgrade()
    }

    /// The core for `profile`, to look up that profile's attempts: the active one, the sandbox's
    /// one alive, or a new one. `None` when it cannot be opened (left for its next start).
    pub async fn core_for(&self, profile: Profile) -> Option<Arc<Core>> {
        let active = self.core();
        if active.profile() == profile {
            return Some(active);
        }
        let opened = match profile {
            Profile::Sandbox => self.sandbox_core(active.language()).await,
            _ => {
                let secrets = read(&self.secrets);
                open_core(&self.paths, profile, Some(active.language()), &secrets, None).map(Arc::new)
            }
        };
        opened.map_err(|error| tracing::info!(%error, profile = profile.name(), "profile not opened")).ok()
    }

    /// Cores for the other profiles that have open attempts, so that they are reconciled too
    /// (a sandbox is started for the sandbox profile while another one is active; it stops when
    /// the core is dropped). A profile that cannot be opened is left for its next start.
    pub fn other_cores_with_open_attempts(&self) -> Vec<Arc<Core>> {
        let active = self.core();
        Profile::ALL
            .into_iter()
            .filter(|profile| *profile != active.profile())
            .filter(|profile| {
                active.history().open_attempts(profile.name()).is_ok_and(|open| !open.is_empty())
            })
            .filter_map(|profile| tauri::async_runtime::block_on(self.core_for(profile)))
            .collect()
    }

    /// Opens the active profile again (after its settings or credentials changed).
    pub fn reopen(&self) -> desk::Result<()> {
        let current = self.core();
        if current.profile() == Profile::Sandbox {
            return Ok(());
        }
        let core = {
            let secrets = read(&self.secrets);
            open_core(&self.paths, current.profile(), Some(current.language()), &secrets, None)?
        };
        *write(&self.core) = Arc::new(core);
        Ok(())
    }
}

/// Reaches the [`Desk`] from anything that can reach managed state.
pub trait DeskExt<R: Runtime> {
    /// The app's desk.
    fn desk(&self) -> &Desk;
}

impl<R: Runtime, M: Manager<R>> DeskExt<R> for M {
    fn desk(&self) -> &Desk {
        self.state::<Desk>().inner()
    }
}
