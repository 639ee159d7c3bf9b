//! Which supplier a row belongs to.

use serde::{Deserialize, Serialize};

/// Which supplier a row belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Supplier {
    /// Flygtaxi / Sverigetaxi.
    Ftbook,
    /// A FASTTRAK operator.
    Fasttrak,
}

impl Supplier {
    /// As stored.
    pub fn as_str(self) -> &'static str {
        match self {
            Supplier::Ftbook => "ftbook",
            Supplier::Fasttrak => "fasttrak",
        }
    }

    /// From what is stored.
    pub fn parse(text: &str) -> Option<Supplier> {
        match text {
            "ftbook" => Some(Supplier::Ftbook),
            "fasttrak" => Some(Supplier::Fasttrak),
            _ => None,
        }
    }
}
