//! What can go wrong with a TBO call, and the message the agent reads for it: an id of
//! `locales/*/tbo.ftl` and its arguments (the desk writes the sentence, in the agent's language).

use crate::model::{ErrorInfo, Status};

/// Result of a TBO call.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// The `ErrorCode` TBO answers when a token is unknown or no longer valid for the call (its day
/// is over).
pub const INVALID_TOKEN: i64 = 6;

/// Why a TBO call did not give its documented reply.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// `Authenticate` did not succeed: every `Status` but `Successful`.
    #[error("TBO refused the authentication: status {} ({})", .status.code(), .error.error_message)]
    NotAuthenticated {
        /// The reply's `Status`.
        status: Status,
        /// The reply's `Error`.
        error: ErrorInfo,
    },
    /// Another call answered with an error (`Status` not `Successful`, or an `ErrorCode`).
    #[error("TBO refused the request: status {}, error {} ({})", .status.code(), .error.error_code, .error.error_message)]
    Refused {
        /// The reply's `Status`.
        status: Status,
        /// The reply's `Error`.
        error: ErrorInfo,
    },
    /// An error status whose body gives no reason.
    #[error("TBO answered HTTP {status}: {excerpt:?}")]
    Http {
        /// The HTTP status.
        status: u16,
        /// The start of the body, for the log.
        excerpt: String,
    },
    /// A reply that is not what the documentation describes.
    #[error("TBO's reply (HTTP {status}) could not be read: {message}")]
    Decode {
        /// The HTTP status.
        status: u16,
        /// What did not match.
        message: String,
    },
    /// No connection could be made; nothing left this machine.
    #[error("TBO could not be reached: {0}")]
    Unreachable(String),
    /// The request may have reached TBO, but no reply came.
    #[error("no reply from TBO: {0}")]
    NoReply(String),
    /// The client was set up with something unusable.
    #[error("the TBO client is set up wrongly: {0}")]
    Config(String),
}

impl Error {
    /// Whether TBO refused the token itself (so a new one may help).
    pub fn is_invalid_token(&self) -> bool {
        matches!(self, Error::Refused { error, .. } if error.error_code == INVALID_TOKEN)
    }

    /// The setting the error concerns, as the desk names it.
    pub fn field(&self) -> Option<&'static str> {
        match self {
            Error::NotAuthenticated { status: Status::InCorrectUserName, .. } => Some("tbo.username"),
            Error::NotAuthenticated {
                status: Status::InCorrectPassword | Status::PasswordExpired, ..
            } => Some("tbo.password"),
            Error::NotAuthenticated { .. } => Some("tbo.clientId"),
            _ => None,
        }
    }

    /// The message for the agent: its id in `locales/*/tbo.ftl` and its arguments (`said` is
    /// TBO's own message in brackets, or nothing).
    pub fn message(&self) -> (&'static str, Vec<(&'static str, String)>) {
        let said = |error: &ErrorInfo| {
            let message = error.error_message.trim();
            ("said", if message.is_empty() { String::new() } else { format!(" ({message})") })
        };
        match self {
            Error::NotAuthenticated { status, error } => {
                let id = match status {
                    Status::InCorrectUserName => "tbo-sign-in-user-name",
                    Status::InCorrectPassword => "tbo-sign-in-password",
                    Status::PasswordExpired => "tbo-sign-in-password-expired",
                    Status::Failed => "tbo-sign-in-failed",
                    Status::NotSet => "tbo-sign-in-not-set",
                    Status::Successful => "tbo-sign-in-no-token",
                    Status::Other(_) => "tbo-sign-in-other",
                };
                (id, vec![said(error), ("status", status.code().to_string())])
            }
            Error::Refused { error, .. } if error.error_code == INVALID_TOKEN => {
                ("tbo-token-refused", vec![said(error)])
            }
            Error::Refused { error, .. } => {
                ("tbo-refused", vec![said(error), ("code", error.error_code.to_string())])
            }
            Error::Http { status, .. } => ("tbo-http", vec![("status", status.to_string())]),
            Error::Decode { .. } => ("tbo-unreadable", Vec::new()),
            Error::Unreachable(_) => ("tbo-unreachable", Vec::new()),
            Error::NoReply(_) => ("tbo-no-reply", Vec::new()),
            Error::Config(problem) => ("tbo-config", vec![("problem", problem.clone())]),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_status_that_is_not_success_is_its_own_message() {
        let mut seen = std::collections::HashSet::new();
        for status in Status::KNOWN {
            let error = Error::NotAuthenticated { status, error: ErrorInfo::default() };
            let (id, _) = error.message();
            assert!(seen.insert(id), "each status says something different: {id}");
        }
        let wrong =
            Error::NotAuthenticated { status: Status::InCorrectPassword, error: ErrorInfo::default() };
        assert_eq!(wrong.field(), Some("tbo.password"));
    }

    #[test]
    fn the_suppliers_message_is_quoted() {
        let error = Error::NotAuthenticated {
            status: Status::InCorrectUserName,
            error: ErrorInfo { error_code: 3, error_message: "Invalid UserName".into() },
        };
        let (_, args) = error.message();
        assert!(args.contains(&("said", " (Invalid UserName)".to_owned())), "{args:?}");
    }
}
