//! What can go wrong with an FTBook call, in terms the desk can act on.

use crate::Fault;
use crate::catalogue::{self, Lang};

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

    /// Sentences for the agent: one per fault, with the field each concerns, or one for the
    /// whole error.
    pub fn sentences(&self, lang: Lang) -> Vec<(Option<&'static str>, String)> {
        if !self.faults().is_empty() {
            return self
                .faults()
                .iter()
                .map(|fault| (catalogue::field(fault.code), catalogue::sentence(fault, lang)))
                .collect();
        }
        let sentence = match (self, lang) {
            (Error::Unauthorized, Lang::En) => {
                "Flygtaxi did not accept the user name or password; check them in Settings.".into()
            }
            (Error::Unauthorized, Lang::Sv) => {
                "Flygtaxi godtog inte användarnamnet eller lösenordet; kontrollera dem under Inställningar."
                    .into()
            }
            (Error::Unreachable(_), Lang::En) => {
                "Flygtaxi cannot be reached; check the network connection. Nothing was sent.".into()
            }
            (Error::Unreachable(_), Lang::Sv) => {
                "Flygtaxi går inte att nå; kontrollera nätverket. Inget skickades.".into()
            }
            (Error::NoReply(_), Lang::En) => {
                "Flygtaxi did not answer in time; checking with them whether the request went through.".into()
            }
            (Error::NoReply(_), Lang::Sv) => {
                "Flygtaxi svarade inte i tid; vi kontrollerar med dem om begäran gick fram.".into()
            }
            (Error::Http { status, .. }, Lang::En) => {
                format!("Flygtaxi's service had a problem (HTTP {status}); try again in a moment.")
            }
            (Error::Http { status, .. }, Lang::Sv) => {
                format!("Flygtaxis tjänst hade ett problem (HTTP {status}); försök igen om en stund.")
            }
            (Error::Redirected { location, .. }, Lang::En) => format!(
                "Flygtaxi's address sends us on to {location}; check the FTBook address in Settings (redirects are not followed)."
            ),
            (Error::Redirected { location, .. }, Lang::Sv) => format!(
                "Flygtaxis adress skickar oss vidare till {location}; kontrollera FTBook-adressen i Inställningar (omdirigeringar följs inte)."
            ),
            (Error::Decode { .. }, Lang::En) => {
                "Flygtaxi's reply could not be read; the details are in the log.".into()
            }
            (Error::Decode { .. }, Lang::Sv) => {
                "Flygtaxis svar gick inte att läsa; detaljerna finns i loggen.".into()
            }
            (Error::Config(message), Lang::En) => {
                format!("The Flygtaxi connection is set up wrongly: {message}.")
            }
            (Error::Config(message), Lang::Sv) => {
                format!("Anslutningen till Flygtaxi är fel inställd: {message}.")
            }
            (Error::Invalid(_) | Error::Rejected { .. }, _) => unreachable_without_faults(lang),
        };
        vec![(None, sentence)]
    }
}

/// `Invalid` and `Rejected` are only built with faults; should one ever be empty, say so plainly.
fn unreachable_without_faults(lang: Lang) -> String {
    match lang {
        Lang::En => "Flygtaxi refused the request without giving a reason.".into(),
        Lang::Sv => "Flygtaxi avvisade begäran utan att ange något skäl.".into(),
    }
}
