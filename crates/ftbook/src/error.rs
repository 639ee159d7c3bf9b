//! What can go wrong with an FTBook call, in terms the desk can act on.

use crate::Fault;
use crate::catalogue;

/// Result of an FTBook call.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Why an FTBook call did not give its documented reply.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Local validation refused the request; nothing was sent.
    #[error("not sent: {}", codes(.0))]
    Invalid(Vec<Fault>),
    /// The supplier refused the request with documented faults (HTTP 422, or another error
    /// status with a fault body).
    #[error("refused by Flygtaxi (HTTP {status}): {}", codes(.faults))]
    Rejected {
        /// The HTTP status.
        status: u16,
        /// The supplier's faults.
        faults: Vec<Fault>,
    },
    /// The user name or password was refused (HTTP 401).
    #[error("Flygtaxi refused the user name or password (HTTP 401)")]
    Unauthorized,
    /// An error status whose body holds no faults: an HTML error page, nothing, broken JSON.
    #[error("Flygtaxi answered HTTP {status} without a readable reason: {excerpt:?}")]
    Http {
        /// The HTTP status.
        status: u16,
        /// The start of the body, for the log.
        excerpt: String,
    },
    /// The address answered with a redirect, which is not followed: a moved service or a
    /// wrong address must be fixed in the settings, not chased with the credentials.
    #[error(
        "Flygtaxi's address answered HTTP {status}, a redirect to {location:?}; redirects are not followed"
    )]
    Redirected {
        /// The HTTP status (301, 302, 307 ...).
        status: u16,
        /// Where it pointed (`Location`), or empty.
        location: String,
    },
    /// A success status whose body is not what the documentation describes.
    #[error("Flygtaxi's reply (HTTP {status}) could not be read: {message}")]
    Decode {
        /// The HTTP status.
        status: u16,
        /// What did not match.
        message: String,
    },
    /// No connection could be made; the request did not leave this machine.
    #[error("Flygtaxi could not be reached: {0}")]
    Unreachable(String),
    /// The request may have reached Flygtaxi, but no reply came (timeout, dropped connection).
    /// A create call in this state must be reconciled before it is sent again.
    #[error("no reply from Flygtaxi: {0}")]
    NoReply(String),
    /// The client was set up with something unusable (a base URL that cannot take paths).
    #[error("the FTBook client is set up wrongly: {0}")]
    Config(String),
}

fn codes(faults: &[Fault]) -> String {
    let codes: Vec<String> = faults.iter().map(|f| f.code.to_string()).collect();
    codes.join(", ")
}

impl Error {
    /// The faults, for errors that carry them.
    pub fn faults(&self) -> &[Fault] {
        match self {
            Error::Invalid(faults) | Error::Rejected { faults, .. } => faults,
            _ => &[],
        }
    }

    /// Whether the request may have changed something at the supplier although no answer says
    /// so: a create or cancel in this state is reconciled by looking it up, never sent again
    /// blindly. A 5xx may have been produced after the change was made.
    pub fn outcome_unknown(&self) -> bool {
        match self {
            Error::NoReply(_) => true,
            Error::Http { status, .. } | Error::Decode { status, .. } => *status >= 500 || *status < 300,
            _ => false,
        }
    }

    /// Messages for the agent (ids of `locales/*/ftbook.ftl` with their arguments): one per
    /// fault, with the field each concerns, or one for the whole error.
    pub fn messages(&self) -> Vec<Message> {
        if !self.faults().is_empty() {
            return self
                .faults()
                .iter()
                .map(|fault| {
                    let (id, args) = catalogue::message(fault);
                    Message { field: catalogue::field(fault.code), id, args }
                })
                .collect();
        }
        let (id, args): (&str, Vec<(&'static str, String)>) = match self {
            Error::Unauthorized => ("ftbook-unauthorized", Vec::new()),
            Error::Unreachable(_) => ("ftbook-unreachable", Vec::new()),
            Error::NoReply(_) => ("ftbook-no-reply", Vec::new()),
            Error::Http { status, .. } => ("ftbook-http", vec![("status", status.to_string())]),
            Error::Redirected { location, .. } => ("ftbook-redirected", vec![("location", location.clone())]),
            Error::Decode { .. } => ("ftbook-unreadable", Vec::new()),
            Error::Config(problem) => ("ftbook-config", vec![("problem", problem.clone())]),
            // Only built with faults; should one ever be empty, it says so plainly.
            Error::Invalid(_) | Error::Rejected { .. } => ("ftbook-refused-without-reason", Vec::new()),
        };
        vec![Message { field: None, id: id.to_owned(), args }]
    }
}

/// One message for the agent: an id of `locales/*/ftbook.ftl`, its arguments, and the form field
/// it concerns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    /// The field, when the fault names one.
    pub field: Option<&'static str>,
    /// The message id.
    pub id: String,
    /// Its arguments.
    pub args: Vec<(&'static str, String)>,
}
