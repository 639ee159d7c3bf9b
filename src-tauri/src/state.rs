//! The core's services as Tauri managed state, reached through `app.desk()`.

use desk::{AppPaths, Profile, Sandbox};
use tauri::{Manager, Runtime};

/// What the commands share for the app's lifetime.
#[derive(Debug)]
pub struct Desk {
    paths: AppPaths,
    profile: Profile,
    /// The simulated suppliers of the sandbox profile, when they started.
    sandbox: Option<Sandbox>,
}

impl Desk {
    /// The desk for files under `paths`, on the sandbox profile (the only one so far), with its
    /// running sandbox if it started.
    pub fn new(paths: AppPaths, sandbox: Option<Sandbox>) -> Self {
        Desk { paths, profile: Profile::Sandbox, sandbox }
    }

    /// Where the app's files are.
    pub fn paths(&self) -> &AppPaths {
        &self.paths
    }

    /// The active profile.
    pub fn profile(&self) -> Profile {
        self.profile
    }

    /// The running sandbox, if it started.
    pub fn sandbox(&self) -> Option<&Sandbox> {
        self.sandbox.as_ref()
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
