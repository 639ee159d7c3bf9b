//! The environment the app talks to.
//!
//! Only the sandbox exists yet; the supplier profiles (FTBook test and production, FASTTRAK, TBO)
//! arrive with their clients.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// An environment: which suppliers the app talks to, and with which settings.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Profile {
    /// Simulated suppliers on this machine, with training data. The default: a new user has no
    /// supplier credentials.
    #[default]
    Sandbox,
}
