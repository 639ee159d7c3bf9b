//! Where the app keeps its data and logs.
//!
//! The directories follow Tauri's conventions for the app identifier (so the shell's path
//! resolver and this crate agree), and are computed here rather than in the shell so the `desk`
//! command line finds the same history and settings as the desktop app.

use std::path::{Path, PathBuf};

use crate::{APP_IDENTIFIER, Error, Result};

/// Environment variable that puts all of the app's files under one directory: used by tests,
/// by training machines that reset every morning, and by anyone who wants a portable install.
pub const DATA_DIR_ENV: &str = "TRANSFER_DESK_DATA_DIR";

/// Name of the settings file inside the data directory.
const SETTINGS_FILE: &str = "settings.json";

/// The directories the app writes to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AppPaths {
    /// Settings, the booking history and the sandbox's state.
    pub data_dir: PathBuf,
    /// Daily log files.
    pub log_dir: PathBuf,
}

impl AppPaths {
    /// The directories for this user: `TRANSFER_DESK_DATA_DIR` when it is set, otherwise the
    /// platform's places for the app identifier.
    pub fn resolve() -> Result<Self> {
        match std::env::var_os(DATA_DIR_ENV).filter(|dir| !dir.is_empty()) {
            Some(dir) => Ok(Self::in_dir(PathBuf::from(dir))),
            None => Self::platform(),
        }
    }

    /// Everything under one directory: `dir` for data, `dir/logs` for logs.
    pub fn in_dir(dir: impl Into<PathBuf>) -> Self {
        let data_dir = dir.into();
        let log_dir = data_dir.join("logs");
        AppPaths { data_dir, log_dir }
    }

    /// The platform's directories, as Tauri's `app_data_dir` and `app_log_dir` name them.
    fn platform() -> Result<Self> {
        let data_dir = dirs::data_dir().ok_or(Error::NoDataDir)?.join(APP_IDENTIFIER);
        let log_dir = if cfg!(target_os = "macos") {
            dirs::home_dir().ok_or(Error::NoDataDir)?.join("Library/Logs").join(APP_IDENTIFIER)
        } else {
            dirs::data_local_dir().ok_or(Error::NoDataDir)?.join(APP_IDENTIFIER).join("logs")
        };
        Ok(AppPaths { data_dir, log_dir })
    }

    /// The settings file (a plain JSON file: never a secret in it).
    pub fn settings_file(&self) -> PathBuf {
        self.data_dir.join(SETTINGS_FILE)
    }

    /// Creates the directories if they are missing.
    pub fn create(&self) -> Result<()> {
        create_dir(&self.data_dir, "desk-io-create-data-dir")?;
        create_dir(&self.log_dir, "desk-io-create-log-dir")
    }
}

/// Creates `path` readable by this user alone (0700 on Unix): it holds bookings with names and
/// phone numbers, the journal and the encrypted secrets.
fn create_dir(path: &Path, action: &'static str) -> Result<()> {
    let io = |source| Error::Io { action, path: path.to_owned(), source };
    std::fs::create_dir_all(path).map_err(io)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o700)).map_err(io)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    #[test]
    fn the_data_directory_is_this_users_alone() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let paths = AppPaths::in_dir(dir.path().join("data"));
        paths.create().unwrap();
        let mode = std::fs::metadata(&paths.data_dir).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o700, "bookings and secrets are not for other users");
    }

    #[test]
    fn one_directory_holds_data_and_logs() {
        let paths = AppPaths::in_dir("/srv/desk");
        assert_eq!(paths.data_dir, PathBuf::from("/srv/desk"));
        assert_eq!(paths.log_dir, PathBuf::from("/srv/desk/logs"), "logs live beside the data");
        assert_eq!(paths.settings_file(), PathBuf::from("/srv/desk/settings.json"));
    }

    #[test]
    fn platform_directories_are_named_for_the_app() {
        let Ok(paths) = AppPaths::platform() else { return };
        assert!(paths.data_dir.ends_with(APP_IDENTIFIER), "data dir must be named for the identifier");
        assert!(
            paths.log_dir.components().any(|c| c.as_os_str() == APP_IDENTIFIER),
            "log dir must be named for the identifier"
        );
    }

    #[test]
    fn create_makes_both_directories() {
        let root = tempfile::tempdir().unwrap();
        let paths = AppPaths::in_dir(root.path().join("nested/desk"));
        paths.create().unwrap();
        assert!(paths.data_dir.is_dir() && paths.log_dir.is_dir(), "both directories must exist");
    }
}
