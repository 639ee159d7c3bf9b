//! Transfer Desk's application core.
//!
//! Everything the agent's desk does lives here, with no Tauri in it, so the desktop shell
//! (`src-tauri`) and the `desk` command line stand on the same code. The shell only unpacks
//! arguments, calls into this crate and maps errors.

pub mod amount;
pub mod app_info;
pub mod audit;
pub mod bindings;
pub mod booking;
mod calls;
mod change;
pub mod connection;
pub mod core;
pub mod documents;
pub mod error;
mod fasttrak_booking;
pub mod lock;
pub mod logging;
pub mod lookup;
pub mod manage;
pub mod open;
pub mod paths;
pub mod places;
pub mod pnr;
pub mod profile;
pub mod quotes;
pub mod rebook;
mod reconcile;
pub mod records;
pub mod request;
pub mod retry;
pub mod sandbox;
pub mod secrets;
pub mod services;
pub mod settings;
pub mod setup;
pub mod suppliers;
pub mod sync;
mod tbo_cache;
pub mod view;

pub use crate::core::{Core, Options, UrlOverrides};
pub use app_info::AppInfo;
pub use error::{CommandError, Error, ErrorCode, FaultLine, ForAgent, Result, Said};
/// The history's types, for the shell and the command line.
pub use history;
pub use paths::AppPaths;
pub use profile::Profile;
pub use sandbox::Sandbox;
pub use settings::{Language, Settings};

/// The application's reverse-DNS identifier. It names the data and log directories, so the
/// desktop app and the command line find the same files. `src-tauri/tauri.conf.json` must agree.
pub const APP_IDENTIFIER: &str = "se.transferdesk.desk";

/// The application's name as people see it.
pub const APP_NAME: &str = "Transfer Desk";
