//! Client for the FTBook REST API v1 of Flygtaxi and Sverigetaxi.
//!
//! FTBook books ground transfers to and from Swedish airports and stations (Flygtaxi, Tågtaxi,
//! Arlanda Express, Flygbussarna) and regular taxis (Sverigetaxi). This crate knows only that
//! API: its objects ([`model`]), its fault codes ([`catalogue`]) and the checks a create call
//! must pass before it leaves the machine ([`validate`]).

pub mod catalogue;
mod client;
mod decode;
mod error;
mod fault;
pub mod model;
pub mod query;
pub mod validate;

pub use client::{Client, Config, PRODUCTION_URL};
pub use error::{Error, Message, Result};
pub use fault::{Fault, parse_faults};
pub use reply::MAX_REPLY_BYTES;
pub use reqwest::Url;
pub use secrecy::SecretString;
