//! The TBO SharedData sandbox under `/tbo/SharedData.svc/rest/`: `Authenticate` with accounts
//! that produce every documented `Status`, tokens bound to the supplier's day, `Logout` and
//! `GetAgencyBalance`.
//!
//! The day rules are the seed's: a token of day D may start new work until 00:02 of day D+1;
//! `GetAgencyBalance` is new work, so a token of a past day is refused for it after 00:02 with
//! `ErrorCode` 6. Work already under way may finish with its token: `Logout`, which ends it, takes
//! any token the sandbox issued. The clock is injectable, so tests can cross midnight.

use std::collections::HashMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use axum::Router;
use axum::extract::{Json, State};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use tokio::sync::Mutex;

use crate::number;
use crate::stats::Stats;

/// Where the API is mounted.
pub const PREFIX: &str = "/tbo/SharedData.svc/rest";
/// The staging `ClientId` the seed names.
pub const CLIENT_ID: &str = "ApiIntegrationNew";
/// `ErrorCode` for a token that is unknown or whose day is over.
pub const INVALID_TOKEN: i64 = 6;

/// The time source of the TBO sandbox.
pub type Clock = Arc<dyn Fn() -> DateTime<Utc> + Send + Sync>;

/// How the TBO sandbox behaves.
#[derive(Clone)]
pub struct Config {
    /// Where it reads the time.
    pub clock: Clock,
    /// The supplier's time zone (India, `Asia/Kolkata`).
    pub zone: chrono_tz::Tz,
    /// The password of every sandbox account (`sandbox`).
    pub password: String,
    /// Put before every token issued (empty; tests plant a sentinel to look for).
    pub token_prefix: String,
}

impl std::fmt::Debug for Config {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Config").field("zone", &self.zone).finish_non_exhaustive()
    }
}

impl Default for Config {
    fn default() -> Self {
        Config {
            clock: Arc::new(Utc::now),
            zone: chrono_tz::Asia::Kolkata,
            password: "sandbox".into(),
            token_prefix: String::new(),
        }
    }
}

/// A member of the sandbox agency.
struct Account {
    login: &'static str,
    first: &'static str,
    last: &'static str,
    member_id: i64,
}

const AGENCY_ID: i64 = 51_234;
const ACCOUNTS: [Account; 3] = [
    Account { login: "agent", first: "Anna", last: "Lindqvist", member_id: 60_211 },
    // Password expired: Status 5.
    Account { login: "expired", first: "Per", last: "Nyström", member_id: 60_212 },
    // Registration not completed: Status 0 (NotSet).
    Account { login: "pending", first: "Sara", last: "Holm", member_id: 60_213 },
];

#[derive(Clone)]
struct App {
    config: Arc<Config>,
    stats: Arc<Stats>,
    tokens: Arc<Mutex<HashMap<String, Issued>>>,
    serial: Arc<AtomicU64>,
}

#[derive(Debug, Clone, Copy)]
struct Issued {
    day: NaiveDate,
    member_id: i64,
}

/// The TBO router.
pub fn router(config: Config, stats: Arc<Stats>) -> Router {
    let app = App { config: Arc::new(config), stats, tokens: Arc::default(), serial: Arc::default() };
    let api = Router::new()
        .route("/Authenticate", post(authenticate))
        .route("/Logout", post(logout))
        .route("/GetAgencyBalance", post(balance))
        .with_state(app);
    Router::new().nest(PREFIX, api)
}

#[derive(Debug, Default, Serialize)]
#[serde(rename_all = "PascalCase")]
struct ErrorInfo {
    error_code: i64,
    error_message: String,
}

fn error(code: i64, message: &str) -> ErrorInfo {
    ErrorInfo { error_code: code, error_message: message.into() }
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase")]
struct AuthenticateBody {
    #[serde(default)]
    client_id: String,
    #[serde(default)]
    user_name: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    end_user_ip: String,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
struct Member {
    first_name: String,
    last_name: String,
    email: String,
    member_id: i64,
    agency_id: i64,
    login_name: String,
    login_details: String,
    #[serde(rename = "isPrimaryAgent")]
    is_primary_agent: bool,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
struct AuthenticateReply {
    status: i64,
    token_id: Option<String>,
    error: ErrorInfo,
    member: Option<Member>,
}

fn refused(status: i64, code: i64, message: &str) -> Response {
    Json(AuthenticateReply { status, token_id: None, error: error(code, message), member: None })
        .into_response()
}

async fn authenticate(State(app): State<App>, Json(body): Json<AuthenticateBody>) -> Response {
    Stats::bump(&app.stats.tbo_authentications);
    if body.client_id != CLIENT_ID {
        return refused(2, 2, "Invalid ClientId");
    }
    if body.end_user_ip.trim().is_empty() {
        return refused(2, 2, "EndUserIp is mandatory");
    }
    let Some(account) = ACCOUNTS.iter().find(|a| a.login.eq_ignore_ascii_case(body.user_name.trim())) else {
        return refused(3, 3, "Invalid UserName");
    };
    if body.password != app.config.password {
        return refused(4, 4, "Invalid Password");
    }
    match account.login {
        "expired" => return refused(5, 5, "Your password has expired"),
        "pending" => return refused(0, 1, "The agency's registration is not complete"),
        _ => {}
    }
    let now = (app.config.clock)();
    let day = now.with_timezone(&app.config.zone).date_naive();
    let serial = app.serial.fetch_add(1, Ordering::Relaxed) + 1;
    let token = format!(
        "{}{:08x}-{serial:04x}-sbx-{day}",
        app.config.token_prefix,
        now.timestamp_millis() as u64 & 0xffff_ffff
    );
    app.tokens.lock().await.insert(token.clone(), Issued { day, member_id: account.member_id });
    let member = Member {
        first_name: account.first.into(),
        last_name: account.last.into(),
        email: format!("{}@resebyra-sandbox.se", account.login),
        member_id: account.member_id,
        agency_id: AGENCY_ID,
        login_name: account.login.into(),
        login_details: format!(
            "Login Success at#{}",
            now.with_timezone(&app.config.zone).format("%d/%m/%Y %H:%M:%S")
        ),
        is_primary_agent: account.login == "agent",
    };
    Json(AuthenticateReply {
        status: 1,
        token_id: Some(token),
        error: ErrorInfo::default(),
        member: Some(member),
    })
    .into_response()
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase")]
struct TokenBody {
    #[serde(default)]
    client_id: String,
    #[serde(default)]
    token_agency_id: i64,
    #[serde(default)]
    token_member_id: i64,
    #[serde(default)]
    token_id: String,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
struct StatusReply {
    status: i64,
    error: ErrorInfo,
}

/// Checks the token of a call; `new_work` applies the 00:02 rule.
async fn check(app: &App, body: &TokenBody, new_work: bool) -> Result<(), ErrorInfo> {
    if body.client_id != CLIENT_ID {
        return Err(error(2, "Invalid ClientId"));
    }
    let Some(issued) = app.tokens.lock().await.get(&body.token_id).copied() else {
        return Err(error(INVALID_TOKEN, "Invalid Token"));
    };
    if body.token_member_id != issued.member_id || body.token_agency_id != AGENCY_ID {
        return Err(error(2, "TokenMemberId or TokenAgencyId does not match the token"));
    }
    let local = (app.config.clock)().with_timezone(&app.config.zone);
    let today = local.date_naive();
    let grace = NaiveTime::from_hms_opt(0, 2, 0).unwrap_or(NaiveTime::MIN);
    let may_start = issued.day == today || (issued.day.succ_opt() == Some(today) && local.time() < grace);
    if new_work && !may_start {
        return Err(error(
            INVALID_TOKEN,
            "Token of a previous day; no new work may start with it after 00:02",
        ));
    }
    Ok(())
}

async fn logout(State(app): State<App>, Json(body): Json<TokenBody>) -> Response {
    match check(&app, &body, false).await {
        Ok(()) => {
            app.tokens.lock().await.remove(&body.token_id);
            Json(StatusReply { status: 1, error: ErrorInfo::default() }).into_response()
        }
        Err(error) => Json(StatusReply { status: 2, error }).into_response(),
    }
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
struct Balance {
    status: i64,
    agency_type: i64,
    #[serde(with = "number")]
    cash_balance: Decimal,
    #[serde(with = "number")]
    credit_balance: Decimal,
    error: ErrorInfo,
}

async fn balance(State(app): State<App>, Json(body): Json<TokenBody>) -> Response {
    let (status, error) = match check(&app, &body, true).await {
        Ok(()) => (1, ErrorInfo::default()),
        Err(error) => (2, error),
    };
    let ok = status == 1;
    Json(Balance {
        status,
        agency_type: if ok { 2 } else { 0 },
        cash_balance: if ok { Decimal::new(1_523_475, 2) } else { Decimal::ZERO },
        credit_balance: if ok { Decimal::new(25_000_010, 2) } else { Decimal::ZERO },
        error,
    })
    .into_response()
}
