//! Transfer Desk's application core.
//!
//! Everything the agent's desk does lives here, with no Tauri in it, so the desktop shell
//! (`src-tauri`) and the `desk` command line stand on the same code. The shell only unpacks
//! arguments, calls into this crate and maps errors.

pub mod app_info;
pub mod bindings;
pub mod error;
pub mod logging;
pub mod paths;
pub mod profile;
pub mod sandbox;
pub mod secrets;
pub mod settings;

pub use app_info::AppInfo;
pub use error::{CommandError, Error, ErrorCode, Result};
pub use paths::AppPaths;
pub use profile::Profile;
pub use sandbox::Sandbox;
pub use settings::{Language, Settings};

/// The application's reverse-DNS identifier. It names the data and log directories, so the
/// desktop app and the command line find the same files. `src-tauri/tauri.conf.json` must agree.
pub const APP_IDENTIFIER: &str = "se.transferdesk.desk";

/// The application's name as people see it.
pub const APP_NAME: &str = "Transfer Desk";
