//! About the running app.

use desk::{AppInfo, CommandError};
use tauri::{AppHandle, Runtime};

use crate::DeskExt;

/// Version, data and log directories and active profile, for the Settings page's About block.
#[tauri::command]
pub async fn app_info<R: Runtime>(app: AppHandle<R>) -> Result<AppInfo, CommandError> {
    let desk = app.desk();
    let sandbox_url = desk.sandbox_url();
    Ok(AppInfo::new(app.package_info().version.to_string(), desk.paths(), desk.profile(), sandbox_url))
}
