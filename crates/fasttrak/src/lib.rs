//! Client for the FASTTRAK Partner API v2.2, which ground-transportation operators (limousine
//! and chauffeur companies) open to partners such as travel agencies.
//!
//! What makes this API different from FTBook is its session: a JWT from a login that must be
//! reused for its whole lifetime (30 minutes) and refreshed, up to 12 hours, rather than asked
//! for again ([`session`]); three headers on every call, login included ([`Config`]); and
//! replies wrapped in an `item`/`items` envelope whose `"FAILURE"` status comes with HTTP 200.
//!
//! Only part of the API is public. Where this crate assumes a shape (quote packages, partner
//! login, refresh, cancellation), the assumption lives in [`quote`] or is marked where it is
//! made, so that the operator's real schema replaces it in one place.

mod client;
mod config;
mod envelope;
mod error;
pub mod model;
pub mod money;
pub mod quote;
pub mod session;

pub use client::Client;
pub use config::{API_VERSION, Config, LoginKind, PRODUCTION_URL};
pub use error::{Endpoint, Error, HeaderProblem, NotSent, Result};
pub use reply::MAX_REPLY_BYTES;
pub use reqwest::Url;
pub use secrecy::SecretString;
