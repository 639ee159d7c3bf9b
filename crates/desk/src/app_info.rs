//! What the Settings page's "About" block shows.

use serde::Serialize;
use ts_rs::TS;

use crate::{AppPaths, Profile};

/// The running app: its version, where its files are and which profile is active.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AppInfo {
    /// The app's name as people see it.
    pub name: String,
    /// The app's version (`0.1.0`).
    pub version: String,
    /// Where settings and the booking history live.
    pub data_dir: String,
    /// Where the daily log files are written.
    pub log_dir: String,
    /// The active profile.
    pub profile: Profile,
    /// Where the sandbox's simulated FTBook answers, when the sandbox is running.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub sandbox_url: Option<String>,
}

impl AppInfo {
    /// Describes an app of the given version running with these paths and profile.
    pub fn new(
        version: impl Into<String>,
        paths: &AppPaths,
        profile: Profile,
        sandbox_url: Option<String>,
    ) -> Self {
        AppInfo {
            name: crate::APP_NAME.to_owned(),
            version: version.into(),
            data_dir: paths.data_dir.display().to_string(),
            log_dir: paths.log_dir.display().to_string(),
            profile,
            sandbox_url,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn app_info_crosses_ipc_in_camel_case() {
        let info = AppInfo::new("1.2.3", &AppPaths::in_dir("/d"), Profile::Sandbox, None);
        let json = serde_json::to_value(info).unwrap();
        assert_eq!(
            json,
            serde_json::json!({
                "name": "Transfer Desk", "version": "1.2.3", "dataDir": "/d", "logDir": "/d/logs",
                "profile": "sandbox"
            }),
            "the About block reads these exact keys"
        );
    }
}
