//! Turns an HTTP status and body into the documented reply or a typed error, without panicking
//! on anything a server (or a proxy in front of it) may send.

use serde::de::DeserializeOwned;

use crate::error::{Error, Result};
use crate::parse_faults;

/// How many characters of an unreadable body are kept for the log.
const EXCERPT_CHARS: usize = 200;

/// What a 204 ("no matches") means for a call.
pub(crate) enum NoContent<T> {
    /// An empty result, such as no streets found.
    Empty(T),
    /// Not documented for this call: an error.
    Unexpected,
}

/// Decodes a reply: 2xx bodies as `T`, 204 as `no_content` says, 401 as `Unauthorized`, and any
/// other status as `Rejected` when its body holds faults, else `Http`.
pub(crate) fn reply<T: DeserializeOwned>(status: u16, body: &[u8], no_content: NoContent<T>) -> Result<T> {
    match status {
        204 => match no_content {
            NoContent::Empty(empty) => Ok(empty),
            NoContent::Unexpected => {
                Err(Error::Decode { status, message: "no content where a reply was documented".into() })
            }
        },
        200..=299 => {
            serde_json::from_slice(body).map_err(|error| Error::Decode { status, message: error.to_string() })
        }
        401 => Err(Error::Unauthorized),
        _ => match parse_faults(body) {
            Some(faults) => Err(Error::Rejected { status, faults }),
            None => Err(Error::Http { status, excerpt: excerpt(body) }),
        },
    }
}

fn excerpt(body: &[u8]) -> String {
    String::from_utf8_lossy(body).chars().take(EXCERPT_CHARS).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Segment, StreetSearchResult};

    #[test]
    fn no_content_is_an_empty_result_where_documented() {
        let result = reply::<StreetSearchResult>(204, b"", NoContent::Empty(StreetSearchResult::default()));
        assert_eq!(result.unwrap().streets.len(), 0, "204 means no matches");
        let segment = reply::<Segment>(204, b"", NoContent::Unexpected);
        assert!(matches!(segment, Err(Error::Decode { status: 204, .. })), "a segment look-up has no 204");
    }

    #[test]
    fn error_statuses_become_typed_errors() {
        let rejected = reply::<Segment>(
            422,
            br#"{"faults":[{"code":1200,"message":"Segment not found"}]}"#,
            NoContent::Unexpected,
        );
        assert!(matches!(&rejected, Err(Error::Rejected { status: 422, faults }) if faults[0].code == 1200));
        assert!(matches!(
            reply::<Segment>(401, b"Unauthorized", NoContent::Unexpected),
            Err(Error::Unauthorized)
        ));
        let html = reply::<Segment>(502, b"<html><h1>502 Bad Gateway</h1></html>", NoContent::Unexpected);
        assert!(
            matches!(&html, Err(Error::Http { status: 502, excerpt }) if excerpt.contains("Bad Gateway"))
        );
        assert!(html.unwrap_err().outcome_unknown(), "a 5xx may have come after the change was made");
    }

    #[test]
    fn a_truncated_success_is_a_decode_error() {
        let result =
            reply::<Segment>(200, br#"{"cancelled": false, "ftresid": "R0000"#, NoContent::Unexpected);
        assert!(matches!(result, Err(Error::Decode { status: 200, .. })));
    }

    #[test]
    fn a_money_value_written_as_a_number_is_refused_not_rounded() {
        let body = br#"{"includingVat": 679.0, "excludingVat": "640.57", "vatPercent": "0.06", "currencyCode": "SEK"}"#;
        assert!(reply::<crate::model::Price>(200, body, NoContent::Unexpected).is_err());
    }
}

/// Generated malformed replies: whatever arrives, decoding returns and never panics.
#[cfg(test)]
mod properties {
    use proptest::prelude::*;
    use serde_json::Value;

    use super::*;
    use crate::model::{Availability, Booking, Segment, StreetSearchResult};

    fn segment_reply() -> Value {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/create-segment-reply.json");
        serde_json::from_str(&std::fs::read_to_string(path).expect("fixture")).expect("fixture JSON")
    }

    /// Every path (object keys and array indices) in a JSON value.
    fn paths(value: &Value, prefix: Vec<String>, out: &mut Vec<Vec<String>>) {
        out.push(prefix.clone());
        match value {
            Value::Object(map) => {
                map.iter().for_each(|(k, v)| paths(v, [prefix.clone(), vec![k.clone()]].concat(), out))
            }
            Value::Array(items) => items
                .iter()
                .enumerate()
                .for_each(|(i, v)| paths(v, [prefix.clone(), vec![i.to_string()]].concat(), out)),
            _ => {}
        }
    }

    fn replace(value: &mut Value, path: &[String], with: Value) {
        let pointer = format!("/{}", path.join("/"));
        if path.is_empty() {
            *value = with;
        } else if let Some(slot) = value.pointer_mut(&pointer) {
            *slot = with;
        }
    }

    fn any_json() -> impl Strategy<Value = Value> {
        prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::Bool),
            any::<i64>().prop_map(Value::from),
            any::<f64>().prop_map(Value::from),
            ".{0,12}".prop_map(Value::String),
            Just(serde_json::json!([1, "two", null])),
            Just(serde_json::json!({"unexpected": {"deeply": [true]}})),
        ]
    }

    fn decode_all(status: u16, body: &[u8]) {
        let _ = reply::<Segment>(status, body, NoContent::Unexpected);
        let _ = reply::<Booking>(status, body, NoContent::Unexpected);
        let _ = reply::<Vec<Availability>>(status, body, NoContent::Empty(Vec::new()));
        let _ = reply::<StreetSearchResult>(status, body, NoContent::Empty(StreetSearchResult::default()));
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

        #[test]
        fn random_bytes_never_panic(
            status in prop::sample::select(vec![200u16, 201, 204, 400, 401, 404, 422, 500, 502, 503]),
            body in prop::collection::vec(any::<u8>(), 0..512),
        ) {
            decode_all(status, &body);
            if !(200..300).contains(&status) {
                prop_assert!(reply::<Segment>(status, &body, NoContent::Unexpected).is_err(), "an error status is never a segment");
            }
        }

        #[test]
        fn a_truncated_reply_is_a_decode_error(cut in 0usize..2000) {
            let body = serde_json::to_vec(&segment_reply()).expect("serialisable");
            let cut = cut % body.len();
            let result = reply::<Segment>(200, &body[..cut], NoContent::Unexpected);
            prop_assert!(matches!(result, Err(Error::Decode { status: 200, .. })), "cut at {cut}");
        }

        #[test]
        fn a_field_of_the_wrong_type_never_panics(pick in any::<prop::sample::Index>(), with in any_json()) {
            let mut value = segment_reply();
            let mut all = Vec::new();
            paths(&value, Vec::new(), &mut all);
            let path = pick.get(&all).clone();
            replace(&mut value, &path, with);
            let body = serde_json::to_vec(&value).expect("serialisable");
            if let Ok(segment) = reply::<Segment>(200, &body, NoContent::Unexpected) {
                // What parsed can be written again.
                prop_assert!(serde_json::to_vec(&segment).is_ok());
            }
            decode_all(422, &body);
        }
    }
}
