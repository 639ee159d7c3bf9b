//! Errors of the core, and the shape they take when they cross to the web view.
//!
//! The UI branches on a small closed set of codes (`ErrorCode`), never on message text. A code is
//! added only when the UI does something different for it.
//!
//! Every sentence an error puts before a person comes from `locales/` ([`Error::message`]).
//! Errors made inside the core, which knows the agent's language, carry their sentence already
//! written (`message`); errors made below it or before it is open (a profile's name, a settings
//! file, the data directory, the secret store) carry data or a [`Said`], written in the agent's
//! language where the error reaches the agent ([`CommandError::new`], the CLI). `Display` is the
//! English sentence, for the logs.

use std::path::PathBuf;

use serde::Serialize;
use ts_rs::TS;

use crate::Language;

/// Result of the core's fallible operations.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// A sentence not yet in a language: a message id of `locales/` and its arguments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Said {
    id: std::borrow::Cow<'static, str>,
    args: Vec<(&'static str, String)>,
}

impl Said {
    /// Message `id` without arguments.
    pub fn new(id: impl Into<std::borrow::Cow<'static, str>>) -> Self {
        Said { id: id.into(), args: Vec::new() }
    }

    /// A supplier crate's message: its id and arguments.
    pub fn from_pair((id, args): (&'static str, Vec<(&'static str, String)>)) -> Self {
        Said { id: id.into(), args }
    }

    /// An FTBook error's first message.
    pub fn from_ftbook(error: &ftbook::Error) -> Self {
        match error.messages().into_iter().next() {
            Some(message) => Said { id: message.id.into(), args: message.args },
            None => Said::new("ftbook-config").with("problem", error),
        }
    }

    /// The same message with argument `name` set to `value`.
    pub fn with(mut self, name: &'static str, value: impl ToString) -> Self {
        self.args.push((name, value.to_string()));
        self
    }

    /// The sentence in `language`.
    pub fn text(&self, language: Language) -> String {
        i18n::text(language, &self.id, &self.args)
    }
}

/// What went wrong in the core.
#[derive(Debug)]
pub enum Error {
    /// Input from the agent or the web view that cannot be used as it is, found by the core.
    Validation {
        /// A sentence for the agent.
        message: String,
        /// The form field it concerns, as the UI names it (`settings.language`).
        field: Option<String>,
    },
    /// Input that cannot be used, found where the agent's language is not known (a profile's
    /// name, a language code, a setting being saved).
    Invalid {
        /// What to tell the agent.
        said: Said,
        /// The form field it concerns.
        field: Option<String>,
    },
    /// Another process (the app, or a `desk` command) holds the data directory.
    Busy {
        /// The data directory.
        dir: PathBuf,
    },
    /// Reading or writing local files (settings, data, logs) failed.
    Io {
        /// The message id of what we were doing (`desk-io-read`), with `$path` and `$detail`.
        action: &'static str,
        /// The file or directory concerned.
        path: std::path::PathBuf,
        /// The operating system's error.
        source: std::io::Error,
    },
    /// Logging could not be set up (another subscriber was installed first).
    Logging(String),
    /// The sandbox's simulated suppliers could not be started.
    Sandbox(String),
    /// A file for people (a voucher, an export) could not be made.
    Document {
        /// The message id of what was being made (`voucher-not-made`), with `$detail`.
        action: &'static str,
        /// The writer's own words.
        detail: String,
    },
    /// A home or data directory could not be found for this user.
    NoDataDir,
    /// A journalled draft could not be written or read back.
    Draft(serde_json::Error),
    /// A supplier refused the request, or it was refused here before sending; nothing changed.
    Rejected {
        /// Who refused.
        supplier: &'static str,
        /// One line per fault, with its field.
        faults: Vec<FaultLine>,
    },
    /// The supplier could not be reached; nothing was sent. History still answers.
    Offline {
        /// Which supplier.
        supplier: &'static str,
        /// A sentence for the agent.
        message: String,
    },
    /// The request may or may not have taken effect; the journal keeps it and it is being (or
    /// will be) reconciled with the supplier. Never "failed".
    Unknown {
        /// Which supplier.
        supplier: &'static str,
        /// A sentence for the agent.
        message: String,
        /// The journal's attempt.
        attempt: i64,
    },
    /// The profile does not configure this supplier, or its credentials are missing. Found when
    /// the core opens, told whenever the supplier is asked for, in the language of that moment.
    NotConfigured {
        /// Which supplier.
        supplier: &'static str,
        /// What is missing.
        said: Said,
    },
    /// Any other supplier failure (credentials refused, a reply that cannot be read, a 5xx on a
    /// look-up): a sentence, and the setting it concerns when there is one.
    Supplier {
        /// Which supplier.
        supplier: &'static str,
        /// A sentence for the agent.
        message: String,
        /// The setting or field concerned.
        field: Option<String>,
    },
    /// The local booking history failed.
    History(history::Error),
    /// The secret store failed.
    Secret(crate::secrets::SecretError),
}

impl From<history::Error> for Error {
    fn from(error: history::Error) -> Self {
        Error::History(error)
    }
}

impl From<crate::secrets::SecretError> for Error {
    fn from(error: crate::secrets::SecretError) -> Self {
        Error::Secret(error)
    }
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Language::English))
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Io { source, .. } => Some(source),
            Error::Draft(error) => Some(error),
            Error::History(error) => Some(error),
            Error::Secret(error) => Some(error),
            _ => None,
        }
    }
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
            Error::Validation { .. } | Error::Invalid { .. } => ErrorCode::Validation,
            Error::Secret(error) if error.is_the_passphrase() => ErrorCode::Validation,
            Error::Rejected { .. } => ErrorCode::Rejected,
            Error::Offline { .. } => ErrorCode::Offline,
            Error::Unknown { .. } => ErrorCode::Unknown,
            Error::NotConfigured { .. } | Error::Supplier { .. } => ErrorCode::Supplier,
            Error::Io { .. }
            | Error::Busy { .. }
            | Error::Logging(_)
            | Error::Sandbox(_)
            | Error::Document { .. }
            | Error::NoDataDir
            | Error::Draft(_)
            | Error::History(_)
            | Error::Secret(_) => ErrorCode::Internal,
        }
    }

    /// The sentence for the agent, in `language` (see the module's documentation).
    pub fn message(&self, language: Language) -> String {
        let detail = |id: &'static str, detail: &dyn std::fmt::Display| {
            Said::new(id).with("detail", detail).text(language)
        };
        match self {
            Error::Validation { message, .. }
            | Error::Offline { message, .. }
            | Error::Unknown { message, .. }
            | Error::Supplier { message, .. } => message.clone(),
            Error::Invalid { said, .. } | Error::NotConfigured { said, .. } => said.text(language),
            Error::Rejected { faults, .. } => sentences(faults),
            Error::Busy { dir } => Said::new("desk-busy").with("dir", dir.display()).text(language),
            Error::Io { action, path, source } => {
                Said::new(*action).with("path", path.display()).with("detail", source).text(language)
            }
            Error::Logging(error) => detail("desk-logging-failed", error),
            Error::Sandbox(error) => detail("desk-sandbox-failed", error),
            Error::Document { action, detail: said } => detail(action, said),
            Error::NoDataDir => Said::new("desk-no-data-dir").text(language),
            Error::Draft(error) => detail("desk-draft-unreadable", error),
            Error::History(error) => detail("desk-history-failed", error),
            Error::Secret(error) => error.said().text(language),
        }
    }

    /// The field the error concerns, when there is one.
    fn field(&self) -> Option<String> {
        match self {
            Error::Validation { field, .. }
            | Error::Invalid { field, .. }
            | Error::Supplier { field, .. } => field.clone(),
            Error::Rejected { faults, .. } => faults.iter().find_map(|f| f.field.clone()),
            Error::Secret(error) if error.is_the_passphrase() => Some("secrets.passphrase".into()),
            _ => None,
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
    /// `error` as the agent reads it, in `language`.
    pub fn new(error: Error, language: Language) -> Self {
        let code = error.code();
        let message = error.message(language);
        let field = error.field();
        let attempt = match &error {
            Error::Unknown { attempt, .. } => Some(*attempt),
            _ => None,
        };
        let faults = match error {
            Error::Rejected { faults, .. } => faults,
            _ => Vec::new(),
        };
        CommandError { code, message, field, faults, attempt }
    }

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

/// An error of the core as the agent reads it: `.for_agent(core.language())` where a front end
/// hands a result on.
pub trait ForAgent<T> {
    /// The result, its error written in `language`.
    fn for_agent(self, language: Language) -> std::result::Result<T, CommandError>;
}

impl<T> ForAgent<T> for Result<T> {
    fn for_agent(self, language: Language) -> std::result::Result<T, CommandError> {
        self.map_err(|error| CommandError::new(error, language))
    }
}

impl std::fmt::Display for CommandError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for CommandError {}

#[cfg(test)]
mod tests;
