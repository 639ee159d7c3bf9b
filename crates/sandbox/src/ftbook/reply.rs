//! How the FTBook sandbox answers: JSON bodies, faults in either documented shape, 204 for no
//! matches.

use axum::Json;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};

/// Which of the documentation's two fault shapes the sandbox writes, so clients are tested
/// against both.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum FaultShape {
    /// `[{"code": 1102, "message": "..."}]`, as the call tables describe.
    #[default]
    BareArray,
    /// `{"faults": [...]}`, as the error-handling section names it.
    Wrapped,
}

/// A refusal: HTTP 422 with documented faults.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Faults(pub Vec<(i32, String)>);

impl Faults {
    /// One fault with the supplier's own message.
    pub fn one(code: i32, message: impl Into<String>) -> Self {
        Faults(vec![(code, message.into())])
    }

    /// The response in the given shape.
    pub fn into_response(self, shape: FaultShape) -> Response {
        let list: Vec<Value> =
            self.0.into_iter().map(|(code, message)| json!({"code": code, "message": message})).collect();
        let body = match shape {
            FaultShape::BareArray => Value::Array(list),
            FaultShape::Wrapped => json!({ "faults": list }),
        };
        (StatusCode::UNPROCESSABLE_ENTITY, Json(body)).into_response()
    }
}

/// A reply of a handler: a JSON body, no content, or faults.
pub enum Reply {
    /// 200 with this body.
    Json(Value),
    /// 204: no matches.
    NoContent,
    /// 422 with faults.
    Refused(Faults),
}

impl Reply {
    /// `NoContent` for an empty list, else the list.
    pub fn list(items: Vec<Value>) -> Reply {
        if items.is_empty() { Reply::NoContent } else { Reply::Json(Value::Array(items)) }
    }

    /// The HTTP response, writing faults in `shape`.
    pub fn into_response(self, shape: FaultShape) -> Response {
        match self {
            Reply::Json(body) => (StatusCode::OK, Json(body)).into_response(),
            Reply::NoContent => StatusCode::NO_CONTENT.into_response(),
            Reply::Refused(faults) => faults.into_response(shape),
        }
    }
}

impl From<Faults> for Reply {
    fn from(faults: Faults) -> Self {
        Reply::Refused(faults)
    }
}
