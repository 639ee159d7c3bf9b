//! Booking, the history and open attempts through real IPC on Tauri's mock runtime.

mod common;
use desk::AppPaths;
use serde_json::json;
use transfer_desk_lib::Desk;

use common::{egen_taxi_request, invoke, start, start_desk};

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
        "offer": egen["id"],
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

/// Waits until the sandbox has committed the trip whose reply it dropped (a late commit runs on
/// its own task; on a busy machine it may take longer than its delay).
fn late_commit_landed(dir: &std::path::Path) {
    let file = dir.join(desk::sandbox::FTBOOK_STATE_FILE);
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    while !std::fs::read_to_string(&file).is_ok_and(|state| state.contains("\"ftresid\"")) {
        assert!(std::time::Instant::now() < deadline, "the sandbox never committed the trip");
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
}

/// Egen TAXI booked on a sandbox that commits the trip 300 ms after dropping the reply: the
/// data directory, the app, and the booking's error, once the trip has landed.
fn booked_with_a_late_commit() -> (tempfile::TempDir, common::Running, serde_json::Value) {
    let dir = tempfile::tempdir().expect("a directory");
    let paths = AppPaths::in_dir(dir.path());
    let late = std::time::Duration::from_millis(300);
    let sandbox = tauri::async_runtime::block_on(desk::Sandbox::start_with(&paths, |config| {
        config.ftbook.knobs.late_segment_commit = Some(late);
    }))
    .expect("the sandbox starts");
    let app = start_desk(Desk::new(paths, Some(sandbox)).expect("the desk opens"));
    let request = egen_taxi_request(&app);
    let unknown = invoke(&app, "book", json!({"request": request})).expect_err("the reply is lost");
    late_commit_landed(dir.path());
    (dir, app, unknown)
}

#[test]
fn another_profiles_open_attempts_are_reconciled_too() {
    let (_dir, app, unknown) = booked_with_a_late_commit();
    assert_eq!(unknown["code"], "unknown", "the trip is committed after the reply was lost: {unknown}");
    let attempt = unknown["attempt"].as_i64().expect("the attempt to follow");

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
    let (_dir, app, unknown) = booked_with_a_late_commit();
    let attempt = unknown["attempt"].as_i64().expect("the attempt to follow");
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

#[test]
fn an_offer_the_core_never_gave_books_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let paths = AppPaths::in_dir(dir.path());
    let sandbox = tauri::async_runtime::block_on(desk::Sandbox::start(&paths)).expect("the sandbox starts");
    let app = start_desk(Desk::new(paths, Some(sandbox)).expect("the desk opens"));
    let mut request = egen_taxi_request(&app);
    assert!(
        request["offer"].as_str().is_some_and(|id| id.starts_with("offer-")),
        "the web view holds an offer's id, not what it is booked with: {}",
        request["offer"]
    );
    // The web view cannot hand the core a product of its own making.
    request["offer"] = json!({"supplier": "ftbook", "availability": {"product": {"code": "VTAX"}}});
    let refused = invoke(&app, "book", json!({"request": request})).unwrap_err();
    assert!(refused.to_string().contains("expected a string"), "refused before the core: {refused}");
    request["offer"] = json!("offer-0-1");
    let refused = invoke(&app, "book", json!({"request": request})).unwrap_err();
    assert_eq!(refused["field"], "offer", "an id this core never gave: {refused}");
    let open = invoke(&app, "open_attempts", json!({})).expect("allowed");
    assert_eq!(open, json!([]), "nothing was journalled, nothing sent");
}
