//! The core's services as Tauri managed state, reached through `app.desk()`.

use std::sync::Arc;

use desk::secrets::Memory;
use desk::{AppPaths, Core, Language, Options, Profile, Sandbox, UrlOverrides};
use tauri::{Manager, Runtime};

/// What the commands share for the app's lifetime: where the files are, and the desk core (its
/// history, supplier clients and, on the sandbox profile, the running sandbox).
#[derive(Debug)]
pub struct Desk {
    paths: AppPaths,
    core: Arc<Core>,
}

impl Desk {
    /// The desk for files under `paths`, on the sandbox profile, with its running sandbox if it
    /// started (without one, no supplier is configured and history still answers).
    pub fn new(paths: AppPaths, sandbox: Option<Sandbox>) -> desk::Result<Self> {
        let core = Core::open(Options {
            paths: paths.clone(),
            profile: Profile::Sandbox,
            language: Language::default(),
            overrides: UrlOverrides::default(),
            secrets: Arc::new(Memory::default()),
            credentials_from_env: false,
            sandbox,
        })?;
        Ok(Desk { paths, core: Arc::new(core) })
    }

    /// Where the app's files are.
    pub fn paths(&self) -> &AppPaths {
        &self.paths
    }

    /// The active profile.
    pub fn profile(&self) -> Profile {
        self.core.profile()
    }

    /// The running sandbox, if it started.
    pub fn sandbox(&self) -> Option<&Sandbox> {
        self.core.sandbox()
    }

    /// The desk core.
    pub fn core(&self) -> Arc<Core> {
        self.core.clone()
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
