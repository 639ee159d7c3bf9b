//! What the offers screen shows: one offer whichever supplier made it, what the details form
//! must ask for, and what to book it with.

use crate::view::Supplier;
use chrono::{DateTime, FixedOffset};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// What to book an offer with at its supplier. It stays in the core (see [`super::shelf`]); the
/// web view knows the offer by its id.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", tag = "supplier")]
pub enum OfferKey {
    /// FTBook: the product as availability described it (its rules are checked before booking).
    Ftbook {
        /// The availability entry, as FTBook sent it.
        availability: Box<ftbook::model::Availability>,
    },
    /// FASTTRAK: a quote of a package.
    Fasttrak {
        /// The package.
        quote_package_id: i64,
        /// The quote.
        quote_id: i64,
        /// The pickup time the package prices (the operator's local time).
        pickup: Option<chrono::NaiveDateTime>,
    },
}

/// What the details form must ask for before an offer can be booked.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Needs {
    /// The flight or train.
    pub connection: bool,
    /// The card the ticket was paid with (FOID).
    pub foid: bool,
    /// A child's age.
    pub child_age: bool,
}

/// One offer, whichever supplier it comes from.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Offer {
    /// The offer's id: what the web view books it by (the core keeps what it is booked with).
    pub id: String,
    /// Who offers it.
    pub supplier: Supplier,
    /// Product code or vehicle type id.
    pub code: String,
    /// Product or vehicle type name.
    pub name: String,
    /// Most passengers.
    pub capacity: Option<u32>,
    /// Price including VAT.
    #[serde(with = "rust_decimal::serde::str")]
    #[ts(type = "string")]
    pub price_including_vat: Decimal,
    /// Price excluding VAT, when known.
    #[serde(with = "rust_decimal::serde::str_option")]
    #[ts(type = "string | null")]
    pub price_excluding_vat: Option<Decimal>,
    /// Currency.
    pub currency: String,
    /// The pickup time the offer is for, when the supplier says.
    #[ts(type = "string | null")]
    pub pickup_time: Option<DateTime<FixedOffset>>,
    /// After this it cannot be cancelled, when the supplier says.
    #[ts(type = "string | null")]
    pub latest_cancel_time: Option<DateTime<FixedOffset>>,
    /// The product's rules, in words, shown before the agent chooses.
    pub rules: Vec<String>,
    /// What the details form must ask for.
    pub needs: Needs,
    /// What to book it with: kept in the core, never sent to the web view.
    #[serde(skip)]
    #[ts(skip)]
    pub key: OfferKey,
}

/// A supplier that gave no offers, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SupplierProblem {
    /// Which supplier.
    pub supplier: String,
    /// A sentence for the agent.
    pub message: String,
    /// Whether it is only not set up in this profile.
    pub not_configured: bool,
}

/// Offers for one trip.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Offers {
    /// Every offer, cheapest first.
    pub offers: Vec<Offer>,
    /// Suppliers that gave none, and why.
    pub problems: Vec<SupplierProblem>,
}
