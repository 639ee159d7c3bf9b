//! Client for TekTravels/TBO SharedData REST: `Authenticate` and its day-long token, `Logout`,
//! and `GetAgencyBalance`.
//!
//! TBO asks for one token a day: it is valid from 00:00 to 23:59 in the supplier's day, a
//! booking begun with yesterday's token may finish with it, no new work may begin with it after
//! 00:02, and a token must never be made per search ([`day`]). The client keeps the day's token in
//! a [`TokenCache`] (the desk's secret store), so a restart on the same day does not authenticate
//! again, and reads the time from a [`Clock`], so tests can cross midnight.

mod client;
pub mod clock;
mod config;
pub mod day;
mod error;
pub mod model;
mod money;
mod token;

pub use client::Client;
pub use clock::{Clock, ManualClock, SystemClock};
pub use config::{Config, PRODUCTION_URL, STAGING_CLIENT_ID, STAGING_URL, SUPPLIER_ZONE};
pub use error::{Error, Result};
pub use reqwest::Url;
pub use secrecy::SecretString;
pub use token::{DayToken, MemoryCache, TokenCache};
