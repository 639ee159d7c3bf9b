//! The booking: who books, who pays, and the GDS records it belongs to.

use serde::{Deserialize, Serialize};
use serde_with::skip_serializing_none;

use super::{AmadeusSuffix, DebitMethod, Time, is_empty, is_empty_vec};

/// A booking; its trips are its segments. Create it first, then add segments to it.
#[skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Booking {
    /// Flygtaxi's internal booking id (read only).
    pub booking_id: Option<i64>,
    /// The booking reference (`2014000000058`), set by Flygtaxi (read only, at most 13).
    pub booking_reference: Option<String>,
    /// Identifies the booking agency (required, 1–32).
    #[serde(default, skip_serializing_if = "is_empty")]
    pub agency_office_id: String,
    /// The agency's IATA number (1–32).
    pub agency_iata_number: Option<String>,
    /// The agency's own customer (1–32).
    pub agency_customer_id: Option<String>,
    /// When the booking was made (required).
    #[serde(default, with = "super::time::opt")]
    pub booking_date: Option<Time>,
    /// Flygtaxi's internal id of the creating organisation (read only).
    pub creator_organization_id: Option<i64>,
    /// The login that created the booking (read only).
    pub creator_name: Option<String>,
    /// Flygtaxi's internal id of the customer (read only).
    pub customer_organization_id: Option<i64>,
    /// Flygtaxi's name of the customer (read only).
    pub customer_name: Option<String>,
    /// When Flygtaxi created the booking (read only).
    #[serde(default, with = "super::time::opt")]
    pub creation_date: Option<Time>,
    /// Who is debited (required).
    pub debit_method: Option<DebitMethod>,
    /// The customer number debited, for the debit methods that need one (1–32).
    pub debit_reference: Option<String>,
    /// An internal comment, not sent to the taxi company (1–256).
    pub comment: Option<String>,
    /// Where the invoice goes when the debit method is `INVOICE`.
    pub invoice_address: Option<Address>,
    /// Adds MIS and RM*SUR rows to the Amadeus PNR named in `identities`.
    pub amadeus_update: Option<AmadeusUpdate>,
    /// Other systems' numbers for the booking, such as an Amadeus or Sabre record locator.
    #[serde(default, skip_serializing_if = "is_empty_vec")]
    pub identities: Vec<Identity>,
}

/// A postal address, for invoices.
#[skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Address {
    /// Company or person (2–64).
    pub name: Option<String>,
    /// First address row (1–64).
    pub address1: Option<String>,
    /// Second address row (1–64).
    pub address2: Option<String>,
    /// Zip code (1–64).
    pub zip_code: Option<String>,
    /// City (1–64).
    pub city: Option<String>,
    /// State (1–64).
    pub state: Option<String>,
    /// ISO 3166-1 alpha-2 code, `SE` for Sweden (2–32).
    pub country_code: Option<String>,
    /// E-mail address (2–64).
    pub email: Option<String>,
}

/// Another system's number for a booking, such as `{"system": "SABRE", "number": "XYZ123"}`.
#[skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Identity {
    /// The booking system (required, 1–64).
    #[serde(default, skip_serializing_if = "is_empty")]
    pub system: String,
    /// The number in that system (required, 1–64).
    #[serde(default, skip_serializing_if = "is_empty")]
    pub number: String,
    /// Whether system and number together are guaranteed unique.
    pub unique: Option<bool>,
}

/// Rows to add to the Amadeus PNR of the booking.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AmadeusUpdate {
    /// Add MIS rows.
    #[serde(default)]
    pub add_mis: bool,
    /// Add RM*SUR rows.
    #[serde(default)]
    pub add_rmsur: bool,
    /// The suffix after the rows.
    pub suffix: AmadeusSuffix,
}

/// Completes a booking: its PENDING segments become COMPLETE, and identities may be added.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Complete {
    /// The booking reference (required, at most 13).
    #[serde(default, skip_serializing_if = "is_empty")]
    pub booking_reference: String,
    /// Identities to add to the booking.
    #[serde(default, skip_serializing_if = "is_empty_vec")]
    pub identities: Vec<Identity>,
}
