//! FTBook's fault replies.
//!
//! The documentation disagrees with itself: the error-handling section names a `faults` field,
//! the calls say "a body containing an array of Faults", and its example (`{ [ ... ] }`) is not
//! JSON at all. We accept a bare array, an object with `faults`, and a single fault object; any
//! other body (an HTML error page, nothing, truncated JSON) is reported with its HTTP status.

use serde::{Deserialize, Serialize};

/// One reason the supplier gave for refusing a request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Fault {
    /// The documented fault code (see the catalogue).
    pub code: i32,
    /// The supplier's own message, in English.
    #[serde(default)]
    pub message: String,
}

impl Fault {
    /// A fault with the given code and message.
    pub fn new(code: i32, message: impl Into<String>) -> Self {
        Fault { code, message: message.into() }
    }
}

#[derive(Deserialize)]
#[serde(untagged)]
enum FaultBody {
    List(Vec<Fault>),
    Wrapped { faults: Vec<Fault> },
    Single(Fault),
}

/// The faults in an error body, or `None` when the body holds none in any accepted form.
pub fn parse_faults(body: &[u8]) -> Option<Vec<Fault>> {
    let faults = match serde_json::from_slice::<FaultBody>(body).ok()? {
        FaultBody::List(faults) | FaultBody::Wrapped { faults } => faults,
        FaultBody::Single(fault) => vec![fault],
    };
    (!faults.is_empty()).then_some(faults)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_documented_shape_is_read() {
        let expected = vec![
            Fault::new(1102, "Booking can not be empty"),
            Fault::new(1104, "bookingDate can not be empty"),
        ];
        let bare = br#"[{"code":1102,"message":"Booking can not be empty"},{"code":1104,"message":"bookingDate can not be empty"}]"#;
        let wrapped = br#"{"faults":[{"code":1102,"message":"Booking can not be empty"},{"code":1104,"message":"bookingDate can not be empty"}]}"#;
        assert_eq!(parse_faults(bare), Some(expected.clone()), "a bare array");
        assert_eq!(parse_faults(wrapped), Some(expected), "a faults object");
        assert_eq!(
            parse_faults(br#"{"code":1200,"message":"Segment not found"}"#),
            Some(vec![Fault::new(1200, "Segment not found")])
        );
    }

    #[test]
    fn bodies_without_faults_are_none_not_a_panic() {
        for body in [
            &b""[..],
            b"<html><body><h1>502 Bad Gateway</h1></body></html>",
            br#"[{"code":1102,"message":"Booking can"#,
            b"[]",
            br#"{"faults":[]}"#,
            br#"{"faults":"many"}"#,
            br#"[{"code":"1102"}]"#,
            b"null",
        ] {
            assert_eq!(parse_faults(body), None, "{:?}", String::from_utf8_lossy(body));
        }
    }
}
