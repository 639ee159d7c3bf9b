//! What can go wrong with a TBO call, and the sentence the agent reads for it.

use crate::model::{ErrorInfo, Status};

/// Result of a TBO call.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// The language of a sentence for the agent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    /// Swedish.
    #[default]
    Sv,
    /// English.
    En,
}

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

    /// One sentence for the agent.
    pub fn sentence(&self, lang: Lang) -> String {
        use Lang::{En, Sv};
        let said = |error: &ErrorInfo| {
            let message = error.error_message.trim();
            if message.is_empty() { String::new() } else { format!(" ({message})") }
        };
        match (self, lang) {
            (Error::NotAuthenticated { status, error }, _) => status_sentence(*status, lang, &said(error)),
            (Error::Refused { error, .. }, En) if error.error_code == INVALID_TOKEN => {
                format!(
                    "TBO no longer accepts this session's token{}; the app will sign in again.",
                    said(error)
                )
            }
            (Error::Refused { error, .. }, Sv) if error.error_code == INVALID_TOKEN => {
                format!("TBO godtar inte längre sessionens nyckel{}; appen loggar in igen.", said(error))
            }
            (Error::Refused { error, .. }, En) => {
                format!("TBO refused the request (error {}){}.", error.error_code, said(error))
            }
            (Error::Refused { error, .. }, Sv) => {
                format!("TBO avvisade begäran (fel {}){}.", error.error_code, said(error))
            }
            (Error::Http { status, .. }, En) => {
                format!("TBO's service had a problem (HTTP {status}); try again in a moment.")
            }
            (Error::Http { status, .. }, Sv) => {
                format!("TBO:s tjänst hade ett problem (HTTP {status}); försök igen om en stund.")
            }
            (Error::Decode { .. }, En) => "TBO's reply could not be read; the details are in the log.".into(),
            (Error::Decode { .. }, Sv) => "TBO:s svar gick inte att läsa; detaljerna finns i loggen.".into(),
            (Error::Unreachable(_), En) => {
                "TBO cannot be reached; check the network connection. Nothing was sent.".into()
            }
            (Error::Unreachable(_), Sv) => {
                "TBO går inte att nå; kontrollera nätverket. Inget skickades.".into()
            }
            (Error::NoReply(_), En) => "TBO did not answer in time; try again in a moment.".into(),
            (Error::NoReply(_), Sv) => "TBO svarade inte i tid; försök igen om en stund.".into(),
            (Error::Config(message), En) => format!("The TBO connection is set up wrongly: {message}."),
            (Error::Config(message), Sv) => format!("Anslutningen till TBO är fel inställd: {message}."),
        }
    }
}

/// The sentence for an `Authenticate` that did not succeed.
fn status_sentence(status: Status, lang: Lang, said: &str) -> String {
    use Lang::{En, Sv};
    match (status, lang) {
        (Status::InCorrectUserName, En) => {
            format!("TBO does not know this user name{said}; check it in Settings.")
        }
        (Status::InCorrectUserName, Sv) => {
            format!("TBO känner inte igen användarnamnet{said}; kontrollera det under Inställningar.")
        }
        (Status::InCorrectPassword, En) => {
            format!("TBO did not accept the password{said}; check the API password in Settings.")
        }
        (Status::InCorrectPassword, Sv) => {
            format!("TBO godtog inte lösenordet{said}; kontrollera API-lösenordet under Inställningar.")
        }
        (Status::PasswordExpired, En) => format!(
            "The TBO password has expired{said}; TBO's API team sets a new one, then enter it in Settings."
        ),
        (Status::PasswordExpired, Sv) => format!(
            "TBO-lösenordet har gått ut{said}; TBO:s API-team sätter ett nytt, ange det sedan under Inställningar."
        ),
        (Status::Failed, En) => format!("TBO refused the sign-in{said}; check the ClientId and the account."),
        (Status::Failed, Sv) => {
            format!("TBO avvisade inloggningen{said}; kontrollera ClientId och kontot.")
        }
        (Status::NotSet, En) => format!("TBO gave no answer to the sign-in{said}; try again in a moment."),
        (Status::NotSet, Sv) => {
            format!("TBO gav inget besked om inloggningen{said}; försök igen om en stund.")
        }
        (Status::Successful, En) => format!("TBO signed in but sent no token{said}."),
        (Status::Successful, Sv) => format!("TBO loggade in men skickade ingen nyckel{said}."),
        (Status::Other(code), En) => format!("TBO answered the sign-in with status {code}{said}."),
        (Status::Other(code), Sv) => format!("TBO svarade på inloggningen med status {code}{said}."),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_status_that_is_not_success_is_its_own_sentence() {
        let mut seen = std::collections::HashSet::new();
        for status in Status::KNOWN {
            for lang in [Lang::Sv, Lang::En] {
                let error = Error::NotAuthenticated { status, error: ErrorInfo::default() };
                let sentence = error.sentence(lang);
                assert!(sentence.ends_with('.'), "a sentence: {sentence}");
                assert!(seen.insert(sentence.clone()), "each status says something different: {sentence}");
            }
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
        assert!(error.sentence(Lang::En).contains("(Invalid UserName)"), "{}", error.sentence(Lang::En));
    }
}
