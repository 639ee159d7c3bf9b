//! One app per data directory. The data directory's lock ([`desk::lock::DataDirLock`]) says
//! whether another process holds it; when the app is started a second time on the same
//! directory it hands over to the first — which shows and focuses its window — through Tauri's
//! single-instance plugin (D-Bus, on a name derived from the directory), and exits. When the
//! holder is not an app (a `desk` command line), nobody answers and the second start says so.

use std::path::Path;

use tauri::plugin::TauriPlugin;
use tauri::{AppHandle, Manager, Runtime};

/// The D-Bus name the first app of `data_dir` answers on: the app's identifier and a stable
/// hash of the directory (FNV-1a), so apps on other data directories (tests, a second agent
/// account) do not take each other's starts.
pub fn dbus_id(identifier: &str, data_dir: &Path) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in data_dir.as_os_str().as_encoded_bytes() {
        hash ^= u64::from(*byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{identifier}.dir_{hash:016x}")
}

/// Shows and focuses the main window (a second start of the app asked for it).
fn focus<R: Runtime>(app: &AppHandle<R>) {
    tracing::info!("a second start of the app on this data directory: focusing the window");
    if let Some(window) = app.get_webview_window("main") {
        let _ = window.unminimize();
        let _ = window.show();
        let _ = window.set_focus();
    }
}

/// The plugin for the first app of `data_dir`: it answers second starts by focusing.
pub fn plugin<R: Runtime>(identifier: &str, data_dir: &Path) -> TauriPlugin<R> {
    tauri_plugin_single_instance::Builder::new()
        .dbus_id(dbus_id(identifier, data_dir))
        .callback(|app, _argv, _cwd| focus(app))
        .build()
}

/// For a second start: asks the first app of `data_dir` to show its window. The plugin ends
/// this process once the first one took the call; returning means no app answered.
pub fn hand_over(data_dir: &Path) {
    let mut context = crate::context::<tauri::Wry>();
    let identifier = context.config().identifier.clone();
    // No window of our own: only the plugin's hand-over runs.
    context.config_mut().app.windows.clear();
    let built = tauri::Builder::default().plugin(plugin(&identifier, data_dir)).build(context);
    if let Err(error) = built {
        tracing::warn!(%error, "could not ask the running app to show its window");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_data_directory_has_its_own_valid_dbus_name() {
        let one = dbus_id("se.transferdesk.desk", Path::new("/home/agent/.local/share/transfer-desk"));
        let two = dbus_id("se.transferdesk.desk", Path::new("/tmp/e2e-1/transfer-desk"));
        assert_ne!(one, two, "another directory, another name");
        assert_eq!(one, dbus_id("se.transferdesk.desk", Path::new("/home/agent/.local/share/transfer-desk")));
        // D-Bus: elements of [A-Za-z0-9_-], none starting with a digit, at most 255 bytes.
        assert!(one.len() <= 255);
        for element in one.split('.') {
            assert!(!element.is_empty() && !element.starts_with(|c: char| c.is_ascii_digit()), "{one}");
            assert!(element.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-'), "{one}");
        }
    }
}
