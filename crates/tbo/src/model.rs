//! SharedData's objects, with the seed's field names (PascalCase, as TBO writes them).

use rust_decimal::Decimal;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::money;

/// `Status` of a reply, as the seed numbers it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Status {
    /// 0.
    NotSet,
    /// 1.
    Successful,
    /// 2.
    Failed,
    /// 3.
    InCorrectUserName,
    /// 4.
    InCorrectPassword,
    /// 5.
    PasswordExpired,
    /// A number the seed does not list, kept as it came.
    Other(i64),
}

impl Status {
    /// Every documented status.
    pub const KNOWN: [Status; 6] = [
        Status::NotSet,
        Status::Successful,
        Status::Failed,
        Status::InCorrectUserName,
        Status::InCorrectPassword,
        Status::PasswordExpired,
    ];

    /// The number on the wire.
    pub fn code(self) -> i64 {
        match self {
            Status::NotSet => 0,
            Status::Successful => 1,
            Status::Failed => 2,
            Status::InCorrectUserName => 3,
            Status::InCorrectPassword => 4,
            Status::PasswordExpired => 5,
            Status::Other(code) => code,
        }
    }

    /// The status for a number.
    pub fn from_code(code: i64) -> Status {
        Status::KNOWN.into_iter().find(|status| status.code() == code).unwrap_or(Status::Other(code))
    }
}

impl Serialize for Status {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_i64(self.code())
    }
}

impl<'de> Deserialize<'de> for Status {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        i64::deserialize(deserializer).map(Status::from_code)
    }
}

/// `Error` of a reply: `ErrorCode` 0 and a blank message when there is none.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ErrorInfo {
    /// `ErrorCode`.
    #[serde(default)]
    pub error_code: i64,
    /// `ErrorMessage`.
    #[serde(default)]
    pub error_message: String,
}

impl ErrorInfo {
    /// Whether it reports an error.
    pub fn is_error(&self) -> bool {
        self.error_code != 0
    }
}

/// `Authenticate` request.
#[derive(Serialize)]
#[serde(rename_all = "PascalCase")]
pub(crate) struct AuthenticateRequest<'a> {
    pub client_id: &'a str,
    pub user_name: &'a str,
    pub password: &'a str,
    pub end_user_ip: &'a str,
}

/// The agency's member who authenticated.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Member {
    /// `FirstName`.
    #[serde(default)]
    pub first_name: String,
    /// `LastName`.
    #[serde(default)]
    pub last_name: String,
    /// `Email`.
    #[serde(default)]
    pub email: String,
    /// `MemberId`: sent back as `TokenMemberId`.
    #[serde(default)]
    pub member_id: i64,
    /// `AgencyId`: sent back as `TokenAgencyId`.
    #[serde(default)]
    pub agency_id: i64,
    /// `LoginName`.
    #[serde(default)]
    pub login_name: String,
    /// `LoginDetails`.
    #[serde(default)]
    pub login_details: String,
    /// `isPrimaryAgent`.
    #[serde(default, rename = "isPrimaryAgent")]
    pub is_primary_agent: bool,
}

/// `Authenticate` reply. Not `Debug`: it holds the token in the clear until it is wrapped.
#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
pub(crate) struct AuthenticateReply {
    pub status: Status,
    #[serde(default)]
    pub token_id: Option<String>,
    #[serde(default)]
    pub error: Option<ErrorInfo>,
    #[serde(default)]
    pub member: Option<Member>,
}

/// The body of every call made with a token (`Logout`, `GetAgencyBalance`).
#[derive(Serialize)]
#[serde(rename_all = "PascalCase")]
pub(crate) struct TokenRequest<'a> {
    pub client_id: &'a str,
    pub token_agency_id: i64,
    pub token_member_id: i64,
    pub end_user_ip: &'a str,
    pub token_id: &'a str,
}

/// A reply with only a status (`Logout`).
#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub(crate) struct StatusReply {
    pub status: Status,
    #[serde(default)]
    pub error: Option<ErrorInfo>,
}

/// How the agency pays TBO (`AgencyType`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AgencyType {
    /// 0.
    NotSet,
    /// 1: pays from a cash deposit.
    Cash,
    /// 2: has a credit limit.
    Credit,
    /// A number the documentation does not list.
    Other(i64),
}

impl Serialize for AgencyType {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_i64(match self {
            AgencyType::NotSet => 0,
            AgencyType::Cash => 1,
            AgencyType::Credit => 2,
            AgencyType::Other(code) => *code,
        })
    }
}

impl<'de> Deserialize<'de> for AgencyType {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Ok(match i64::deserialize(deserializer)? {
            0 => AgencyType::NotSet,
            1 => AgencyType::Cash,
            2 => AgencyType::Credit,
            other => AgencyType::Other(other),
        })
    }
}

/// `GetAgencyBalance` reply.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct AgencyBalance {
    /// `Status`.
    pub status: Status,
    /// `AgencyType`.
    #[serde(default = "not_set")]
    pub agency_type: AgencyType,
    /// `CashBalance`, in the agency's currency.
    #[serde(
        default,
        deserialize_with = "money::number",
        serialize_with = "rust_decimal::serde::str::serialize"
    )]
    pub cash_balance: Decimal,
    /// `CreditBalance`, in the agency's currency.
    #[serde(
        default,
        deserialize_with = "money::number",
        serialize_with = "rust_decimal::serde::str::serialize"
    )]
    pub credit_balance: Decimal,
    /// `Error`.
    #[serde(default)]
    pub error: Option<ErrorInfo>,
}

fn not_set() -> AgencyType {
    AgencyType::NotSet
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_status_reads_from_its_number_and_an_unknown_one_is_kept() {
        for (code, status) in Status::KNOWN.iter().enumerate() {
            let read: Status = serde_json::from_str(&code.to_string()).unwrap();
            assert_eq!(read, *status, "status {code}");
        }
        assert_eq!(serde_json::from_str::<Status>("9").unwrap(), Status::Other(9));
    }

    #[test]
    fn a_balance_keeps_its_amounts_exact() {
        let json = r#"{"Status":1,"AgencyType":2,"CashBalance":15234.75,"CreditBalance":250000.10,
            "Error":{"ErrorCode":0,"ErrorMessage":""}}"#;
        let balance: AgencyBalance = serde_json::from_str(json).unwrap();
        assert_eq!(balance.agency_type, AgencyType::Credit);
        assert_eq!(balance.cash_balance.to_string(), "15234.75");
        assert_eq!(balance.credit_balance.to_string(), "250000.10", "the scale is kept");
    }
}
