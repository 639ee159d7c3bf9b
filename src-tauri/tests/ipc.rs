//! The shell's commands through real IPC on Tauri's mock runtime: the app's own configuration
//! and capability, no display. Each test gets its own data directory.

use std::path::Path;

use desk::AppPaths;
use serde_json::{Value, json};
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{INVOKE_KEY, MockRuntime, get_ipc_response, mock_builder};
use tauri::webview::InvokeRequest;
use tauri::{App, WebviewWindow, WebviewWindowBuilder};
use transfer_desk_lib::Desk;

struct Running {
    _app: App<MockRuntime>,
    window: WebviewWindow<MockRuntime>,
}

/// Starts the app as the binary does, on files under `dir`.
fn start(dir: &Path) -> Running {
    start_desk(Desk::new(AppPaths::in_dir(dir), None).expect("the desk opens"))
}

/// Starts the app around a given desk (to give it a running sandbox).
fn start_desk(desk: Desk) -> Running {
    let app = transfer_desk_lib::app_builder(mock_builder(), desk)
        .build(transfer_desk_lib::context())
        .expect("the app builds on the mock runtime");
    let window = WebviewWindowBuilder::new(&app, "main", Default::default()).build().expect("main window");
    Running { _app: app, window }
}

/// Calls a command as the web view does.
fn invoke(running: &Running, cmd: &str, args: Value) -> Result<Value, Value> {
    let request = InvokeRequest {
        cmd: cmd.into(),
        callback: CallbackFn(0),
        error: CallbackFn(1),
        url: "tauri://localhost".parse().expect("static url"),
        body: InvokeBody::Json(args),
        headers: Default::default(),
        invoke_key: INVOKE_KEY.to_string(),
    };
    get_ipc_response(&running.window, request).map(|body| body.deserialize::<Value>().expect("JSON reply"))
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
    assert_eq!(settings, json!({"language": "sv"}));
}

#[test]
fn the_chosen_language_survives_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    {
        let app = start(dir.path());
        let reply = invoke(&app, "set_language", json!({"language": "en"})).unwrap();
        assert_eq!(reply, json!({"language": "en"}), "the reply is the settings as stored");
    }
    let stored: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.path().join("settings.json")).unwrap()).unwrap();
    assert_eq!(stored["language"], "en", "the choice must be on disk when the command returns");

    let restarted = start(dir.path());
    assert_eq!(invoke(&restarted, "get_settings", json!({})).unwrap(), json!({"language": "en"}));
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
    assert_eq!(invoke(&app, "get_settings", json!({})).unwrap(), json!({"language": "en"}), "nothing lost");
}

#[test]
fn a_damaged_settings_file_does_not_keep_the_app_from_starting() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("settings.json"), b"{\"language\": \"en\", trunc").unwrap();
    let app = start(dir.path());
    assert_eq!(invoke(&app, "get_settings", json!({})).unwrap(), json!({"language": "sv"}));
    invoke(&app, "set_language", json!({"language": "en"})).expect("the agent can set it again");
}

#[test]
fn the_web_view_cannot_reach_the_settings_file_directly() {
    let dir = tempfile::tempdir().unwrap();
    let app = start(dir.path());
    let refused = invoke(&app, "plugin:store|load", json!({"path": "settings.json"}));
    assert!(refused.is_err(), "the capability grants no store permission, got {refused:?}");
}

/// A booking in the history of `desk`, as a sync would have stored it.
fn seed_booking(desk: &Desk, reference: &str, passenger: &str) {
    use desk::history::{BookingRecord, SegmentRecord, Supplier};
    let booking = BookingRecord {
        profile: "sandbox".into(),
        supplier: Supplier::Ftbook,
        reference: reference.into(),
        amadeus: Some(format!("QX{}", &reference[9..])),
        sabre: None,
        status: "PENDING".into(),
        reply: json!({"bookingReference": reference}),
    };
    let segment = SegmentRecord {
        segment_ref: format!("R{}", &reference[4..]),
        status: "PENDING".into(),
        cancelled: false,
        passenger: passenger.into(),
        phone: Some("+46701234567".into()),
        email: None,
        pickup_time: None,
        pickup_place: Some("Drottningholmsvägen 37".into()),
        dropoff_place: Some("Stockholm Arlanda Flygplats".into()),
        flight: Some("SK1415".into()),
        product: "Egen TAXI".into(),
        price: None,
        currency: None,
        latest_cancel_time: None,
        references: Vec::new(),
        reply: json!({}),
    };
    desk.core().history().save_booking(&booking, &[segment]).expect("saved");
}

#[test]
fn the_history_is_searched_while_typing_and_a_booking_page_is_read_offline() {
    let dir = tempfile::tempdir().unwrap();
    let desk = Desk::new(AppPaths::in_dir(dir.path()), None).expect("the desk opens");
    seed_booking(&desk, "2026000000001", "Karin Öberg");
    seed_booking(&desk, "2026000000002", "Per Ek");
    let app = start_desk(desk);
    let rows = invoke(&app, "search_history", json!({"query": {"text": "ober"}}))
        .expect("search_history is allowed");
    let names: Vec<&str> =
        rows.as_array().unwrap().iter().map(|r| r["passenger"].as_str().unwrap()).collect();
    assert_eq!(names, ["Karin Öberg"], "a part of the surname, without diacritics, finds it");
    let all = invoke(&app, "search_history", json!({"query": {"text": ""}})).unwrap();
    assert_eq!(all.as_array().unwrap().len(), 2, "nothing typed lists the newest");
    let page = invoke(&app, "get_booking", json!({"reference": "QX0001"})).expect("get_booking is allowed");
    assert_eq!(page["reference"], "2026000000001", "a booking page is found by its locator");
    assert_eq!(page["segments"][0]["flight"], "SK1415");
    let missing = invoke(&app, "get_booking", json!({"reference": "2026999999999"})).unwrap_err();
    assert_eq!(missing["code"], "validation");
    assert_eq!(missing["field"], "reference");
    let bad_date =
        invoke(&app, "search_history", json!({"query": {"text": "", "from": "igår"}})).unwrap_err();
    assert_eq!(bad_date["field"], "history.from", "a bad date is refused on its field");
}

#[test]
fn cancelling_without_a_supplier_says_which_one_is_missing() {
    let dir = tempfile::tempdir().unwrap();
    let desk = Desk::new(AppPaths::in_dir(dir.path()), None).expect("the desk opens");
    seed_booking(&desk, "2026000000003", "Karin Öberg");
    let app = start_desk(desk);
    let refused = invoke(&app, "cancel_segment", json!({"segmentRef": "R000000003"})).unwrap_err();
    assert_eq!(refused["code"], "supplier", "{refused}");
    assert!(refused["message"].as_str().unwrap().contains("Flygtaxi"), "{refused}");
}

#[test]
fn a_trip_is_priced_by_both_suppliers_and_booked_through_the_journal() {
    let dir = tempfile::tempdir().unwrap();
    let paths = AppPaths::in_dir(dir.path());
    let sandbox = tauri::async_runtime::block_on(desk::Sandbox::start(&paths)).expect("the sandbox starts");
    let app = start_desk(Desk::new(paths, Some(sandbox)).expect("the desk opens"));

    let hits =
        invoke(&app, "search_places", json!({"text": "Drottningholmsvägen 37, Stockholm"})).expect("allowed");
    let hit = &hits["hits"][0];
    assert_eq!(hit["label"], "Drottningholmsvägen 37");
    assert_eq!(hit["place"]["kind"], "street");
    let airports = invoke(&app, "search_places", json!({"text": "Arlanda flyg"})).expect("allowed");
    assert_eq!(
        airports["hits"][0]["label"], "Stockholm Arlanda Flygplats (ARN)",
        "a terminal is named: {airports}"
    );
    assert_eq!(airports["hits"][0]["place"], json!({"kind": "terminal", "code": "ARN"}));

    let day = (chrono::Utc::now() + chrono::Duration::days(3)).format("%Y-%m-%d");
    let trip = json!({
        "from": hit["place"],
        "to": {"kind": "terminal", "code": "ARN"},
        "when": {"kind": "connection", "at": format!("{day}T09:00:00+01:00"), "arrival": false},
        "passengers": 1, "bags": 1, "service": "Taxi"
    });
    let offers = invoke(&app, "get_offers", json!({"trip": trip})).expect("allowed");
    let suppliers: std::collections::HashSet<&str> =
        offers["offers"].as_array().unwrap().iter().map(|o| o["supplier"].as_str().unwrap()).collect();
    assert_eq!(suppliers.len(), 2, "FTBook and FASTTRAK in one list: {offers}");
    let egen = offers["offers"].as_array().unwrap().iter().find(|o| o["code"] == "VTAX").expect("Egen TAXI");
    assert_eq!(egen["priceIncludingVat"], "679.00", "money crosses as the supplier's text");
    assert_eq!(egen["needs"]["connection"], true);

    let request = json!({
        "trip": trip,
        "offer": egen["key"],
        "passenger": {"firstName": "Karin", "lastName": "Öberg", "phone": "+46 70-123 45 67"},
        "connection": {"number": "SK1415", "otherCode": "GOT", "otherTime": format!("{day}T10:05:00+01:00")},
        "references": [{"kind": "COSTCENTER", "value": "4410"}],
        "amadeus": "qx7z2k"
    });
    let booked = invoke(&app, "book", json!({"request": request})).expect("booked");
    assert_eq!(booked["booking"]["amadeus"], "QX7Z2K");
    assert_eq!(booked["booking"]["segments"][0]["price"], "679.00");

    let mut bad = request.clone();
    bad["passenger"]["phone"] = json!("phone?");
    let refused = invoke(&app, "book", json!({"request": bad})).unwrap_err();
    assert_eq!(refused["code"], "rejected");
    assert_eq!(refused["field"], "segment.passenger.phone", "the fault is on its field: {refused}");
}

/// An Egen TAXI booking request for Drottningholmsvägen 37 to Arlanda in three days, from the
/// offers the app gets.
fn egen_taxi_request(app: &Running) -> Value {
    let day = (chrono::Utc::now() + chrono::Duration::days(3)).format("%Y-%m-%d");
    let hits =
        invoke(app, "search_places", json!({"text": "Drottningholmsvägen 37, Stockholm"})).expect("allowed");
    let trip = json!({
        "from": hits["hits"][0]["place"],
        "to": {"kind": "terminal", "code": "ARN"},
        "when": {"kind": "connection", "at": format!("{day}T09:00:00+01:00"), "arrival": false},
        "passengers": 1, "bags": 1, "service": "Taxi"
    });
    let offers = invoke(app, "get_offers", json!({"trip": trip})).expect("allowed");
    let egen = offers["offers"]
        .as_array()
        .expect("offers")
        .iter()
        .find(|o| o["code"] == "VTAX")
        .expect("Egen TAXI")
        .clone();
    json!({
        "trip": trip,
        "offer": egen["key"],
        "passenger": {"firstName": "Karin", "lastName": "Öberg", "phone": "+46 70-123 45 67"},
        "connection": {"number": "SK1415", "otherCode": "GOT", "otherTime": format!("{day}T10:05:00+01:00")},
        "amadeus": "LATE77"
    })
}

#[test]
fn another_profiles_open_attempts_are_reconciled_too() {
    let dir = tempfile::tempdir().unwrap();
    let paths = AppPaths::in_dir(dir.path());
    let late = std::time::Duration::from_millis(300);
    let sandbox = tauri::async_runtime::block_on(desk::Sandbox::start_with(&paths, |config| {
        config.ftbook.knobs.late_segment_commit = Some(late);
    }))
    .expect("the sandbox starts");
    let app = start_desk(Desk::new(paths, Some(sandbox)).expect("the desk opens"));
    let request = egen_taxi_request(&app);
    let unknown = invoke(&app, "book", json!({"request": request})).unwrap_err();
    assert_eq!(unknown["code"], "unknown", "the trip is committed after the reply was lost: {unknown}");
    let attempt = unknown["attempt"].as_i64().expect("the attempt to follow");
    std::thread::sleep(late * 2);

    // The agent switches to the test profile; the sandbox's attempt is still open.
    let desk = tauri::Manager::state::<Desk>(&app._app);
    tauri::async_runtime::block_on(desk.switch(desk::Profile::Test)).expect("switched");
    let others = desk.other_cores_with_open_attempts();
    assert_eq!(others.iter().map(|c| c.profile()).collect::<Vec<_>>(), [desk::Profile::Sandbox]);
    let settled = tauri::async_runtime::block_on(others[0].reconcile_open()).expect("reconciled");
    let mine = settled.iter().find(|a| a.id == attempt).expect("the sandbox's attempt");
    assert_eq!(
        mine.state,
        desk::history::AttemptState::Confirmed,
        "found at the sandbox though another profile is active"
    );
    // Back on the sandbox while that core is alive: the same sandbox, never a second one over
    // the same state files.
    tauri::async_runtime::block_on(desk.switch(desk::Profile::Sandbox)).expect("switched back");
    assert!(std::sync::Arc::ptr_eq(&desk.core(), &others[0]), "one sandbox per data directory");
}

#[test]
fn the_followed_attempt_is_looked_up_with_its_own_profile_after_a_switch() {
    let dir = tempfile::tempdir().unwrap();
    let paths = AppPaths::in_dir(dir.path());
    let late = std::time::Duration::from_millis(300);
    let sandbox = tauri::async_runtime::block_on(desk::Sandbox::start_with(&paths, |config| {
        config.ftbook.knobs.late_segment_commit = Some(late);
    }))
    .expect("the sandbox starts");
    let app = start_desk(Desk::new(paths, Some(sandbox)).expect("the desk opens"));
    let request = egen_taxi_request(&app);
    let unknown = invoke(&app, "book", json!({"request": request})).unwrap_err();
    let attempt = unknown["attempt"].as_i64().expect("the attempt to follow");
    std::thread::sleep(late * 2);
    let desk = tauri::Manager::state::<Desk>(&app._app);
    tauri::async_runtime::block_on(desk.switch(desk::Profile::Test)).expect("switched");

    // The Book screen keeps following its attempt while the test profile is active.
    let reported = invoke(&app, "reconcile", json!({"attempt": attempt})).expect("reconcile is allowed");
    let mine =
        reported.as_array().and_then(|a| a.iter().find(|x| x["id"] == attempt)).cloned().expect("reported");
    assert_eq!(mine["state"], "confirmed", "looked up at the sandbox, its own profile: {mine}");
}

#[test]
fn open_attempts_are_listed_and_one_is_reported_however_it_stands() {
    let dir = tempfile::tempdir().unwrap();
    let app = start(dir.path());
    let core = tauri::Manager::state::<Desk>(&app._app).core();
    let history = core.history();
    let open = history
        .begin_attempt(
            "sandbox",
            desk::history::Supplier::Ftbook,
            desk::history::AttemptKind::Book,
            &json!({"segment": {}}),
            desk::history::Target::default(),
        )
        .expect("journalled");
    let listed = invoke(&app, "open_attempts", json!({})).expect("open_attempts is allowed");
    assert_eq!(listed.as_array().map(Vec::len), Some(1), "{listed}");
    assert_eq!(listed[0]["id"], open);
    history.settle(open, desk::history::AttemptState::Rejected, Some("refused")).expect("settled");
    let reported = invoke(&app, "reconcile", json!({"attempt": open})).expect("reconcile is allowed");
    let mine =
        reported.as_array().and_then(|a| a.iter().find(|x| x["id"] == open)).cloned().expect("reported");
    assert_eq!(mine["state"], "rejected", "the attempt followed is reported though no longer open");
    assert_eq!(invoke(&app, "open_attempts", json!({})).unwrap(), json!([]));
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
    assert!(tbo.as_str().unwrap().contains("cash 15234.75"), "TBO's test shows the agency balance: {tbo}");

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
fn a_bus_service_lists_its_stops_and_prices_a_stop_without_asking_fasttrak() {
    let dir = tempfile::tempdir().unwrap();
    let paths = AppPaths::in_dir(dir.path());
    let sandbox = tauri::async_runtime::block_on(desk::Sandbox::start(&paths)).expect("the sandbox starts");
    let app = start_desk(Desk::new(paths, Some(sandbox)).expect("the desk opens"));
    let at =
        format!("{}T14:00:00+01:00", (chrono::Utc::now() + chrono::Duration::days(2)).format("%Y-%m-%d"));

    let services =
        invoke(&app, "get_services", json!({"code": "arn", "arrival": true, "at": at})).expect("allowed");
    let bus = services.as_array().unwrap().iter().find(|s| s["name"] == "Bus").expect("a bus service");
    assert_eq!(bus["toAddress"], false, "the bus goes to stops, not addresses");
    assert!(bus["description"].as_str().is_some_and(|d| !d.is_empty()));
    let stops = invoke(
        &app,
        "get_service_locations",
        json!({"code": "ARN", "arrival": true, "at": at, "service": "Bus"}),
    )
    .expect("allowed");
    assert!(stops.as_array().unwrap().iter().any(|s| s["code"] == "CTY"), "{stops}");

    let trip = json!({
        "from": {"kind": "terminal", "code": "ARN"}, "to": {"kind": "terminal", "code": "CTY"},
        "when": {"kind": "connection", "at": at, "arrival": true},
        "passengers": 1, "bags": 1, "regularTaxi": false, "service": "Bus"
    });
    let offers = invoke(&app, "get_offers", json!({"trip": trip})).expect("allowed");
    assert_eq!(offers["problems"], json!([]), "FASTTRAK is not asked for a bus stop");
    assert!(offers["offers"].as_array().unwrap().iter().all(|o| o["supplier"] == "ftbook"));
    assert!(offers["offers"].as_array().unwrap().iter().any(|o| o["code"] == "FLYG"), "{offers}");
    let bad =
        invoke(&app, "get_services", json!({"code": "ARN", "arrival": true, "at": "tomorrow"})).unwrap_err();
    assert_eq!(bad["field"], "book.time");
}

#[test]
fn more_places_come_on_demand() {
    let dir = tempfile::tempdir().unwrap();
    let paths = AppPaths::in_dir(dir.path());
    let sandbox = tauri::async_runtime::block_on(desk::Sandbox::start(&paths)).expect("the sandbox starts");
    let app = start_desk(Desk::new(paths, Some(sandbox)).expect("the desk opens"));
    let first = invoke(&app, "search_places", json!({"text": "S"})).expect("allowed");
    assert_eq!(
        first["more"],
        true,
        "one letter matches more than a page: {}",
        first["hits"].as_array().unwrap().len()
    );
    let offset = first["nextOffset"].as_u64().expect("where the next page starts");
    let second = invoke(&app, "search_places", json!({"text": "S", "offset": offset})).expect("allowed");
    assert_ne!(first["hits"][0], second["hits"][0], "the next page holds other places");
}
