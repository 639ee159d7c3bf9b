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

/// Faults that do not prove a change was refused: an internal error (500) may come after the
/// commit, and "access denied" (666) after sending may come from credentials changed between
/// two steps. A change answered with one is looked up, not taken for a refusal.
const UNCERTAIN_FAULTS: [i32; 2] = [500, 666];

/// How an FTBook call failed. Only a documented refusal proves nothing changed: a server error
/// (5xx) is one whether or not its body holds faults, and so is an uncertain fault.
pub fn ftbook_failure(error: &ftbook::Error) -> Failure {
    use ftbook::Error as E;
    match error {
        E::Rejected { status, .. } if *status >= 500 => Failure::ServerError,
        E::Rejected { faults, .. } if faults.iter().any(|f| UNCERTAIN_FAULTS.contains(&f.code)) => {
            Failure::ServerError
        }
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

/// An FTBook error for the agent: its messages (`locales/*/ftbook.ftl`) in the agent's language,
/// each fault on its field.
pub fn ftbook_error(error: &ftbook::Error, language: Language) -> Error {
    let said = |message: &ftbook::Message| i18n::text(language, &message.id, &message.args);
    let first = error.messages().first().map(said).unwrap_or_else(|| error.to_string());
    match error {
        ftbook::Error::Invalid(faults) | ftbook::Error::Rejected { faults, .. } => Error::Rejected {
            supplier: FTBOOK,
            faults: faults
                .iter()
                .map(|fault| {
                    let (id, args) = ftbook::catalogue::message(fault);
                    FaultLine {
                        code: Some(i64::from(fault.code)),
                        field: ftbook::catalogue::field(fault.code).map(str::to_owned),
                        sentence: i18n::text(language, &id, &args),
                    }
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
    let (id, args) = error.message();
    let message = i18n::text(language, id, &args);
    match error {
        fasttrak::Error::Failure { .. } | fasttrak::Error::Invalid(_) => Error::Rejected {
            supplier: FASTTRAK,
            faults: vec![FaultLine { code: None, field: None, sentence: message }],
        },
        fasttrak::Error::Unreachable(_) => Error::Offline { supplier: FASTTRAK, message },
        other => Error::Supplier { supplier: FASTTRAK, message, field: other.field().map(str::to_owned) },
    }
}

/// A TBO error for the agent: the TBO crate's message (`locales/*/tbo.ftl`) in the agent's
/// language.
pub fn tbo_error(error: &tbo::Error, language: Language) -> Error {
    let (id, args) = error.message();
    let args: Vec<(&str, String)> = args.into_iter().collect();
    let message = i18n::text(language, id, &args);
    match error {
        tbo::Error::Unreachable(_) => Error::Offline { supplier: TBO, message },
        other => Error::Supplier { supplier: TBO, message, field: other.field().map(str::to_owned) },
    }
}

fn said(language: Language, id: &str, supplier: &str) -> String {
    i18n::text(language, id, &[("supplier", supplier.to_owned())])
}

/// The sentence for a supplier that cannot be reached, while the history still answers.
pub fn offline_sentence(supplier: &str, language: Language) -> String {
    said(language, "desk-offline", supplier)
}

/// The sentence for a change the supplier does not show yet, inside its commit window.
pub fn not_seen_yet_sentence(supplier: &str, language: Language) -> String {
    said(language, "desk-not-seen-yet", supplier)
}

/// The sentence for an outcome being checked with the supplier.
pub fn checking_sentence(supplier: &str, language: Language) -> String {
    said(language, "desk-checking-booking", supplier)
}

/// The sentence for a change whose outcome is being checked: a booking or a cancellation.
pub fn unknown_sentence(supplier: &str, cancels: bool, language: Language) -> String {
    let id = if cancels { "desk-checking-cancellation" } else { "desk-checking-booking" };
    said(language, id, supplier)
}

/// The sentence for a change a look-up proved did not take effect: it may be done again.
pub fn not_made_sentence(supplier: &str, cancels: bool, language: Language) -> String {
    let id = if cancels { "desk-not-made-cancellation" } else { "desk-not-made-booking" };
    said(language, id, supplier)
}

/// The sentence for a change with several candidates at the supplier: nothing is adopted.
pub fn in_doubt_sentence(supplier: &str, candidates: &str, language: Language) -> String {
    let args = [("supplier", supplier.to_owned()), ("candidates", candidates.to_owned())];
    i18n::text(language, "desk-in-doubt", &args)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rejected(status: u16, code: i32) -> ftbook::Error {
        ftbook::Error::Rejected { status, faults: vec![ftbook::Fault::new(code, "fault")] }
    }

    #[test]
    fn only_a_documented_refusal_is_a_refusal() {
        assert_eq!(ftbook_failure(&rejected(422, 1247)), Failure::Refused, "a bad phone number");
        assert_eq!(ftbook_failure(&rejected(503, 1247)), Failure::ServerError, "a 5xx with a fault body");
        assert_eq!(
            ftbook_failure(&rejected(422, 500)),
            Failure::ServerError,
            "an internal error after the commit"
        );
        assert_eq!(ftbook_failure(&rejected(422, 666)), Failure::ServerError, "access denied after sending");
        assert_eq!(ftbook_failure(&ftbook::Error::Invalid(Vec::new())), Failure::Refused, "nothing was sent");
    }
}
