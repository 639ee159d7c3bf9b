//! The core's services as Tauri managed state, reached through `app.desk()`.

use desk::{AppPaths, Profile};
use tauri::{Manager, Runtime};

/// What the commands share for the app's lifetime.
#[derive(Debug)]
pub struct Desk {
    paths: AppPaths,
    profile: Profile,
}

impl Desk {
    /// The desk for files under `paths`, on the sandbox profile (the only one so far).
    pub fn new(paths: AppPaths) -> Self {
        Desk { paths, profile: Profile::Sandbox }
    }

    /// Where the app's files are.
    pub fn paths(&self) -> &AppPaths {
        &self.paths
    }

    /// The active profile.
    pub fn profile(&self) -> Profile {
        self.profile
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
