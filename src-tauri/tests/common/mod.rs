//! Running the shell on Tauri's mock runtime and calling its commands as the web view does.
#![allow(dead_code)] // each test file uses its own subset

use std::path::Path;

use desk::AppPaths;
use serde_json::{Value, json};
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{INVOKE_KEY, MockRuntime, get_ipc_response, mock_builder};
use tauri::webview::InvokeRequest;
use tauri::{App, WebviewWindow, WebviewWindowBuilder};
use transfer_desk_lib::Desk;

pub struct Running {
    pub _app: App<MockRuntime>,
    pub window: WebviewWindow<MockRuntime>,
}

/// Starts the app as the binary does, on files under `dir`.
pub fn start(dir: &Path) -> Running {
    start_desk(Desk::new(AppPaths::in_dir(dir), None).expect("the desk opens"))
}

/// Starts the app around a given desk (to give it a running sandbox).
pub fn start_desk(desk: Desk) -> Running {
    let app = transfer_desk_lib::app_builder(mock_builder(), desk)
        .build(transfer_desk_lib::context())
        .expect("the app builds on the mock runtime");
    let window = WebviewWindowBuilder::new(&app, "main", Default::default()).build().expect("main window");
    Running { _app: app, window }
}

/// Calls a command as the web view does.
pub fn invoke(running: &Running, cmd: &str, args: Value) -> Result<Value, Value> {
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

/// An Egen TAXI booking request for Drottningholmsvägen 37 to Arlanda in three days, from the
/// offers the app gets.
pub fn egen_taxi_request(app: &Running) -> Value {
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
        "offer": egen["id"],
        "passenger": {"firstName": "Karin", "lastName": "Öberg", "phone": "+46 70-123 45 67"},
        "connection": {"number": "SK1415", "otherCode": "GOT", "otherTime": format!("{day}T10:05:00+01:00")},
        "amadeus": "LATE77"
    })
}
