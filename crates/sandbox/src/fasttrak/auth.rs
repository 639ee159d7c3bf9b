//! Logins, refreshes and the bearer check.
//!
//! A login opens a session with a refresh token; the refresh (the login call with
//! `refreshToken` set, as the client assumes) issues a new access token from it until the
//! session limit, after which only a new login helps. Sessions live in memory: a restarted
//! sandbox refuses old tokens, as a real operator would after rotating its key.

use std::collections::HashMap;
use std::collections::hash_map::RandomState;
use std::hash::{BuildHasher, Hasher};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use axum::Json;
use axum::extract::{Request, State};
use axum::http::{StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};

use super::jwt::{self, Claims};
use super::{App, Envelope, SYSTEM_ID};
use crate::stats::Stats;

/// A login session.
#[derive(Debug, Clone)]
pub struct Session {
    user: String,
    refresh_token: String,
    /// When refreshing stops working (ms since 1970).
    limit_ms: i64,
}

/// Sessions by id (`jti`), and their ids by refresh token.
#[derive(Debug, Default)]
pub struct Sessions {
    by_id: HashMap<String, Session>,
    by_refresh: HashMap<String, String>,
    next: u64,
}

/// Random bytes from the standard library's randomly seeded hasher: enough for a sandbox's
/// signing key and opaque tokens, without another dependency.
fn random_u64() -> u64 {
    let mut hasher = RandomState::new().build_hasher();
    hasher.write_u128(SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_nanos()));
    hasher.finish()
}

/// A new signing key, different in every run.
pub fn signing_key() -> [u8; 32] {
    let mut key = [0u8; 32];
    for chunk in key.chunks_mut(8) {
        chunk.copy_from_slice(&random_u64().to_le_bytes());
    }
    key
}

fn now_ms() -> i64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_millis() as i64)
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LoginBody {
    #[serde(default)]
    system_id: String,
    #[serde(default)]
    username: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    refresh_token: String,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct Token {
    id: String,
    access_token: String,
    refresh_token: String,
    access_token_expiration_seconds: u64,
    /// Misspelt as in the real API.
    #[serde(rename = "refreshTokenExpiratinSeconds")]
    refresh_token_expiratin_seconds: u64,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct LoginItem {
    token: Option<Token>,
    is_expired: bool,
    is_locked: bool,
    #[serde(rename = "lockedUntilDateUTC")]
    locked_until_date_utc: Option<String>,
    is_multi_company_enabled: bool,
}

impl LoginItem {
    fn refused() -> Self {
        LoginItem {
            token: None,
            is_expired: false,
            is_locked: false,
            locked_until_date_utc: None,
            is_multi_company_enabled: false,
        }
    }
}

fn login_reply(item: LoginItem, failure: Option<&str>) -> Response {
    let body = Envelope {
        item: Some(item),
        items: None,
        status: if failure.is_some() { "FAILURE" } else { "SUCCESS" },
        message: failure.map(str::to_owned),
        includes_operational_message: false,
    };
    Json(body).into_response()
}

/// `POST authentication/web-service-user` and `authentication/partner`.
pub async fn login(State(app): State<App>, Json(body): Json<LoginBody>) -> Response {
    if body.system_id != SYSTEM_ID {
        return login_reply(LoginItem::refused(), Some("Unknown systemId"));
    }
    if !body.refresh_token.is_empty() {
        return refresh(&app, &body.refresh_token);
    }
    let config = &app.config;
    match (body.username.as_str(), body.password == config.password) {
        ("locked", true) => {
            let until = chrono::Utc::now() + chrono::TimeDelta::hours(1);
            let item = LoginItem {
                is_locked: true,
                locked_until_date_utc: Some(until.format("%Y-%m-%dT%H:%M:%S").to_string()),
                ..LoginItem::refused()
            };
            login_reply(item, Some("The account is locked"))
        }
        ("expired", true) => login_reply(
            LoginItem { is_expired: true, ..LoginItem::refused() },
            Some("The password has expired"),
        ),
        (user, true) if user == config.username => {
            let mut sessions = app.sessions.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
            sessions.next += 1;
            let id = format!("s{}-{:x}", sessions.next, random_u64());
            let refresh_token = format!("{:016x}{:016x}", random_u64(), random_u64());
            let limit_ms = now_ms() + app.config.session_limit.as_millis() as i64;
            let session = Session { user: user.to_owned(), refresh_token: refresh_token.clone(), limit_ms };
            sessions.by_refresh.insert(refresh_token, id.clone());
            sessions.by_id.insert(id.clone(), session.clone());
            drop(sessions);
            Stats::bump(&app.stats.fasttrak_logins);
            login_reply(issue(&app, &id, &session), None)
        }
        _ => login_reply(LoginItem::refused(), Some("Invalid username or password")),
    }
}

fn refresh(app: &App, refresh_token: &str) -> Response {
    let mut sessions = app.sessions.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    let Some(id) = sessions.by_refresh.get(refresh_token).cloned() else {
        return login_reply(LoginItem::refused(), Some("Invalid refresh token"));
    };
    let Some(session) = sessions.by_id.get(&id).cloned() else {
        return login_reply(LoginItem::refused(), Some("Invalid refresh token"));
    };
    if now_ms() >= session.limit_ms {
        sessions.by_refresh.remove(refresh_token);
        sessions.by_id.remove(&id);
        return login_reply(LoginItem::refused(), Some("The refresh token has expired; log in again"));
    }
    drop(sessions);
    Stats::bump(&app.stats.fasttrak_refreshes);
    login_reply(issue(app, &id, &session), None)
}

/// A new access token for a session: the configured lifetime, never past the session's limit.
fn issue(app: &App, id: &str, session: &Session) -> LoginItem {
    let now = now_ms();
    let exp_ms = (now + app.config.access_lifetime.as_millis() as i64).min(session.limit_ms);
    let claims = Claims {
        sub: session.user.clone(),
        sid: SYSTEM_ID.into(),
        jti: id.into(),
        iat: now / 1000,
        exp: (exp_ms + 999) / 1000,
        exp_ms,
    };
    let seconds = |ms: i64| Duration::from_millis(ms.max(0) as u64).as_secs();
    LoginItem {
        token: Some(Token {
            id: id.into(),
            access_token: jwt::sign(&claims, app.key.as_ref()),
            refresh_token: session.refresh_token.clone(),
            access_token_expiration_seconds: seconds(exp_ms - now),
            refresh_token_expiratin_seconds: seconds(session.limit_ms - now),
        }),
        ..LoginItem::refused()
    }
}

/// Lets a call through only with a valid, unexpired token of a live session for this system.
pub async fn bearer(State(app): State<App>, request: Request, next: Next) -> Response {
    let token = request
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.strip_prefix("Bearer ").or_else(|| value.strip_prefix("bearer ")))
        .map(str::trim);
    let valid = token.and_then(|token| jwt::verify(token, app.key.as_ref())).is_some_and(|claims| {
        let live = app
            .sessions
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .by_id
            .contains_key(&claims.jti);
        live && claims.sid == SYSTEM_ID && claims.exp_ms > now_ms()
    });
    if valid { next.run(request).await } else { StatusCode::UNAUTHORIZED.into_response() }
}
