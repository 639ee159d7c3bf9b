//! Declares the app's commands in the app manifest, so each one needs a permission and the
//! capability in `capabilities/main.json` lists exactly what the main window may call.

/// Every command the shell registers. Keep in step with `generate_handler!` in `src/lib.rs`
/// and `capabilities/main.json`.
const COMMANDS: &[&str] = &[
    "app_info",
    "get_settings",
    "set_language",
    "search_history",
    "get_booking",
    "cancel_segment",
    "cancel_booking",
    "refresh_booking",
    "search_places",
    "get_offers",
    "book",
    "reconcile",
    "open_attempts",
    "get_desk_settings",
    "save_profile_settings",
    "set_secret",
    "unlock_secrets",
    "switch_profile",
    "test_connection",
    "get_services",
    "get_service_locations",
];

fn main() {
    let attributes =
        tauri_build::Attributes::new().app_manifest(tauri_build::AppManifest::new().commands(COMMANDS));
    if let Err(error) = tauri_build::try_build(attributes) {
        println!("cargo::error=tauri-build failed: {error:#}");
        std::process::exit(1);
    }
}
