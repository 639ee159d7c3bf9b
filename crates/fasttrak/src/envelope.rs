//! The reply envelope: `{"item": {...}}` or `{"items": [...]}` beside `status`, `message` and
//! `includesOperationalMessage`, and what an HTTP status means before the envelope is read.

use serde::Deserialize;
use serde::de::{DeserializeOwned, IgnoredAny};

use crate::error::{Error, HeaderProblem, Result};

/// Every reply's wrapper.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct Envelope<T> {
    /// One object.
    #[serde(default = "Option::default")]
    pub item: Option<T>,
    /// A list.
    #[serde(default = "Option::default")]
    pub items: Option<Vec<T>>,
    /// `"SUCCESS"` or `"FAILURE"`.
    #[serde(default)]
    pub status: Option<String>,
    /// The supplier's message; with `includesOperationalMessage` it is meant for people.
    #[serde(default)]
    pub message: Option<String>,
    /// Whether `message` carries an operational message for the agent.
    #[serde(default)]
    pub includes_operational_message: bool,
}

impl<T> Envelope<T> {
    /// Whether the supplier said the call failed (HTTP 200 notwithstanding).
    pub fn failed(&self) -> bool {
        self.status.as_deref().is_some_and(|status| status.eq_ignore_ascii_case("FAILURE"))
    }

    /// The failure as an error.
    pub fn failure(&self) -> Error {
        Error::Failure { status: 200, message: self.message_or_default() }
    }

    fn message_or_default(&self) -> String {
        self.message.clone().filter(|m| !m.trim().is_empty()).unwrap_or_else(|| "no reason given".into())
    }

    /// The single object of a successful reply.
    pub fn into_item(self) -> Result<T> {
        if self.failed() {
            return Err(self.failure());
        }
        self.log_operational_message();
        self.item.ok_or_else(|| Error::Decode { status: 200, message: "the reply has no item".into() })
    }

    /// The list of a successful reply (none is an empty list).
    pub fn into_items(self) -> Result<Vec<T>> {
        if self.failed() {
            return Err(self.failure());
        }
        self.log_operational_message();
        Ok(self.items.unwrap_or_default())
    }

    fn log_operational_message(&self) {
        if self.includes_operational_message
            && let Some(message) = &self.message
        {
            tracing::info!(message, "FASTTRAK operational message");
        }
    }
}

/// Reads a reply: an error for a status that is not a success, the envelope otherwise.
///
/// 401 is [`Error::Unauthorized`] (the caller refreshes and replays once); 400 with one of the
/// gateway's documented messages is [`Error::Header`].
pub(crate) fn read<T: DeserializeOwned>(status: u16, body: &[u8]) -> Result<Envelope<T>> {
    let text = String::from_utf8_lossy(body);
    match status {
        200..=299 => match serde_json::from_slice::<Envelope<T>>(body) {
            Ok(envelope) => Ok(envelope),
            Err(error) => match serde_json::from_slice::<Envelope<IgnoredAny>>(body) {
                // A failure whose item has another shape is still a failure.
                Ok(envelope) if envelope.failed() => Err(envelope.failure()),
                _ => Err(Error::Decode { status, message: error.to_string() }),
            },
        },
        400 if HeaderProblem::find(&text).is_some() => {
            Err(HeaderProblem::find(&text)
                .map_or(Error::Http { status, excerpt: excerpt(&text) }, Error::Header))
        }
        401 => Err(Error::Unauthorized),
        _ => match serde_json::from_slice::<Envelope<IgnoredAny>>(body) {
            Ok(Envelope { message: Some(message), .. }) if status < 500 && !message.trim().is_empty() => {
                Err(Error::Failure { status, message })
            }
            _ if status == 403 => Err(Error::Failure { status, message: "Forbidden".into() }),
            _ => Err(Error::Http { status, excerpt: excerpt(&text) }),
        },
    }
}

/// The start of a body, for the log: at most 200 characters on one line.
fn excerpt(text: &str) -> String {
    text.chars().take(200).map(|c| if c.is_control() { ' ' } else { c }).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Deserialize, PartialEq)]
    struct Thing {
        id: i64,
    }

    #[test]
    fn item_and_items_envelopes() {
        let one: Envelope<Thing> = read(
            200,
            br#"{"item":{"id":7},"status":"SUCCESS","message":null,"includesOperationalMessage":false}"#,
        )
        .unwrap();
        assert_eq!(one.into_item().unwrap(), Thing { id: 7 });
        let many: Envelope<Thing> =
            read(200, br#"{"items":[{"id":1},{"id":2}],"status":"SUCCESS"}"#).unwrap();
        assert_eq!(many.into_items().unwrap().len(), 2);
        let none: Envelope<Thing> = read(200, br#"{"items":null,"status":"SUCCESS"}"#).unwrap();
        assert!(none.into_items().unwrap().is_empty(), "no items is an empty list");
    }

    #[test]
    fn a_failure_with_http_200_is_an_error_with_the_suppliers_message() {
        let envelope: Envelope<Thing> =
            read(200, br#"{"item":null,"status":"FAILURE","message":"Pickup time is in the past"}"#).unwrap();
        match envelope.into_item() {
            Err(Error::Failure { status: 200, message }) => assert_eq!(message, "Pickup time is in the past"),
            other => panic!("expected a failure, got {other:?}"),
        }
        // Even when the item is of another shape.
        let result = read::<Thing>(200, br#"{"item":{"odd":true},"status":"FAILURE","message":"No"}"#);
        assert!(matches!(result, Err(Error::Failure { .. })), "{result:?}");
    }

    #[test]
    fn error_statuses() {
        assert!(matches!(read::<Thing>(401, b""), Err(Error::Unauthorized)));
        assert!(matches!(
            read::<Thing>(400, b"[400] API Gateway Not Authorized"),
            Err(Error::Header(HeaderProblem::AccessKey))
        ));
        assert!(matches!(
            read::<Thing>(404, br#"{"status":"FAILURE","message":"Reservation not found"}"#),
            Err(Error::Failure { status: 404, .. })
        ));
        assert!(matches!(read::<Thing>(403, b""), Err(Error::Failure { status: 403, .. })));
        assert!(matches!(
            read::<Thing>(502, b"<html>Bad gateway</html>"),
            Err(Error::Http { status: 502, .. })
        ));
        assert!(matches!(read::<Thing>(200, b"<html>"), Err(Error::Decode { .. })));
    }
}
