//! `Authenticate`, `Logout` and `GetAgencyBalance`, with the day's token managed as [`crate::day`]
//! states.
//!
//! The token is behind one async mutex, held while authenticating: calls that find no token for
//! today wait for that one authentication and use its token, so a burst at 00:02 makes one
//! authentication, not one each.

use std::sync::Arc;
use std::time::Instant;

use reqwest::{Method, Url};
use secrecy::{ExposeSecret, SecretString};
use serde::Serialize;
use serde::de::DeserializeOwned;
use tokio::sync::Mutex;

use crate::clock::Clock;
use crate::config::Config;
use crate::day::{may_start_work, supplier_day};
use crate::error::{Error, Result};
use crate::model::{
    AgencyBalance, AuthenticateReply, AuthenticateRequest, Member, Status, StatusReply, TokenRequest,
};
use crate::token::{DayToken, TokenCache};

/// A client for one agency's TBO account. Cheap to clone; clones share the token.
#[derive(Clone)]
pub struct Client {
    http: reqwest::Client,
    base: Url,
    config: Arc<Config>,
    clock: Arc<dyn Clock>,
    cache: Arc<dyn TokenCache>,
    token: Arc<Mutex<Option<DayToken>>>,
}

impl std::fmt::Debug for Client {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Client")
            .field("base", &self.base.as_str())
            .field("user", &self.config.username)
            .finish()
    }
}

impl Client {
    /// Builds a client reading the time from `clock` and keeping the day's token in `cache`.
    pub fn new(config: Config, clock: Arc<dyn Clock>, cache: Arc<dyn TokenCache>) -> Result<Self> {
        let (base, http) = reply::connection(
            config.base_url.clone(),
            config.timeout,
            config.connect_timeout,
            &config.user_agent,
        )
        .map_err(Error::Config)?;
        let kept = cache.load();
        Ok(Client { http, base, config: Arc::new(config), clock, cache, token: Arc::new(Mutex::new(kept)) })
    }

    async fn post<B: Serialize, T: DeserializeOwned>(&self, method: &str, body: &B) -> Result<T> {
        let mut url = self.base.clone();
        if let Ok(mut path) = url.path_segments_mut() {
            path.pop_if_empty().push(method);
        }
        let body = serde_json::to_vec(body).map_err(|error| Error::Config(error.to_string()))?;
        let started = Instant::now();
        let response = self
            .http
            .request(Method::POST, url)
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .header(reqwest::header::ACCEPT, "application/json")
            .body(body)
            .send()
            .await
            .map_err(transport_error)?;
        let status = response.status().as_u16();
        let bytes = read_reply(response).await?;
        tracing::debug!(method, status, ms = started.elapsed().as_millis() as u64, "tbo call");
        if !(200..300).contains(&status) {
            let excerpt = String::from_utf8_lossy(&bytes).chars().take(200).collect();
            return Err(Error::Http { status, excerpt });
        }
        serde_json::from_slice(&bytes).map_err(|error| Error::Decode { status, message: error.to_string() })
    }

    /// Authenticates now and keeps the token as the day's ("test connection" in Settings, or
    /// when TBO refused the kept one). Prefer [`Client::begin`], which authenticates only when
    /// the day needs it.
    pub async fn authenticate(&self) -> Result<Member> {
        let mut token = self.token.lock().await;
        self.authenticate_locked(&mut token).await.map(|(_, member)| member)
    }

    async fn authenticate_locked(&self, slot: &mut Option<DayToken>) -> Result<(DayToken, Member)> {
        let request = AuthenticateRequest {
            client_id: &self.config.client_id,
            user_name: &self.config.username,
            password: self.config.password.expose_secret(),
            end_user_ip: &self.config.end_user_ip,
        };
        let reply: AuthenticateReply = self.post("Authenticate", &request).await?;
        let error = reply.error.unwrap_or_default();
        let token_id = reply.token_id.filter(|token| !token.trim().is_empty());
        let (Status::Successful, Some(token_id), Some(member)) = (reply.status, token_id, reply.member)
        else {
            return Err(Error::NotAuthenticated { status: reply.status, error });
        };
        let token = DayToken {
            token_id: SecretString::from(token_id),
            day: supplier_day(self.clock.now(), self.config.supplier_zone),
            agency_id: member.agency_id,
            member_id: member.member_id,
        };
        if let Err(problem) = self.cache.store(&token) {
            tracing::warn!(
                problem,
                "the TBO token could not be kept; the next start will authenticate again"
            );
        }
        tracing::info!(day = %token.day, "TBO token obtained for the day");
        *slot = Some(token.clone());
        Ok((token, member))
    }

    /// The token to start new work with (a booking, a balance check): today's, or yesterday's
    /// until 00:02, or a new one. Hold the returned token until the work is finished: it stays
    /// valid for that work after midnight.
    pub async fn begin(&self) -> Result<DayToken> {
        let mut slot = self.token.lock().await;
        if let Some(token) = slot.as_ref()
            && may_start_work(token.day, self.clock.now(), self.config.supplier_zone)
        {
            return Ok(token.clone());
        }
        self.authenticate_locked(&mut slot).await.map(|(token, _)| token)
    }

    /// Forgets `stale` if it is still the kept token (TBO refused it), so the next
    /// [`Client::begin`] authenticates.
    async fn forget(&self, stale: &DayToken) {
        let mut slot = self.token.lock().await;
        if slot.as_ref().is_some_and(|kept| kept.token_id.expose_secret() == stale.token_id.expose_secret()) {
            *slot = None;
            if let Err(problem) = self.cache.clear() {
                tracing::warn!(problem, "the refused TBO token could not be forgotten");
            }
        }
    }

    fn token_request<'a>(&'a self, token: &'a DayToken) -> TokenRequest<'a> {
        TokenRequest {
            client_id: &self.config.client_id,
            token_agency_id: token.agency_id,
            token_member_id: token.member_id,
            end_user_ip: &self.config.end_user_ip,
            token_id: token.token_id.expose_secret(),
        }
    }

    /// The agency's cash and credit balance, as new work: with the day's token, and once more
    /// with a new token should TBO refuse the kept one.
    pub async fn agency_balance(&self) -> Result<AgencyBalance> {
        let token = self.begin().await?;
        match self.agency_balance_with(&token).await {
            Err(error) if error.is_invalid_token() => {
                tracing::info!("TBO refused the kept token; authenticating again");
                self.forget(&token).await;
                let token = self.begin().await?;
                self.agency_balance_with(&token).await
            }
            other => other,
        }
    }

    /// The balance with a given token (work already under way).
    pub async fn agency_balance_with(&self, token: &DayToken) -> Result<AgencyBalance> {
        let balance: AgencyBalance = self.post("GetAgencyBalance", &self.token_request(token)).await?;
        match (&balance.status, &balance.error) {
            (Status::Successful, None) => Ok(balance),
            (Status::Successful, Some(error)) if !error.is_error() => Ok(balance),
            (status, error) => {
                Err(Error::Refused { status: *status, error: error.clone().unwrap_or_default() })
            }
        }
    }

    /// Ends the session of `token` (the work it was held for is finished). The kept token is
    /// forgotten when it is this one.
    pub async fn logout(&self, token: &DayToken) -> Result<()> {
        let reply: StatusReply = self.post("Logout", &self.token_request(token)).await?;
        match (reply.status, reply.error) {
            (Status::Successful, None) => {}
            (Status::Successful, Some(error)) if !error.is_error() => {}
            (status, error) => return Err(Error::Refused { status, error: error.unwrap_or_default() }),
        }
        self.forget(token).await;
        Ok(())
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

/// Sorts a transport failure: a connection that was never made sent nothing.
fn transport_error(error: reqwest::Error) -> Error {
    if error.is_connect() {
        Error::Unreachable(error.to_string())
    } else if error.is_builder() {
        Error::Config(error.to_string())
    } else {
        Error::NoReply(error.to_string())
    }
}
