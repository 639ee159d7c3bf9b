//! What can go wrong with a FASTTRAK call, in terms the desk can act on, and the message the agent
//! reads for it: an id of `locales/*/fasttrak.ftl` and its arguments.

/// Result of a FASTTRAK call.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Which required header the API gateway refused: each names a different setting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HeaderProblem {
    /// `[400] API Gateway Not Authorized`: the `Partner-Access-Key` is missing or wrong.
    AccessKey,
    /// `[400] Missing Required Header: Partner-Api-Version`.
    ApiVersion,
    /// `[400] Missing Required Header: System-Id`: missing, or not an operator's database.
    SystemId,
}

/// Why the client did not send a request: what the documents require is missing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotSent {
    /// A quote for nobody (`passengerCount` 0).
    NoPassengers,
    /// The pickup has no address, airport or position.
    NoPickupPlace,
    /// The drop-off has no address, airport or position.
    NoDropOffPlace,
    /// The primary passenger has no name.
    NoPassengerName,
    /// A reservation search whose end is before its start.
    SearchBackwards,
}

impl NotSent {
    /// The message id of `locales/*/fasttrak.ftl`.
    pub fn message_id(self) -> &'static str {
        match self {
            NotSent::NoPassengers => "fasttrak-not-sent-no-passengers",
            NotSent::NoPickupPlace => "fasttrak-not-sent-no-pickup",
            NotSent::NoDropOffPlace => "fasttrak-not-sent-no-drop-off",
            NotSent::NoPassengerName => "fasttrak-not-sent-no-name",
            NotSent::SearchBackwards => "fasttrak-not-sent-search-backwards",
        }
    }
}

impl HeaderProblem {
    /// The documented message text the gateway answers with.
    pub fn message(self) -> &'static str {
        match self {
            HeaderProblem::AccessKey => "API Gateway Not Authorized",
            HeaderProblem::ApiVersion => "Missing Required Header: Partner-Api-Version",
            HeaderProblem::SystemId => "Missing Required Header: System-Id",
        }
    }

    /// Finds a documented header message in a 400 reply's body (plain text or JSON).
    pub(crate) fn find(body: &str) -> Option<HeaderProblem> {
        [HeaderProblem::AccessKey, HeaderProblem::ApiVersion, HeaderProblem::SystemId]
            .into_iter()
            .find(|problem| body.contains(problem.message()))
    }

    /// The setting to correct, as the desk names it.
    pub fn field(self) -> &'static str {
        match self {
            HeaderProblem::AccessKey => "fasttrak.partnerAccessKey",
            HeaderProblem::ApiVersion => "fasttrak.apiVersion",
            HeaderProblem::SystemId => "fasttrak.systemId",
        }
    }
}

/// The read-only lists an operator may or may not open to partners.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Endpoint {
    /// `/api/companies`.
    Companies,
    /// `/api/customers`.
    Customers,
    /// `/api/employees`.
    Employees,
    /// `/api/vehicles`.
    Vehicles,
}

impl Endpoint {
    /// The path under the API root.
    pub fn path(self) -> &'static str {
        match self {
            Endpoint::Companies => "companies",
            Endpoint::Customers => "customers",
            Endpoint::Employees => "employees",
            Endpoint::Vehicles => "vehicles",
        }
    }

    /// The list's name in messages (`fasttrak-not-granted`'s `$list`).
    pub fn code(self) -> &'static str {
        match self {
            Endpoint::Companies => "companies",
            Endpoint::Customers => "customers",
            Endpoint::Employees => "employees",
            Endpoint::Vehicles => "vehicles",
        }
    }
}

/// Why a FASTTRAK call did not give its documented reply.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The API gateway refused a required header (HTTP 400 with a documented message).
    #[error("FASTTRAK refused the request's headers: {}", .0.message())]
    Header(HeaderProblem),
    /// The login was refused (`"FAILURE"`, or HTTP 401 at the login itself).
    #[error("FASTTRAK refused the login: {message}")]
    LoginRefused {
        /// The supplier's message.
        message: String,
    },
    /// The login's account is locked (`isLocked`).
    #[error("the FASTTRAK account is locked until {until:?}")]
    Locked {
        /// `lockedUntilDateUTC`, as the supplier wrote it.
        until: Option<String>,
    },
    /// The login's password has expired (`isExpired`).
    #[error("the FASTTRAK password has expired")]
    PasswordExpired,
    /// A call was refused with HTTP 401 even after a fresh token.
    #[error("FASTTRAK refused the session (HTTP 401 after a fresh token)")]
    Unauthorized,
    /// The operator has not granted this partner access to a list (HTTP 401/403 there).
    #[error("the operator has not granted access to {}", .0.path())]
    NotGranted(Endpoint),
    /// The call reached the operator and was refused: a `"FAILURE"` envelope (with HTTP 200)
    /// or an error status with a message.
    #[error("FASTTRAK refused the request (HTTP {status}): {message}")]
    Failure {
        /// The HTTP status (200 for a `"FAILURE"` envelope).
        status: u16,
        /// The supplier's message.
        message: String,
    },
    /// An error status whose body gives no reason (an HTML page, nothing).
    #[error("FASTTRAK answered HTTP {status} without a readable reason: {excerpt:?}")]
    Http {
        /// The HTTP status.
        status: u16,
        /// The start of the body, for the log.
        excerpt: String,
    },
    /// A success status whose body is not the documented envelope.
    #[error("FASTTRAK's reply (HTTP {status}) could not be read: {message}")]
    Decode {
        /// The HTTP status.
        status: u16,
        /// What did not match.
        message: String,
    },
    /// A request the client refused to send (a required value missing).
    #[error("not sent: {0:?}")]
    Invalid(NotSent),
    /// No connection could be made; nothing left this machine.
    #[error("FASTTRAK could not be reached: {0}")]
    Unreachable(String),
    /// The request may have reached FASTTRAK, but no reply came.
    #[error("no reply from FASTTRAK: {0}")]
    NoReply(String),
    /// The client was set up with something unusable.
    #[error("the FASTTRAK client is set up wrongly: {0}")]
    Config(String),
}

impl Error {
    /// Whether the request may have changed something although no reply says so: a booking or
    /// cancellation in this state is reconciled by looking the reservation up, never resent.
    pub fn outcome_unknown(&self) -> bool {
        match self {
            Error::NoReply(_) => true,
            Error::Http { status, .. } | Error::Decode { status, .. } => *status >= 500 || *status < 300,
            _ => false,
        }
    }

    /// Whether the problem is with the credentials or settings rather than the request.
    pub fn is_setup(&self) -> bool {
        matches!(
            self,
            Error::Header(_)
                | Error::LoginRefused { .. }
                | Error::Locked { .. }
                | Error::PasswordExpired
                | Error::Unauthorized
                | Error::Config(_)
        )
    }

    /// The setting or field the error concerns, as the desk names it.
    pub fn field(&self) -> Option<&'static str> {
        match self {
            Error::Header(problem) => Some(problem.field()),
            Error::LoginRefused { .. } | Error::PasswordExpired | Error::Unauthorized => {
                Some("fasttrak.password")
            }
            Error::Locked { .. } => Some("fasttrak.username"),
            _ => None,
        }
    }

    /// The message for the agent: its id in `locales/*/fasttrak.ftl` and its arguments.
    pub fn message(&self) -> (&'static str, Vec<(&'static str, String)>) {
        match self {
            Error::Header(HeaderProblem::AccessKey) => ("fasttrak-access-key", Vec::new()),
            Error::Header(HeaderProblem::ApiVersion) => ("fasttrak-api-version", Vec::new()),
            Error::Header(HeaderProblem::SystemId) => ("fasttrak-system-id", Vec::new()),
            Error::LoginRefused { message } => ("fasttrak-login-refused", vec![("said", message.clone())]),
            Error::Locked { until: Some(until) } => ("fasttrak-locked-until", vec![("until", until.clone())]),
            Error::Locked { until: None } => ("fasttrak-locked", Vec::new()),
            Error::PasswordExpired => ("fasttrak-password-expired", Vec::new()),
            Error::Unauthorized => ("fasttrak-unauthorized", Vec::new()),
            Error::NotGranted(endpoint) => {
                ("fasttrak-not-granted", vec![("list", endpoint.code().to_owned())])
            }
            Error::Failure { message, .. } => ("fasttrak-refused", vec![("said", message.clone())]),
            Error::Http { status, .. } => ("fasttrak-http", vec![("status", status.to_string())]),
            Error::Decode { .. } => ("fasttrak-unreadable", Vec::new()),
            Error::Invalid(problem) => (problem.message_id(), Vec::new()),
            Error::Unreachable(_) => ("fasttrak-unreachable", Vec::new()),
            Error::NoReply(_) => ("fasttrak-no-reply", Vec::new()),
            Error::Config(problem) => ("fasttrak-config", vec![("problem", problem.clone())]),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The message as the desk writes it for the agent.
    fn said(error: &Error, language: i18n::Language) -> String {
        let (id, args) = error.message();
        i18n::text(language, id, &args)
    }

    #[test]
    fn each_documented_header_message_names_its_setting() {
        for (body, problem) in [
            (r#"{"statusCode":400,"message":"API Gateway Not Authorized"}"#, HeaderProblem::AccessKey),
            ("[400] Missing Required Header: Partner-Api-Version", HeaderProblem::ApiVersion),
            (r#"{"message":"Missing Required Header: System-Id"}"#, HeaderProblem::SystemId),
        ] {
            assert_eq!(HeaderProblem::find(body), Some(problem), "{body}");
        }
        assert_eq!(HeaderProblem::find("Bad Request"), None);
        assert_eq!(Error::Header(HeaderProblem::SystemId).field(), Some("fasttrak.systemId"));
    }

    #[test]
    fn a_list_that_is_not_granted_says_so_in_those_words() {
        let sentence = said(&Error::NotGranted(Endpoint::Customers), i18n::Language::English);
        assert!(sentence.contains("has not granted access to its customers list"), "{sentence}");
        let sentence = said(&Error::NotGranted(Endpoint::Companies), i18n::Language::Swedish);
        assert!(sentence.contains("inte gett oss tillgång"), "{sentence}");
    }

    #[test]
    fn only_a_missing_reply_or_a_server_error_leaves_the_outcome_unknown() {
        assert!(Error::NoReply("timeout".into()).outcome_unknown());
        assert!(Error::Http { status: 502, excerpt: String::new() }.outcome_unknown());
        assert!(!Error::Failure { status: 200, message: "No".into() }.outcome_unknown());
        assert!(!Error::Unreachable("refused".into()).outcome_unknown());
        assert!(!Error::Header(HeaderProblem::AccessKey).outcome_unknown());
    }
}
