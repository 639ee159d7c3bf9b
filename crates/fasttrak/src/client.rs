//! One method per FASTTRAK call, each through the session ([`crate::session`]).
//!
//! Nothing here retries, with one exception the documentation implies: a call refused with 401
//! gets one fresh token and is sent once more (a 401 means it was not processed). Whether a
//! booking may be sent again after no reply is the desk's decision, after a look-up.

use std::sync::Arc;
use std::time::Instant;

use chrono::NaiveDate;
use reqwest::{Method, Url};
use secrecy::{ExposeSecret, SecretString};
use serde::Serialize;
use serde::de::DeserializeOwned;
use tokio::sync::Mutex;

use crate::config::{API_VERSION, Config};
use crate::envelope::{self, Envelope};
use crate::error::{Endpoint, Error, NotSent, Result};
use crate::model::{
    Company, Customer, Employee, NewCustomerReservation, Reservation, ReservationSearch, Vehicle,
};
use crate::quote::{self, BookQuote, QuotePackage, QuoteRequest};
use crate::session::{LoginReply, LoginRequest, State, Step, next_step};

/// A client for one operator's database. Cheap to clone; clones share the connection pool and
/// the session, so the whole app makes one login.
#[derive(Clone)]
pub struct Client {
    http: reqwest::Client,
    base: Url,
    config: Arc<Config>,
    session: Arc<Mutex<State>>,
}

impl std::fmt::Debug for Client {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Client")
            .field("base", &self.base.as_str())
            .field("system_id", &self.config.system_id)
            .finish()
    }
}

/// A token handed to one call, with the generation that lets a 401 expire exactly it.
struct Bearer {
    token: SecretString,
    generation: u64,
}

impl Client {
    /// Builds a client; fails when the base URL cannot take paths or TLS cannot be set up.
    pub fn new(config: Config) -> Result<Self> {
        let (base, http) = reply::connection(
            config.base_url.clone(),
            config.timeout,
            config.connect_timeout,
            &config.user_agent,
        )
        .map_err(Error::Config)?;
        Ok(Client { http, base, config: Arc::new(config), session: Arc::new(Mutex::new(State::default())) })
    }

    /// The API root this client calls.
    pub fn base_url(&self) -> &Url {
        &self.base
    }

    fn url(&self, segments: &[&str]) -> Url {
        let mut url = self.base.clone();
        if let Ok(mut path) = url.path_segments_mut() {
            path.pop_if_empty().extend(segments);
        }
        url
    }

    /// Sends one request with the required headers (and the token, when given) and reads the
    /// status and body.
    async fn send_raw(
        &self,
        method: &Method,
        url: &Url,
        body: Option<&[u8]>,
        bearer: Option<&SecretString>,
    ) -> Result<(u16, Vec<u8>)> {
        let mut request = self
            .http
            .request(method.clone(), url.clone())
            .header("Partner-Access-Key", self.config.partner_access_key.expose_secret())
            .header("Partner-Api-Version", API_VERSION)
            .header("System-Id", &self.config.system_id)
            .header(reqwest::header::ACCEPT, "application/json");
        if let Some(token) = bearer {
            request = request.bearer_auth(token.expose_secret());
        }
        if let Some(body) = body {
            request = request.header(reqwest::header::CONTENT_TYPE, "application/json").body(body.to_vec());
        }
        let started = Instant::now();
        let response = request.send().await.map_err(transport_error)?;
        let status = response.status().as_u16();
        let bytes = read_reply(response).await?;
        tracing::debug!(%method, path = url.path(), status, ms = started.elapsed().as_millis() as u64, "fasttrak call");
        Ok((status, bytes))
    }

    // --- The session ----------------------------------------------------------------------------

    /// Logs in now, whether or not a session exists ("test connection" in Settings). Later calls
    /// use this login.
    pub async fn login(&self) -> Result<()> {
        let mut state = self.session.lock().await;
        self.authenticate(&mut state, None).await.map(|_| ())
    }

    /// A token for one call: the current one, or one from the refresh or login this call makes
    /// (or waits for, when another call is already making it).
    async fn bearer(&self) -> Result<Bearer> {
        let mut state = self.session.lock().await;
        let now = Instant::now();
        match next_step(state.tokens.as_ref().map(|t| t.times), now) {
            Step::Use => {
                let tokens = state.tokens.as_ref().ok_or_else(|| Error::Config("no session".into()))?;
                Ok(Bearer { token: tokens.access.clone(), generation: tokens.generation })
            }
            Step::Refresh => {
                let refresh = state.tokens.as_ref().map(|t| t.refresh.clone());
                match self.authenticate(&mut state, refresh).await {
                    Ok(bearer) => Ok(bearer),
                    // A refresh token the operator no longer takes: start a new login.
                    Err(error) if error.is_setup() || matches!(error, Error::Failure { .. }) => {
                        tracing::info!(%error, "FASTTRAK refresh refused; logging in again");
                        self.authenticate(&mut state, None).await
                    }
                    Err(error) => Err(error),
                }
            }
            Step::Login => self.authenticate(&mut state, None).await,
        }
    }

    /// The login call, or the refresh when `refresh` holds a refresh token.
    async fn authenticate(&self, state: &mut State, refresh: Option<SecretString>) -> Result<Bearer> {
        let body = LoginRequest {
            system_id: &self.config.system_id,
            username: &self.config.username,
            password: self.config.password.expose_secret(),
            refresh_token: refresh.as_ref().map_or("", |token| token.expose_secret()),
        };
        let body = serde_json::to_vec(&body).map_err(|error| Error::Config(error.to_string()))?;
        let url = self.url(&self.config.login.path().split('/').collect::<Vec<_>>());
        let (status, bytes) = self.send_raw(&Method::POST, &url, Some(&body), None).await?;
        let envelope: Envelope<LoginReply> = match envelope::read(status, &bytes) {
            Err(Error::Unauthorized) => {
                return Err(Error::LoginRefused { message: "HTTP 401".into() });
            }
            other => other?,
        };
        if let Some(item) = &envelope.item {
            if item.is_locked {
                return Err(Error::Locked { until: item.locked_until_date_utc.clone() });
            }
            if item.is_expired {
                return Err(Error::PasswordExpired);
            }
        }
        if envelope.failed() {
            let message = envelope.message.clone().unwrap_or_else(|| "no reason given".into());
            return Err(Error::LoginRefused { message });
        }
        let token = envelope
            .item
            .and_then(|item| item.token)
            .ok_or_else(|| Error::Decode { status, message: "the login reply has no token".into() })?;
        let refreshed = refresh.is_some();
        let (token, generation) = state
            .install(token, Instant::now(), refreshed)
            .map_err(|message| Error::Decode { status: 200, message })?;
        tracing::info!(refreshed, "FASTTRAK session token obtained");
        Ok(Bearer { token, generation })
    }

    /// A call with the session's token; on 401, one fresh token and one replay. For a list an
    /// operator grants separately (`grant`), a 401 after the replay or a 403 means "not granted".
    async fn call<T: DeserializeOwned>(
        &self,
        method: Method,
        segments: &[&str],
        body: Option<Vec<u8>>,
        grant: Option<Endpoint>,
    ) -> Result<Envelope<T>> {
        let url = self.url(segments);
        let bearer = self.bearer().await?;
        let (status, bytes) = self.send_raw(&method, &url, body.as_deref(), Some(&bearer.token)).await?;
        let result = match envelope::read::<T>(status, &bytes) {
            Err(Error::Unauthorized) => {
                tracing::info!(path = url.path(), "FASTTRAK answered 401; one fresh token and one replay");
                self.session.lock().await.expire(bearer.generation, Instant::now());
                let bearer = self.bearer().await?;
                let (status, bytes) =
                    self.send_raw(&method, &url, body.as_deref(), Some(&bearer.token)).await?;
                envelope::read::<T>(status, &bytes)
            }
            other => other,
        };
        match (result, grant) {
            (Err(Error::Unauthorized | Error::Failure { status: 403, .. }), Some(endpoint)) => {
                Err(Error::NotGranted(endpoint))
            }
            (result, _) => result,
        }
    }

    async fn send<B: Serialize, T: DeserializeOwned>(
        &self,
        segments: &[&str],
        body: &B,
    ) -> Result<Envelope<T>> {
        let body = serde_json::to_vec(body).map_err(|error| Error::Config(error.to_string()))?;
        self.call(Method::POST, segments, Some(body), None).await
    }

    // --- Quote packages -------------------------------------------------------------------------

    /// Prices for a trip, one quote per vehicle type the operator can send.
    pub async fn request_quotes(&self, request: &QuoteRequest) -> Result<QuotePackage> {
        request.check().map_err(Error::Invalid)?;
        self.send(&[quote::PATH], request).await?.into_item()
    }

    /// Books one quote of a package: the reply is the new reservation. A booking that got no
    /// reply ([`Error::outcome_unknown`]) must be looked up before it is sent again.
    pub async fn book_quote(&self, package_id: i64, booking: &BookQuote) -> Result<Reservation> {
        booking.check().map_err(Error::Invalid)?;
        let id = package_id.to_string();
        self.send(&[quote::PATH, &id, quote::BOOK], booking).await?.into_item()
    }

    // --- Reservations ---------------------------------------------------------------------------

    /// A reservation by its id; `None` when the operator has none by that id.
    pub async fn reservation(&self, id: i64) -> Result<Option<Reservation>> {
        let id = id.to_string();
        match self.call::<Reservation>(Method::GET, &["reservations", &id], None, None).await {
            Ok(envelope) => envelope.into_item().map(Some),
            Err(Error::Failure { status: 404, .. }) => Ok(None),
            Err(error) => Err(error),
        }
    }

    /// Reservations whose pickup falls between two dates (inclusive).
    pub async fn search_reservations(&self, start: NaiveDate, end: NaiveDate) -> Result<Vec<Reservation>> {
        if end < start {
            return Err(Error::Invalid(NotSent::SearchBackwards));
        }
        self.send(&["reservations", "search"], &ReservationSearch { start_date: start, end_date: end })
            .await?
            .into_items()
    }

    /// A reservation without a quote, for a customer the operator does not know yet.
    pub async fn create_reservation(&self, reservation: &NewCustomerReservation) -> Result<Reservation> {
        if reservation.reservation_detail.primary_passenger.name.trim().is_empty() {
            return Err(Error::Invalid(NotSent::NoPassengerName));
        }
        self.send(&["reservations", "new-customer"], reservation).await?.into_item()
    }

    /// Cancels a reservation (`POST reservations/{id}/cancel`, **assumed**: the cancellation call
    /// is not public). The reply is the reservation, `Cancelled`.
    pub async fn cancel_reservation(&self, id: i64) -> Result<Reservation> {
        let id = id.to_string();
        self.call::<Reservation>(Method::POST, &["reservations", &id, "cancel"], None, None)
            .await?
            .into_item()
    }

    // --- Lists the operator may not grant -------------------------------------------------------

    async fn list<T: DeserializeOwned>(&self, endpoint: Endpoint) -> Result<Vec<T>> {
        self.call::<T>(Method::GET, &[endpoint.path()], None, Some(endpoint)).await?.into_items()
    }

    /// The operator's companies; [`Error::NotGranted`] when it has not opened them to us.
    pub async fn companies(&self) -> Result<Vec<Company>> {
        self.list(Endpoint::Companies).await
    }

    /// The operator's customers; [`Error::NotGranted`] when it has not opened them to us.
    pub async fn customers(&self) -> Result<Vec<Customer>> {
        self.list(Endpoint::Customers).await
    }

    /// The operator's employees; [`Error::NotGranted`] when it has not opened them to us.
    pub async fn employees(&self) -> Result<Vec<Employee>> {
        self.list(Endpoint::Employees).await
    }

    /// The operator's vehicles; [`Error::NotGranted`] when it has not opened them to us.
    pub async fn vehicles(&self) -> Result<Vec<Vehicle>> {
        self.list(Endpoint::Vehicles).await
    }
}

/// The body of `response`, read as [`reply::body`] does (no redirects, a size cap).
async fn read_reply(response: reqwest::Response) -> Result<Vec<u8>> {
    reply::body(response).await.map_err(|problem| match problem {
        reply::Problem::Redirected { status, .. } => Error::Http { status, excerpt: problem.describe() },
        reply::Problem::TooLarge { status } => Error::Decode { status, message: problem.describe() },
        reply::Problem::Transport(error) => transport_error(error),
    })
}

/// Sorts a transport failure: a connection that was never made sent nothing; anything after
/// that may have reached the operator.
fn transport_error(error: reqwest::Error) -> Error {
    if error.is_connect() {
        Error::Unreachable(error.to_string())
    } else if error.is_builder() {
        Error::Config(error.to_string())
    } else {
        Error::NoReply(error.to_string())
    }
}
