//! The FTBook sandbox: FTBook REST API v1 under `/ftbook/rest/v1/`, with Basic auth, faults in
//! either documented shape, state in memory or in a file, and knobs for reliability work.

mod account;
mod availability;
mod bookings;
pub mod catalog;
mod checks;
mod handlers;
mod params;
mod products;
pub mod reply;
mod sabre;
mod segment_rules;
mod segments;
mod services;
mod store;
mod streets;
pub mod trips;
pub mod write_back;

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::AtomicU64;
use std::time::Duration;

use axum::Router;
use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::{StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use base64::Engine;
use serde_json::Value;
use tokio::sync::Mutex;

use self::reply::{FaultShape, Faults, Reply};
pub use self::store::Store;

/// Where the FTBook API is mounted.
pub const PREFIX: &str = "/ftbook/rest/v1";

/// Knobs for reliability work; all off by default.
#[derive(Debug, Clone, Default)]
pub struct Knobs {
    /// Added to every reply.
    pub latency: Duration,
    /// Share of calls (0.0–1.0) answered with an HTML 503 before anything is done.
    pub failure_rate: f64,
    /// Create calls (booking, segment) are committed and then the connection is dropped before
    /// the reply: the client cannot know whether it worked.
    pub drop_after_commit: bool,
    /// Create calls are committed and then answered HTTP 503 with a fault body (500, "Internal
    /// error"), as a service whose front fails after the back end saved the change.
    pub server_error_after_commit: bool,
    /// Creates and cancellations are not carried out and the connection is dropped: the client
    /// cannot know that nothing happened.
    pub drop_before_commit: bool,
    /// Segments are committed this long after the connection was dropped, as a back end that
    /// commits after the client's timeout: a look-up right away finds nothing, a later one does.
    pub late_segment_commit: Option<Duration>,
    /// The segment look-ups (`booking/segments/...`) answer 204 No Content whatever the
    /// booking holds, as a service whose read side lags: an empty look-up proves nothing.
    pub empty_look_ups: bool,
    /// Every kind of fault above, injected into creates and cancellations at random (and empty
    /// look-ups shortly after a change).
    pub chaos: Option<crate::chaos::Chaos>,
}

/// How the FTBook sandbox behaves.
#[derive(Debug, Clone)]
pub struct Config {
    /// Basic-auth user name (`agent`).
    pub username: String,
    /// Basic-auth password (`sandbox`).
    pub password: String,
    /// Which fault shape to write.
    pub fault_shape: FaultShape,
    /// Reliability knobs.
    pub knobs: Knobs,
    /// Where bookings are kept between runs; `None` keeps them in memory.
    pub state_file: Option<PathBuf>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            username: "agent".into(),
            password: "sandbox".into(),
            fault_shape: FaultShape::default(),
            knobs: Knobs::default(),
            state_file: None,
        }
    }
}

#[derive(Clone)]
struct App {
    config: Arc<Config>,
    store: Arc<Mutex<Store>>,
    random: Arc<AtomicU64>,
    dice: crate::chaos::Dice,
}

/// The login of the request, set by the auth layer.
#[derive(Clone)]
struct Login(String);

impl Login {
    /// The agency the login books for.
    fn agency(&self) -> &'static str {
        account::agency_of(&self.0)
    }
}

impl App {
    fn reply(&self, reply: Reply) -> Response {
        reply.into_response(self.config.fault_shape)
    }

    /// Writes the state file; a failure is logged and answered as FTBook's 500.
    fn saved(&self, store: &Store) -> bool {
        match store.save() {
            Ok(()) => true,
            Err(error) => {
                tracing::error!(%error, "the sandbox could not save its state");
                false
            }
        }
    }

    fn internal_error(&self) -> Response {
        self.reply(Faults::one(500, "Internal error").into())
    }

    /// 503 with a fault body: the front failed after the back end saved the change.
    fn server_error(&self) -> Response {
        let mut response = self.internal_error();
        *response.status_mut() = StatusCode::SERVICE_UNAVAILABLE;
        response
    }

    /// Runs a change on the store, keeps the state file in step, and answers with its reply;
    /// the knobs and the chaos dice may lose it, or not carry it out.
    async fn change(&self, change: impl FnOnce(&mut Store) -> Reply) -> Response {
        use crate::chaos::Fault;
        let fault = self.dice.fault();
        if self.config.knobs.drop_before_commit || fault == Some(Fault::DropBeforeCommit) {
            return dropped();
        }
        let mut store = self.store.lock().await;
        let reply = change(&mut store);
        self.dice.changed();
        if !self.saved(&store) {
            return self.internal_error();
        }
        match fault {
            Some(Fault::DropAfterCommit | Fault::LateCommit) => dropped(),
            Some(Fault::ServerErrorAfterCommit) => self.server_error(),
            _ => self.reply(reply),
        }
    }

    /// Runs a create. Once it is committed and saved, the `drop_after_commit` knob loses the
    /// reply; `late` (or the dice) commits it only after the connection was dropped.
    async fn create(
        &self,
        late: Option<Duration>,
        create: impl FnOnce(&mut Store) -> Result<Value, Faults> + Send + 'static,
    ) -> Response {
        use crate::chaos::Fault;
        let fault = self.dice.fault();
        if self.config.knobs.drop_before_commit || fault == Some(Fault::DropBeforeCommit) {
            return dropped();
        }
        let late = late.or_else(|| (fault == Some(Fault::LateCommit)).then(|| self.dice.late()));
        if let Some(delay) = late {
            let app = self.clone();
            tokio::spawn(async move {
                tokio::time::sleep(delay).await;
                let mut store = app.store.lock().await;
                if create(&mut store).is_ok() {
                    app.dice.changed();
                    app.saved(&store);
                }
            });
            return dropped();
        }
        let mut store = self.store.lock().await;
        let created = create(&mut store);
        if created.is_ok() {
            self.dice.changed();
        }
        match created {
            Ok(_) if !self.saved(&store) => self.internal_error(),
            Ok(_) if self.config.knobs.drop_after_commit || fault == Some(Fault::DropAfterCommit) => {
                dropped()
            }
            Ok(_)
                if self.config.knobs.server_error_after_commit
                    || fault == Some(Fault::ServerErrorAfterCommit) =>
            {
                self.server_error()
            }
            Ok(created) => self.reply(Reply::Json(created)),
            Err(faults) => self.reply(faults.into()),
        }
    }

    /// Whether a look-up is answered 204 regardless (the knob, or the dice shortly after a
    /// change).
    fn look_up_misses(&self) -> bool {
        self.config.knobs.empty_look_ups || self.dice.stale_look_up()
    }

    /// A number in 0.0..1.0, for the failure rate.
    fn chance(&self) -> f64 {
        crate::chaos::roll(&self.random)
    }
}

/// The FTBook router, with its state opened from `config.state_file`.
pub fn router(config: Config, stats: Arc<crate::stats::Stats>) -> anyhow::Result<Router> {
    let store = match &config.state_file {
        Some(file) => Store::open(file)?,
        None => Store::in_memory(),
    };
    let dice = crate::chaos::Dice::counting(config.knobs.chaos, stats.faults_injected.clone());
    let app = App {
        config: Arc::new(config),
        store: Arc::new(Mutex::new(store)),
        random: Arc::new(AtomicU64::new(0x2545_f491_4f6c_dd1d)),
        dice,
    };
    let api = Router::new()
        .route("/service", get(handlers::services))
        .route("/servicelocation", get(handlers::service_locations))
        .route("/serviceavailability", get(handlers::service_availability))
        .route("/street", get(handlers::streets))
        .route("/availability", get(handlers::availability))
        .route("/booking", post(handlers::create_booking))
        .route("/booking/complete", post(handlers::complete))
        .route("/booking/{reference}", get(handlers::booking).delete(handlers::cancel_booking))
        .route("/booking/{kind}/{locator}", get(handlers::booking_by_locator))
        .route(
            "/booking/segment/{id}",
            get(handlers::segment).post(handlers::create_segment).delete(handlers::cancel_segment),
        )
        .route("/booking/segment/reference/{kind}/{value}", get(handlers::segment_by_reference))
        .route("/booking/segments/{reference}", get(handlers::segments))
        .route("/booking/segments/{kind}/{locator}", get(handlers::segments_by_locator))
        .route("/profile/trips/{src}/{id}", get(handlers::profile_trips))
        .route("/account/request", post(handlers::request_account))
        .route("/account/authenticate", get(handlers::authenticate))
        .route("/decode/sabre/pnr", post(handlers::decode_sabre))
        .layer(middleware::from_fn_with_state(app.clone(), knobs))
        .layer(middleware::from_fn_with_state(app.clone(), basic_auth))
        .with_state(app.clone());
    let pages = Router::new().route(write_back::PATH, get(handlers::write_back)).with_state(app);
    Ok(Router::new().nest(PREFIX, api).merge(pages))
}

async fn basic_auth(State(app): State<App>, mut request: Request, next: Next) -> Response {
    let login = request
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.strip_prefix("Basic "))
        .and_then(|encoded| base64::engine::general_purpose::STANDARD.decode(encoded.trim()).ok())
        .and_then(|bytes| String::from_utf8(bytes).ok())
        .and_then(|pair| pair.split_once(':').map(|(u, p)| (u.to_owned(), p.to_owned())));
    match login {
        Some((user, password))
            if password == app.config.password
                && [app.config.username.as_str(), account::LOCKED_LOGIN, account::PARTNER_LOGIN]
                    .contains(&user.as_str()) =>
        {
            request.extensions_mut().insert(Login(user));
            next.run(request).await
        }
        _ => {
            (StatusCode::UNAUTHORIZED, [(header::WWW_AUTHENTICATE, "Basic realm=\"FTBook\"")], "Unauthorized")
                .into_response()
        }
    }
}

async fn knobs(State(app): State<App>, request: Request, next: Next) -> Response {
    let knobs = &app.config.knobs;
    if !knobs.latency.is_zero() {
        tokio::time::sleep(knobs.latency).await;
    }
    if knobs.failure_rate > 0.0 && app.chance() < knobs.failure_rate {
        return (
            StatusCode::SERVICE_UNAVAILABLE,
            [(header::CONTENT_TYPE, "text/html")],
            "<html><body><h1>503 Service Unavailable</h1></body></html>",
        )
            .into_response();
    }
    next.run(request).await
}

/// A reply whose connection breaks after the status line: the client sees no complete answer.
pub(crate) fn dropped() -> Response {
    let broken = futures_util::stream::once(async {
        Err::<Bytes, std::io::Error>(std::io::Error::other("dropped by the sandbox"))
    });
    Response::builder()
        .status(StatusCode::OK)
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from_stream(broken))
        .unwrap_or_else(|_| StatusCode::INTERNAL_SERVER_ERROR.into_response())
}
