//! Counters at `/_sandbox/stats`, so tests (and curious trainers) can see how many calls each
//! endpoint got and how many times a client logged in, refreshed or authenticated. A client that
//! manages its tokens well shows one login for many calls.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};

use axum::Json;
use axum::extract::{MatchedPath, Request, State};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use serde_json::json;

/// Where the counters are served.
pub const PATH: &str = "/_sandbox/stats";

/// The sandbox's counters, shared by all its simulated suppliers.
#[derive(Debug, Default)]
pub struct Stats {
    calls: Mutex<BTreeMap<String, u64>>,
    /// FASTTRAK logins (web-service user and partner), refreshes excluded.
    pub fasttrak_logins: AtomicU64,
    /// FASTTRAK refreshes.
    pub fasttrak_refreshes: AtomicU64,
    /// TBO authentications.
    pub tbo_authentications: AtomicU64,
    /// Faults injected into changes ([`crate::chaos`]), FTBook's and FASTTRAK's.
    pub faults_injected: Arc<AtomicU64>,
}

impl Stats {
    /// Adds one to a counter.
    pub fn bump(counter: &AtomicU64) {
        counter.fetch_add(1, Ordering::Relaxed);
    }

    fn count_call(&self, endpoint: String) {
        let mut calls = self.calls.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        *calls.entry(endpoint).or_default() += 1;
    }

    /// The counters as JSON: `{"calls": {"GET /ftbook/rest/v1/service": 3, ...},
    /// "fasttrak": {"logins": 1, "refreshes": 0}, "tbo": {"authentications": 1}}`.
    pub fn snapshot(&self) -> serde_json::Value {
        let calls = self.calls.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).clone();
        json!({
            "calls": calls,
            "fasttrak": {
                "logins": self.fasttrak_logins.load(Ordering::Relaxed),
                "refreshes": self.fasttrak_refreshes.load(Ordering::Relaxed),
            },
            "tbo": { "authentications": self.tbo_authentications.load(Ordering::Relaxed) },
            "faultsInjected": self.faults_injected.load(Ordering::Relaxed),
        })
    }
}

/// Counts a call by its method and route (`POST /fasttrak/api/quote-packages`).
pub async fn count(State(stats): State<Arc<Stats>>, request: Request, next: Next) -> Response {
    let route = request
        .extensions()
        .get::<MatchedPath>()
        .map_or_else(|| request.uri().path().to_owned(), |path| path.as_str().to_owned());
    stats.count_call(format!("{} {route}", request.method()));
    next.run(request).await
}

/// `GET /_sandbox/stats`.
pub async fn serve(State(stats): State<Arc<Stats>>) -> Response {
    Json(stats.snapshot()).into_response()
}
