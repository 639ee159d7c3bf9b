//! Each supplier's errors in the desk's terms: how the call failed (for [`crate::retry`]) and the
//! error the agent reads, in the agent's language, tied to its field.

use crate::error::{Error, FaultLine};
use crate::retry::Failure;
use crate::settings::Language;

/// FTBook's name as agents know it.
pub const FTBOOK: &str = "Flygtaxi";
/// FASTTRAK's name.
pub const FASTTRAK: &str = "FASTTRAK";
/// TBO's name.
pub const TBO: &str = "TBO";

fn ftbook_lang(language: Language) -> ftbook::catalogue::Lang {
    match language {
        Language::Swedish => ftbook::catalogue::Lang::Sv,
        Language::English => ftbook::catalogue::Lang::En,
    }
}

/// How an FTBook call failed.
pub fn ftbook_failure(error: &ftbook::Error) -> Failure {
    use ftbook::Error as E;
    match error {
        E::Invalid(_) | E::Rejected { .. } => Failure::Refused,
        E::Unauthorized | E::Config(_) | E::Redirected { .. } => Failure::Setup,
        E::Unreachable(_) => Failure::Unreachable,
        E::NoReply(_) => Failure::NoReply,
        E::Http { status, .. } if *status >= 500 => Failure::ServerError,
        E::Http { .. } => Failure::Refused,
        E::Decode { status, .. } if *status < 300 => Failure::Unreadable,
        E::Decode { .. } => Failure::ServerError,
    }
}

/// An FTBook error for the agent.
pub fn ftbook_error(error: &ftbook::Error, language: Language) -> Error {
    let lang = ftbook_lang(language);
    let sentences = error.sentences(lang);
    let first = sentences.first().map(|(_, s)| s.clone()).unwrap_or_else(|| error.to_string());
    match error {
        ftbook::Error::Invalid(faults) | ftbook::Error::Rejected { faults, .. } => Error::Rejected {
            supplier: FTBOOK,
            faults: faults
                .iter()
                .map(|fault| FaultLine {
                    code: Some(i64::from(fault.code)),
                    field: ftbook::catalogue::field(fault.code).map(str::to_owned),
                    sentence: ftbook::catalogue::sentence(fault, lang),
                })
                .collect(),
        },
        ftbook::Error::Unreachable(_) => Error::Offline { supplier: FTBOOK, message: first },
        ftbook::Error::Unauthorized => {
            Error::Supplier { supplier: FTBOOK, message: first, field: Some("ftbook.password".into()) }
        }
        ftbook::Error::Redirected { .. } => {
            Error::Supplier { supplier: FTBOOK, message: first, field: Some("ftbook.baseUrl".into()) }
        }
        _ => Error::Supplier { supplier: FTBOOK, message: first, field: None },
    }
}

fn fasttrak_lang(language: Language) -> fasttrak::Lang {
    match language {
        Language::Swedish => fasttrak::Lang::Sv,
        Language::English => fasttrak::Lang::En,
    }
}

/// How a FASTTRAK call failed.
pub fn fasttrak_failure(error: &fasttrak::Error) -> Failure {
    use fasttrak::Error as E;
    match error {
        E::Failure { .. } | E::Invalid(_) | E::NotGranted(_) => Failure::Refused,
        E::Header(_)
        | E::LoginRefused { .. }
        | E::Locked { .. }
        | E::PasswordExpired
        | E::Unauthorized
        | E::Config(_) => Failure::Setup,
        E::Unreachable(_) => Failure::Unreachable,
        E::NoReply(_) => Failure::NoReply,
        E::Http { status, .. } if *status >= 500 => Failure::ServerError,
        E::Http { .. } => Failure::Refused,
        E::Decode { status, .. } if *status < 300 => Failure::Unreadable,
        E::Decode { .. } => Failure::ServerError,
    }
}

/// A FASTTRAK error for the agent.
pub fn fasttrak_error(error: &fasttrak::Error, language: Language) -> Error {
    let message = error.sentence(fasttrak_lang(language));
    match error {
        fasttrak::Error::Failure { .. } | fasttrak::Error::Invalid(_) => Error::Rejected {
            supplier: FASTTRAK,
            faults: vec![FaultLine { code: None, field: None, sentence: message }],
        },
        fasttrak::Error::Unreachable(_) => Error::Offline { supplier: FASTTRAK, message },
        other => Error::Supplier { supplier: FASTTRAK, message, field: other.field().map(str::to_owned) },
    }
}

/// A TBO error for the agent.
pub fn tbo_error(error: &tbo::Error, language: Language) -> Error {
    let lang = match language {
        Language::Swedish => tbo::Lang::Sv,
        Language::English => tbo::Lang::En,
    };
    let message = error.sentence(lang);
    match error {
        tbo::Error::Unreachable(_) => Error::Offline { supplier: TBO, message },
        other => Error::Supplier { supplier: TBO, message, field: other.field().map(str::to_owned) },
    }
}

/// The sentence for a supplier that cannot be reached, while the history still answers.
pub fn offline_sentence(supplier: &str, language: Language) -> String {
    match language {
        Language::Swedish => {
            format!("{supplier} går inte att nå just nu; historiken visar det som sparats här.")
        }
        Language::English => {
            format!("{supplier} cannot be reached right now; history shows what is stored here.")
        }
    }
}

/// The sentence for an outcome being checked with the supplier.
pub fn checking_sentence(supplier: &str, language: Language) -> String {
    match language {
        Language::Swedish => {
            format!("Vi kontrollerar med {supplier} om bokningen gick igenom; den dubbelbokas inte.")
        }
        Language::English => {
            format!("Checking with {supplier} whether the booking went through; it will not be booked twice.")
        }
    }
}
