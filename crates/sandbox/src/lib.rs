//! Transfer Desk's sandbox: simulations of the suppliers' APIs on loopback, with Swedish
//! training data, so agents can train and tests can run without a supplier or credentials.
//!
//! It shares nothing with the client crates but JSON over HTTP: a test in which a client and the
//! sandbox agree proves the wire format, not a shared type.
//!
//! So far: coordinates ([`geo`]) and the places the suppliers' searches find ([`places`]).

pub mod ftbook;
pub mod geo;
pub mod places;
mod places_data;
