//! Accounts, authentication and Sabre PNR decoding.

use serde::{Deserialize, Serialize};
use serde_with::skip_serializing_none;

use super::{AccountDebitMethod, DebitMethod, Passenger, Reference, TravelAccountType, UserType, is_empty};

/// A request to be registered and approved for billing, and to get a login.
#[skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AccountRequest {
    /// Id of the registration (read only).
    pub id: Option<i64>,
    /// Company or travel agency (required, 1–128).
    #[serde(default, skip_serializing_if = "is_empty")]
    pub name: String,
    /// First address line (required, 1–64).
    #[serde(default, skip_serializing_if = "is_empty")]
    pub address1: String,
    /// Second address line (1–64).
    pub address2: Option<String>,
    /// Zip code (1–64).
    pub zipcode: Option<String>,
    /// City (1–64).
    pub city: Option<String>,
    /// Country: Sweden, Denmark, ... (1–64).
    pub country: Option<String>,
    /// VAT number (1–64).
    pub vat_number: Option<String>,
    /// Contact e-mail (1–64).
    pub contact_email: Option<String>,
    /// Contact phone (1–64).
    pub contact_phone: Option<String>,
    /// Office id or PCC (1–64).
    pub office_id: Option<String>,
    /// How to bill.
    pub debit_method: Option<AccountDebitMethod>,
    /// Where invoices are e-mailed (1–64).
    pub debit_email: Option<String>,
    /// Kind of travel account.
    pub travel_account_type: Option<TravelAccountType>,
    /// Travel account number (1–64).
    pub travel_account_number: Option<String>,
}

/// Who the credentials belong to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AuthenticateResponse {
    /// Name of the user (1–128).
    #[serde(default)]
    pub name: String,
    /// Kind of user.
    #[serde(rename = "type")]
    pub kind: UserType,
}

/// A Sabre reservation (PNR) as XML, to be decoded.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SabreXmlRequest {
    /// The XML document (required, 1–64000).
    #[serde(default)]
    pub xml_message: String,
}

/// What a Sabre PNR says about a booking: passengers, references and debit methods.
#[skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SabreXmlResponse {
    /// The debit method to select first.
    pub default_debit_method: Option<DebitMethod>,
    /// The customer number for that debit method, when it needs one (1–64).
    pub default_debit_reference: Option<String>,
    /// The debit methods the agent may choose.
    #[serde(default)]
    pub allowed_debit_methods: Vec<DebitMethod>,
    /// Passengers found in the PNR.
    #[serde(default)]
    pub passengers: Vec<Passenger>,
    /// References to use in the booking.
    #[serde(default, skip_serializing_if = "super::is_empty_vec")]
    pub references: Vec<Reference>,
}
