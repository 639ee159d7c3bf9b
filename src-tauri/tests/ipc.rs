//! The shell's commands through real IPC on Tauri's mock runtime: the app's own configuration
//! and capability, no display. Each test gets its own data directory. Booking, the history and
//! open attempts are in `ipc_booking.rs`.

mod common;
use desk::AppPaths;
use serde_json::{Value, json};
use transfer_desk_lib::Desk;

use common::{invoke, start, start_desk};

/// The settings of a new install, in `language`.
fn defaults(language: &str) -> Value {
    let mut settings = serde_json::to_value(desk::Settings::default()).expect("settings as JSON");
    settings["language"] = json!(language);
    settings
}

#[test]
fn app_info_names_the_version_directories_and_sandbox_profile() {
    let dir = tempfile::tempdir().unwrap();
    let app = start(dir.path());
    let info = invoke(&app, "app_info", json!({})).expect("app_info is allowed");
    assert_eq!(info["version"], env!("CARGO_PKG_VERSION"), "the version is the package's");
    assert_eq!(info["dataDir"], dir.path().display().to_string());
    assert_eq!(info["logDir"], dir.path().join("logs").display().to_string());
    assert_eq!(info["profile"], "sandbox", "the sandbox is the only profile so far");
    assert!(info.get("sandboxUrl").is_none(), "no address when no sandbox runs");
}

#[test]
fn app_info_gives_the_address_of_the_running_sandbox() {
    let dir = tempfile::tempdir().unwrap();
    let paths = AppPaths::in_dir(dir.path());
    let sandbox = tauri::async_runtime::block_on(desk::Sandbox::start(&paths)).expect("the sandbox starts");
    let app = start_desk(Desk::new(paths, Some(sandbox)).expect("the desk opens"));
    let info = invoke(&app, "app_info", json!({})).unwrap();
    let url = info["sandboxUrl"].as_str().expect("the sandbox's address is reported");
    let address = url.strip_prefix("http://").and_then(|rest| rest.split('/').next()).unwrap();
    assert!(address.starts_with("127.0.0.1:"), "loopback only, got {url}");
    std::net::TcpStream::connect(address).expect("the sandbox accepts connections");
    assert!(url.ends_with("/ftbook/rest/v1/"), "{url}");
}

#[test]
fn a_new_install_is_in_swedish() {
    let dir = tempfile::tempdir().unwrap();
    let settings = invoke(&start(dir.path()), "get_settings", json!({})).unwrap();
    assert_eq!(settings, defaults("sv"));
}

#[test]
fn the_chosen_language_survives_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    {
        let app = start(dir.path());
        let reply = invoke(&app, "set_language", json!({"language": "en"})).unwrap();
        assert_eq!(reply, defaults("en"), "the reply is the settings as stored");
    }
    let stored: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.path().join("settings.json")).unwrap()).unwrap();
    assert_eq!(stored["language"], "en", "the choice must be on disk when the command returns");

    let restarted = start(dir.path());
    // The core speaks it from the start, before the web view has asked for the settings.
    let core = tauri::Manager::state::<Desk>(&restarted._app).core();
    assert_eq!(core.language(), desk::Language::English, "read when the core opened");
    assert_eq!(invoke(&restarted, "get_settings", json!({})).unwrap(), defaults("en"));
}

#[test]
fn the_home_city_is_kept_and_a_too_long_one_refused_on_its_field() {
    let dir = tempfile::tempdir().unwrap();
    {
        let app = start(dir.path());
        let reply = invoke(&app, "set_home_city", json!({"city": " Göteborg "})).unwrap();
        assert_eq!(reply["homeCity"], "Göteborg", "trimmed, and the reply is the settings as stored");
        let error = invoke(&app, "set_home_city", json!({"city": "x".repeat(65)})).unwrap_err();
        assert_eq!(error["field"], "settings.homeCity", "{error}");
    }
    let restarted = start(dir.path());
    assert_eq!(invoke(&restarted, "get_settings", json!({})).unwrap()["homeCity"], "Göteborg");
}

#[test]
fn an_unknown_language_is_refused_on_its_field_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let app = start(dir.path());
    invoke(&app, "set_language", json!({"language": "en"})).unwrap();

    let error = invoke(&app, "set_language", json!({"language": "de"})).unwrap_err();
    assert_eq!(error["code"], "validation");
    assert_eq!(error["field"], "settings.language", "the error names the field it concerns");
    assert!(error["message"].as_str().unwrap().contains("de"), "the sentence names the refused value");
    assert_eq!(invoke(&app, "get_settings", json!({})).unwrap(), defaults("en"), "nothing lost");
}

#[test]
fn a_damaged_settings_file_does_not_keep_the_app_from_starting() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("settings.json"), b"{\"language\": \"en\", trunc").unwrap();
    let app = start(dir.path());
    assert_eq!(invoke(&app, "get_settings", json!({})).unwrap(), defaults("sv"));
    invoke(&app, "set_language", json!({"language": "en"})).expect("the agent can set it again");
}

#[test]
fn the_web_view_cannot_reach_the_settings_file_directly() {
    let dir = tempfile::tempdir().unwrap();
    let app = start(dir.path());
    let refused = invoke(&app, "plugin:store|load", json!({"path": "settings.json"}));
    assert!(refused.is_err(), "the capability grants no store permission, got {refused:?}");
}

#[test]
fn settings_keep_profiles_and_write_only_credentials_and_switch_profile() {
    let dir = tempfile::tempdir().unwrap();
    let paths = AppPaths::in_dir(dir.path());
    let sandbox = tauri::async_runtime::block_on(desk::Sandbox::start(&paths)).expect("the sandbox starts");
    let app = start_desk(Desk::new(paths, Some(sandbox)).expect("the desk opens"));

    let settings = invoke(&app, "get_desk_settings", json!({})).expect("allowed");
    assert_eq!(settings["active"], "sandbox");
    assert_eq!(settings["profiles"].as_array().unwrap().len(), 3);
    assert_eq!(settings["profiles"][0]["editable"], false, "the sandbox's settings come with it");
    let tested = invoke(&app, "test_connection", json!({"supplier": "fasttrak"})).expect("allowed");
    assert!(tested.as_str().unwrap().contains("FASTTRAK"), "{tested}");
    let tbo = invoke(&app, "test_connection", json!({"supplier": "tbo"})).expect("allowed");
    assert!(
        tbo.as_str().unwrap().contains("Kassasaldo 15\u{a0}234,75"),
        "TBO's test says the agency balance in words, as money is written in Swedish: {tbo}"
    );
    assert!(tested.as_str().unwrap().contains("inloggad som"), "in words, not a reply's JSON: {tested}");
    let ftbook = invoke(&app, "test_connection", json!({"supplier": "ftbook"})).expect("allowed");
    assert!(ftbook.as_str().unwrap().contains("för byrå STOS12345"), "whose agency: {ftbook}");

    let mut test = settings["profiles"][0]["settings"].clone();
    test["ftbook"]["baseUrl"] = json!("not an address");
    let refused =
        invoke(&app, "save_profile_settings", json!({"profile": "test", "settings": test})).unwrap_err();
    assert_eq!(refused["field"], "ftbook.baseUrl");
    test["ftbook"]["baseUrl"] = json!("https://ftbook-test.example/rest/v1/");
    let saved =
        invoke(&app, "save_profile_settings", json!({"profile": "test", "settings": test})).expect("saved");
    assert_eq!(saved["profiles"][1]["settings"]["ftbook"]["baseUrl"], "https://ftbook-test.example/rest/v1/");

    let stored =
        invoke(&app, "set_secret", json!({"profile": "test", "name": "ftbook.password", "value": "hemligt"}))
            .expect("stored");
    let secrets = &stored["profiles"][1]["secrets"];
    assert!(secrets.as_array().unwrap().iter().any(|s| s["name"] == "ftbook.password" && s["set"] == true));
    assert!(!stored.to_string().contains("hemligt"), "a credential never comes back to the web view");
    let sandbox_secret =
        invoke(&app, "set_secret", json!({"profile": "sandbox", "name": "ftbook.password", "value": "x"}))
            .unwrap_err();
    assert_eq!(sandbox_secret["code"], "validation");

    let switched = invoke(&app, "switch_profile", json!({"profile": "test"})).expect("switched");
    assert_eq!(switched["active"], "test");
    assert_eq!(invoke(&app, "app_info", json!({})).unwrap()["profile"], "test");
    let stored_file = std::fs::read_to_string(dir.path().join("profiles.json")).unwrap();
    assert!(
        stored_file.contains("\"active\": \"test\"") && !stored_file.contains("hemligt"),
        "{stored_file}"
    );
    let unconfigured = invoke(&app, "test_connection", json!({"supplier": "tbo"})).unwrap_err();
    assert_eq!(unconfigured["code"], "supplier", "{unconfigured}");

    let back = invoke(&app, "switch_profile", json!({"profile": "sandbox"})).expect("switched back");
    assert_eq!(back["active"], "sandbox");
    assert!(invoke(&app, "app_info", json!({})).unwrap()["sandboxUrl"].is_string(), "a new sandbox runs");
}

#[test]
fn lead_times_and_write_back_are_checked_kept_and_survive_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    {
        let app = start(dir.path());
        let mut lead = serde_json::to_value(desk::pnr::LeadTimes::default()).unwrap();
        lead["airports"]["got"] = json!({"domestic": 90, "international": 120});
        let reply = invoke(&app, "set_lead_times", json!({"leadTimes": lead})).unwrap();
        assert_eq!(reply["leadTimes"]["airports"]["GOT"]["domestic"], 90, "the code in capitals: {reply}");
        lead["arrival"]["domestic"] = json!(601);
        let error = invoke(&app, "set_lead_times", json!({"leadTimes": lead})).unwrap_err();
        assert_eq!(error["field"], "settings.leadTimes.arrival.domestic", "{error}");
        let reply = invoke(&app, "set_amadeus_write_back", json!({"on": false})).unwrap();
        assert_eq!(reply["amadeusWriteBack"], false);
    }
    let restarted = start(dir.path());
    let settings = invoke(&restarted, "get_settings", json!({})).unwrap();
    assert_eq!(settings["leadTimes"]["airports"]["GOT"]["international"], 120, "kept: {settings}");
    assert_eq!(settings["leadTimes"]["arrival"]["domestic"], 20, "the refused value was not kept");
    assert_eq!(settings["amadeusWriteBack"], false);
}

#[test]
fn a_pasted_pnr_comes_back_read_with_its_transfers() {
    let dir = tempfile::tempdir().unwrap();
    let paths = AppPaths::in_dir(dir.path());
    let sandbox = tauri::async_runtime::block_on(desk::Sandbox::start(&paths)).expect("the sandbox starts");
    let app = start_desk(Desk::new(paths, Some(sandbox)).expect("the desk opens"));
    let date = (chrono::Utc::now() + chrono::Duration::days(9)).date_naive();
    let text = format!(
        "  1.OBERG/KARIN MRS\n  2  SK1415 Y {} ARNGOT HK1  0710 0815\n  3 APM 0701234567\n  4 QQ WHAT",
        date.format("%d%b").to_string().to_uppercase()
    );
    let suggestion = invoke(&app, "suggest_transfers", json!({"text": text})).unwrap();
    assert_eq!(suggestion["legs"][0]["airport"], "ARN", "{suggestion}");
    assert_eq!(suggestion["traveller"]["phone"], "0701234567");
    assert_eq!(suggestion["pnr"]["unread"][0]["why"], "unknownElement");
    let src = suggestion["traveller"]["uniqueSrc"].as_str().unwrap().to_owned();
    let places =
        invoke(&app, "traveller_places", json!({"uniqueSrc": src, "uniqueId": "OBERG/KARIN"})).unwrap();
    assert_eq!(places, json!([]), "a new traveller has no trips yet");
}
