//! Errors of the core, and the shape they take when they cross to the web view.
//!
//! The UI branches on a small closed set of codes (`ErrorCode`), never on message text. A code is
//! added only when the UI does something different for it.

use std::path::PathBuf;

use serde::Serialize;
use ts_rs::TS;

/// Result of the core's fallible operations.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// What went wrong in the core.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Input from the agent or the web view that cannot be used as it is.
    #[error("{message}")]
    Validation {
        /// A sentence for the agent.
        message: String,
        /// The form field it concerns, as the UI names it (`settings.language`).
        field: Option<String>,
    },
    /// Another process (the app, or a `desk` command) holds the data directory.
    #[error(
        "Another Transfer Desk (the app or a desk command) is using {}; close it first, or give desk another directory in TRANSFER_DESK_DATA_DIR. / En annan Transfer Desk (appen eller ett desk-kommando) använder {}; stäng den först.",
        dir.display(),
        dir.display()
    )]
    Busy {
        /// The data directory.
        dir: PathBuf,
    },
    /// Reading or writing local files (settings, data, logs) failed.
    #[error("could not {action} {path}: {source}")]
    Io {
        /// What we were doing ("create the data directory").
        action: &'static str,
        /// The file or directory concerned.
        path: std::path::PathBuf,
        /// The operating system's error.
        source: std::io::Error,
    },
    /// Logging could not be set up (another subscriber was installed first).
    #[error("logging could not be set up: {0}")]
    Logging(String),
    /// The sandbox's simulated suppliers could not be started.
    #[error("the sandbox could not start: {0}")]
    Sandbox(String),
    /// A home or data directory could not be found for this user.
    #[error("no data directory could be found for this user (set TRANSFER_DESK_DATA_DIR)")]
    NoDataDir,
    /// A supplier refused the request, or it was refused here before sending; nothing changed.
    #[error("{}", sentences(.faults))]
    Rejected {
        /// Who refused.
        supplier: &'static str,
        /// One line per fault, with its field.
        faults: Vec<FaultLine>,
    },
    /// The supplier could not be reached; nothing was sent. History still answers.
    #[error("{message}")]
    Offline {
        /// Which supplier.
        supplier: &'static str,
        /// A sentence for the agent.
        message: String,
    },
    /// The request may or may not have taken effect; the journal keeps it and it is being (or
    /// will be) reconciled with the supplier. Never "failed".
    #[error("{message}")]
    Unknown {
        /// Which supplier.
        supplier: &'static str,
        /// A sentence for the agent.
        message: String,
        /// The journal's attempt.
        attempt: i64,
    },
    /// The profile does not configure this supplier, or its credentials are missing.
    #[error("{message}")]
    NotConfigured {
        /// Which supplier.
        supplier: &'static str,
        /// A sentence for the agent.
        message: String,
    },
    /// Any other supplier failure (credentials refused, a reply that cannot be read, a 5xx on a
    /// look-up): a sentence, and the setting it concerns when there is one.
    #[error("{message}")]
    Supplier {
        /// Which supplier.
        supplier: &'static str,
        /// A sentence for the agent.
        message: String,
        /// The setting or field concerned.
        field: Option<String>,
    },
    /// The local booking history failed.
    #[error("the booking history: {0}")]
    History(#[from] history::Error),
    /// The secret store failed.
    #[error("the secret store: {0}")]
    Secret(#[from] crate::secrets::SecretError),
}

/// One fault of a refusal: the supplier's code, the field it concerns, and a sentence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct FaultLine {
    /// The supplier's fault code, when it has one.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub code: Option<i64>,
    /// The field it concerns (`segment.passenger.phone`).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub field: Option<String>,
    /// A sentence for the agent.
    pub sentence: String,
}

fn sentences(faults: &[FaultLine]) -> String {
    let lines: Vec<&str> = faults.iter().map(|f| f.sentence.as_str()).collect();
    lines.join(" ")
}

impl Error {
    /// The closed code the UI branches on.
    pub fn code(&self) -> ErrorCode {
        match self {
            Error::Validation { .. } => ErrorCode::Validation,
            Error::Rejected { .. } => ErrorCode::Rejected,
            Error::Offline { .. } => ErrorCode::Offline,
            Error::Unknown { .. } => ErrorCode::Unknown,
            Error::NotConfigured { .. } | Error::Supplier { .. } => ErrorCode::Supplier,
            Error::Io { .. }
            | Error::Busy { .. }
            | Error::Logging(_)
            | Error::Sandbox(_)
            | Error::NoDataDir
            | Error::History(_)
            | Error::Secret(_) => ErrorCode::Internal,
        }
    }
}

/// The closed set of error codes the UI branches on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// The input was refused; `field` says which one.
    Validation,
    /// Something on this machine failed; the message says what, and the log has the details.
    Internal,
    /// A supplier refused; `faults` say why, each on its field.
    Rejected,
    /// A supplier cannot be reached; nothing was sent.
    Offline,
    /// The outcome is not known yet; the app is checking with the supplier.
    Unknown,
    /// A supplier is not set up, or refused the credentials, or answered unreadably.
    Supplier,
}

/// An error as the web view receives it: `{ code, message, field? }`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct CommandError {
    /// What kind of failure this is.
    pub code: ErrorCode,
    /// A sentence for the agent.
    pub message: String,
    /// The form field it concerns, when there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub field: Option<String>,
    /// For a refusal: every fault, each with its field.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    #[ts(as = "Option<Vec<FaultLine>>", optional)]
    pub faults: Vec<FaultLine>,
    /// For an unknown outcome: the journal's attempt, which the screen follows until settled.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub attempt: Option<i64>,
}

impl CommandError {
    /// An internal failure with a message for the agent.
    pub fn internal(message: impl Into<String>) -> Self {
        CommandError {
            code: ErrorCode::Internal,
            message: message.into(),
            field: None,
            faults: Vec::new(),
            attempt: None,
        }
    }
}

impl From<Error> for CommandError {
    fn from(error: Error) -> Self {
        let code = error.code();
        let message = error.to_string();
        match error {
            Error::Validation { field, .. } | Error::Supplier { field, .. } => {
                CommandError { code, message, field, faults: Vec::new(), attempt: None }
            }
            Error::Rejected { faults, .. } => {
                let field = faults.iter().find_map(|f| f.field.clone());
                CommandError { code, message, field, faults, attempt: None }
            }
            Error::Unknown { attempt, .. } => {
                CommandError { code, message, field: None, faults: Vec::new(), attempt: Some(attempt) }
            }
            _ => CommandError { code, message, field: None, faults: Vec::new(), attempt: None },
        }
    }
}

impl std::fmt::Display for CommandError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for CommandError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn validation_errors_keep_their_field() {
        let error =
            Error::Validation { message: "Unknown language".into(), field: Some("settings.language".into()) };
        let json = serde_json::to_value(CommandError::from(error)).unwrap();
        assert_eq!(
            json,
            serde_json::json!({"code": "validation", "message": "Unknown language", "field": "settings.language"}),
            "a validation error must reach the UI with its code, sentence and field"
        );
    }

    #[test]
    fn errors_without_a_field_leave_it_out() {
        let json = serde_json::to_value(CommandError::from(Error::NoDataDir)).unwrap();
        assert_eq!(json["code"], "internal", "a local failure is an internal error");
        assert!(json.get("field").is_none(), "no field key when no field is concerned");
    }
}
