//! How to reach one operator's FASTTRAK database.

use std::time::Duration;

use reqwest::Url;
use secrecy::SecretString;

/// The Partner API in production; endpoints are under it (`.../partner/api/reservations`).
pub const PRODUCTION_URL: &str = "https://api.ifasttrak.com/partner/api/";

/// The API version this client speaks, sent as `Partner-Api-Version` on every call.
pub const API_VERSION: &str = "v2.2";

/// Which of the two documented logins the account uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum LoginKind {
    /// `/api/authentication/web-service-user`: a user the operator created for us.
    #[default]
    WebServiceUser,
    /// `/api/authentication/partner`: trusted partners only. Its body is not public; the client
    /// sends the web-service-user body (assumed).
    Partner,
}

impl LoginKind {
    /// The path under the API root.
    pub fn path(self) -> &'static str {
        match self {
            LoginKind::WebServiceUser => "authentication/web-service-user",
            LoginKind::Partner => "authentication/partner",
        }
    }
}

/// Everything needed to call one operator's database.
#[derive(Debug, Clone)]
pub struct Config {
    /// The API root, ending in `/api/`: production or the sandbox.
    pub base_url: Url,
    /// `Partner-Access-Key`: the key provisioned for our API product (primary or secondary).
    /// A secret: it identifies us to every operator.
    pub partner_access_key: SecretString,
    /// `System-Id`: the GUID naming the operator's database.
    pub system_id: String,
    /// Which login the account uses.
    pub login: LoginKind,
    /// The web-service user's name.
    pub username: String,
    /// Its password.
    pub password: SecretString,
    /// Longest a whole call may take.
    pub timeout: Duration,
    /// Longest connecting may take.
    pub connect_timeout: Duration,
    /// Sent as `User-Agent`.
    pub user_agent: String,
}

impl Config {
    /// A web-service-user configuration with the default timeouts (30 s, 5 s to connect).
    pub fn new(
        base_url: Url,
        partner_access_key: SecretString,
        system_id: impl Into<String>,
        username: impl Into<String>,
        password: SecretString,
    ) -> Self {
        Config {
            base_url,
            partner_access_key,
            system_id: system_id.into(),
            login: LoginKind::WebServiceUser,
            username: username.into(),
            password,
            timeout: Duration::from_secs(30),
            connect_timeout: Duration::from_secs(5),
            user_agent: concat!("TransferDesk/", env!("CARGO_PKG_VERSION")).to_owned(),
        }
    }
}
