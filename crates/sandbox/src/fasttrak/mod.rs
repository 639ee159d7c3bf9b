//! The FASTTRAK Partner API sandbox under `/fasttrak/api/`: the three required headers and their
//! documented 400s, real signed JWTs that expire, refresh up to the session limit, a grant table
//! per endpoint, a quote engine for Swedish trips, and reservations that can be looked up and
//! cancelled.
//!
//! Where the public documentation is silent (quote packages, partner login, refresh,
//! cancellation) it follows the shapes `suppliers.md` assumes, as the client does.

mod auth;
mod engine;
mod handlers;
mod jwt;
mod store;

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::extract::{Request, State};
use axum::http::StatusCode;
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use serde_json::json;
use tokio::sync::Mutex;

use crate::stats::Stats;

/// Where the API is mounted.
pub const PREFIX: &str = "/fasttrak/api";
/// The sandbox's partner access keys (primary, secondary).
pub const ACCESS_KEYS: [&str; 2] = ["sandbox-partner-key-primary", "sandbox-partner-key-secondary"];
/// The sandbox operator's database (`System-Id`).
pub const SYSTEM_ID: &str = "5e0c6a3b-7f1d-4c2a-9b8e-3d4f5a6b7c8d";
/// A sandbox control (not part of the API): ends every session, as an operator revoking access
/// or rotating its signing key would. The next call with an old token gets 401.
pub const REVOKE_PATH: &str = "/_sandbox/fasttrak/revoke";
/// The only API version.
pub const API_VERSION: &str = "v2.2";

/// Which lists the operator has opened to partners.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Grants {
    /// `/api/companies`.
    pub companies: bool,
    /// `/api/customers`.
    pub customers: bool,
    /// `/api/employees`.
    pub employees: bool,
    /// `/api/vehicles`.
    pub vehicles: bool,
}

impl Default for Grants {
    /// Like many operators: quotes, reservations, employees and vehicles, but no customer or
    /// company profiles.
    fn default() -> Self {
        Grants { companies: false, customers: false, employees: true, vehicles: true }
    }
}

/// How the FASTTRAK sandbox behaves.
#[derive(Debug, Clone)]
pub struct Config {
    /// The web-service user (`agent`).
    pub username: String,
    /// Its password (`sandbox`).
    pub password: String,
    /// How long an access token lasts (30 minutes, as documented).
    pub access_lifetime: Duration,
    /// How long one login may be extended by refreshing (12 hours, as documented).
    pub session_limit: Duration,
    /// Which lists are granted.
    pub grants: Grants,
    /// Added to every reply but the login's.
    pub latency: Duration,
    /// Where packages and reservations are kept between runs; `None` keeps them in memory.
    pub state_file: Option<PathBuf>,
    /// The partner access keys the gateway takes ([`ACCESS_KEYS`]; tests plant their own).
    pub access_keys: Vec<String>,
    /// A booked quote is committed and then the connection is dropped before the reply.
    pub drop_after_commit: bool,
    /// The operator keeps passenger names in capitals (`KARIN ÖBERG`), as some do.
    pub upper_case_names: bool,
    /// Reservation searches answer an empty list whatever the operator holds, as a read side
    /// that lags: an empty search proves nothing.
    pub empty_look_ups: bool,
    /// Faults injected into bookings and cancellations at random (a late commit is a lost
    /// reply here), and empty searches shortly after a change.
    pub chaos: Option<crate::chaos::Chaos>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            username: "agent".into(),
            password: "sandbox".into(),
            access_lifetime: Duration::from_secs(30 * 60),
            session_limit: Duration::from_secs(12 * 60 * 60),
            grants: Grants::default(),
            latency: Duration::ZERO,
            state_file: None,
            access_keys: ACCESS_KEYS.iter().map(|key| (*key).to_owned()).collect(),
            drop_after_commit: false,
            upper_case_names: false,
            empty_look_ups: false,
            chaos: None,
        }
    }
}

#[derive(Clone)]
struct App {
    config: Arc<Config>,
    stats: Arc<Stats>,
    sessions: Arc<std::sync::Mutex<auth::Sessions>>,
    store: Arc<Mutex<store::Store>>,
    key: Arc<[u8; 32]>,
    dice: crate::chaos::Dice,
}

/// The FASTTRAK router, with its state opened from `config.state_file`.
pub fn router(config: Config, stats: Arc<Stats>) -> anyhow::Result<Router> {
    let store = store::Store::open(config.state_file.as_deref())?;
    let dice = crate::chaos::Dice::counting(config.chaos, stats.faults_injected.clone());
    let app = App {
        config: Arc::new(config),
        stats,
        sessions: Arc::default(),
        store: Arc::new(Mutex::new(store)),
        key: Arc::new(auth::signing_key()),
        dice,
    };
    let login = Router::new()
        .route("/authentication/web-service-user", post(auth::login))
        .route("/authentication/partner", post(auth::login));
    let api = Router::new()
        .route("/quote-packages", post(handlers::request_quotes))
        .route("/quote-packages/{id}/book", post(handlers::book_quote))
        .route("/reservations/search", post(handlers::search))
        .route("/reservations/search-advanced", post(handlers::search))
        .route("/reservations/new-customer", post(handlers::new_customer))
        .route("/reservations/{id}", get(handlers::reservation))
        .route("/reservations/{id}/cancel", post(handlers::cancel))
        .route("/companies", get(handlers::companies))
        .route("/customers", get(handlers::customers))
        .route("/employees", get(handlers::employees))
        .route("/vehicles", get(handlers::vehicles))
        .layer(middleware::from_fn_with_state(app.clone(), latency))
        .layer(middleware::from_fn_with_state(app.clone(), auth::bearer));
    let all = login
        .merge(api)
        .layer(middleware::from_fn_with_state(app.clone(), required_headers))
        .with_state(app.clone());
    let control = Router::new().route(REVOKE_PATH, post(revoke)).with_state(app);
    Ok(Router::new().nest(PREFIX, all).merge(control))
}

async fn revoke(State(app): State<App>) -> StatusCode {
    *app.sessions.lock().unwrap_or_else(|poisoned| poisoned.into_inner()) = auth::Sessions::default();
    StatusCode::NO_CONTENT
}

/// The gateway's checks, in the gateway's order: key, version, system.
async fn required_headers(State(app): State<App>, request: Request, next: Next) -> Response {
    match header_problem(request.headers(), &app.config.access_keys) {
        Some(message) => gateway_error(message),
        None => next.run(request).await,
    }
}

/// What the gateway says about a request's headers, if anything.
fn header_problem(headers: &axum::http::HeaderMap, keys: &[String]) -> Option<&'static str> {
    let header = |name: &str| headers.get(name).and_then(|v| v.to_str().ok()).map(str::trim);
    if !header("Partner-Access-Key").is_some_and(|key| keys.iter().any(|k| k == key)) {
        Some("API Gateway Not Authorized")
    } else if header("Partner-Api-Version").is_none_or(str::is_empty) {
        Some("Missing Required Header: Partner-Api-Version")
    } else if header("Partner-Api-Version") != Some(API_VERSION) {
        Some("Unsupported Partner-Api-Version")
    } else if header("System-Id") != Some(SYSTEM_ID) {
        Some("Missing Required Header: System-Id")
    } else {
        None
    }
}

/// A gateway refusal, as an API gateway writes it.
fn gateway_error(message: &str) -> Response {
    (StatusCode::BAD_REQUEST, axum::Json(json!({ "statusCode": 400, "message": message }))).into_response()
}

async fn latency(State(app): State<App>, request: Request, next: Next) -> Response {
    if !app.config.latency.is_zero() {
        tokio::time::sleep(app.config.latency).await;
    }
    next.run(request).await
}

/// The reply envelope. Serialised straight from typed values (never through `serde_json::Value`,
/// which would turn amounts into `f64`).
#[derive(serde::Serialize)]
#[serde(rename_all = "camelCase")]
struct Envelope<T: serde::Serialize> {
    item: Option<T>,
    items: Option<Vec<T>>,
    status: &'static str,
    message: Option<String>,
    includes_operational_message: bool,
}

/// A successful reply with one item.
fn item<T: serde::Serialize>(value: T) -> Response {
    let body = Envelope {
        item: Some(value),
        items: None,
        status: "SUCCESS",
        message: None,
        includes_operational_message: false,
    };
    axum::Json(body).into_response()
}

/// A successful reply with a list.
fn items<T: serde::Serialize>(values: Vec<T>) -> Response {
    let body = Envelope {
        item: None,
        items: Some(values),
        status: "SUCCESS",
        message: None,
        includes_operational_message: false,
    };
    axum::Json(body).into_response()
}

/// A refusal: `"FAILURE"` with the operator's message, HTTP 200 as the real API does.
fn failure(message: impl Into<String>) -> Response {
    failure_with(StatusCode::OK, message)
}

fn failure_with(status: StatusCode, message: impl Into<String>) -> Response {
    let body = Envelope::<()> {
        item: None,
        items: None,
        status: "FAILURE",
        message: Some(message.into()),
        includes_operational_message: false,
    };
    (status, axum::Json(body)).into_response()
}
