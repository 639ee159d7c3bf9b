//! How to reach TBO's SharedData service.

use std::time::Duration;

use chrono_tz::Tz;
use reqwest::Url;
use secrecy::SecretString;

/// The staging service (the seed's address).
pub const STAGING_URL: &str = "http://Sharedapi.tektravels.com/SharedData.svc/rest/";
/// The production service.
pub const PRODUCTION_URL: &str = "https://api.travelboutiqueonline.com/SharedAPI/SharedData.svc/rest/";
/// The `ClientId` the seed gives for staging (`tboprod` in production).
pub const STAGING_CLIENT_ID: &str = "ApiIntegrationNew";

/// The supplier's time zone, which bounds the token's day: India (`Asia/Kolkata`), **assumed**
/// in `suppliers.md`; a setting of the profile. An IANA zone, never a fixed offset.
pub const SUPPLIER_ZONE: Tz = chrono_tz::Asia::Kolkata;

/// Everything needed to call SharedData for one agency.
#[derive(Debug, Clone)]
pub struct Config {
    /// The service root, ending in `/rest/`.
    pub base_url: Url,
    /// `ClientId` (`ApiIntegrationNew` on staging, `tboprod` in production).
    pub client_id: String,
    /// `UserName`, given to the agency at registration.
    pub username: String,
    /// `Password` (the API password).
    pub password: SecretString,
    /// `EndUserIp`: the public IP the agency's requests come from.
    pub end_user_ip: String,
    /// The supplier's time zone, which bounds the token's day.
    pub supplier_zone: Tz,
    /// Longest a whole call may take.
    pub timeout: Duration,
    /// Longest connecting may take.
    pub connect_timeout: Duration,
    /// Sent as `User-Agent`.
    pub user_agent: String,
}

impl Config {
    /// A configuration in India's zone and the default timeouts (30 s, 5 s to connect).
    pub fn new(
        base_url: Url,
        client_id: impl Into<String>,
        username: impl Into<String>,
        password: SecretString,
        end_user_ip: impl Into<String>,
    ) -> Self {
        Config {
            base_url,
            client_id: client_id.into(),
            username: username.into(),
            password,
            end_user_ip: end_user_ip.into(),
            supplier_zone: SUPPLIER_ZONE,
            timeout: Duration::from_secs(30),
            connect_timeout: Duration::from_secs(5),
            user_agent: concat!("TransferDesk/", env!("CARGO_PKG_VERSION")).to_owned(),
        }
    }
}
