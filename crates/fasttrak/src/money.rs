//! Money as FASTTRAK writes it: a JSON number (`"totalCharge": 171.88`), with no currency (the
//! operator's currency is a setting of the profile).
//!
//! The number is read from its text straight into a [`Decimal`], never through `f64`, so
//! `171.88` stays `171.88` and `0.1 + 0.2` stays `0.3`. Written back, it is the same text.
//! Reading needs serde_json's own deserializer (`from_slice`/`from_str`), which is what the
//! client uses; a value that went through `serde_json::Value` first has already lost its text.

use std::str::FromStr;

use rust_decimal::Decimal;
use serde::de::Error as _;
use serde::ser::Error as _;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::value::RawValue;

/// Parses a JSON number's text exactly. A JSON string is refused: the API documents numbers, and
/// guessing would hide a change in the supplier's format.
pub fn parse(text: &str) -> Result<Decimal, String> {
    let text = text.trim();
    if text.starts_with('"') {
        return Err(format!("expected a number for an amount, found the string {text}"));
    }
    let parsed =
        if text.contains(['e', 'E']) { Decimal::from_scientific(text) } else { Decimal::from_str(text) };
    parsed.map_err(|error| format!("{text} is not an amount: {error}"))
}

fn write<S: Serializer>(value: &Decimal, serializer: S) -> Result<S::Ok, S::Error> {
    let raw = RawValue::from_string(value.to_string()).map_err(S::Error::custom)?;
    raw.serialize(serializer)
}

/// `#[serde(with = "money::number")]` for a required amount.
pub mod number {
    use super::*;

    /// Writes the amount as a JSON number with its scale (`171.88`, `12.50`).
    pub fn serialize<S: Serializer>(value: &Decimal, serializer: S) -> Result<S::Ok, S::Error> {
        write(value, serializer)
    }

    /// Reads a JSON number's text into a `Decimal`.
    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Decimal, D::Error> {
        let raw = Box::<RawValue>::deserialize(deserializer)?;
        parse(raw.get()).map_err(D::Error::custom)
    }
}

/// `#[serde(default, with = "money::option_number", skip_serializing_if = "Option::is_none")]`
/// for an amount that may be missing or `null`.
pub mod option_number {
    use super::*;

    /// Writes the amount, or `null`.
    pub fn serialize<S: Serializer>(value: &Option<Decimal>, serializer: S) -> Result<S::Ok, S::Error> {
        match value {
            Some(value) => write(value, serializer),
            None => serializer.serialize_none(),
        }
    }

    /// Reads a JSON number's text, or `null`.
    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<Decimal>, D::Error> {
        let raw = Option::<Box<RawValue>>::deserialize(deserializer)?;
        match raw {
            Some(raw) if raw.get() != "null" => parse(raw.get()).map(Some).map_err(D::Error::custom),
            _ => Ok(None),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Deserialize, Serialize)]
    struct Priced {
        #[serde(with = "number")]
        total: Decimal,
        #[serde(default, with = "option_number", skip_serializing_if = "Option::is_none")]
        tax: Option<Decimal>,
    }

    #[test]
    fn an_amount_keeps_its_digits_and_its_scale() {
        let priced: Priced = serde_json::from_str(r#"{"total": 171.88, "tax": 12.50}"#).unwrap();
        assert_eq!(priced.total.to_string(), "171.88");
        assert_eq!(priced.tax.map(|t| t.to_string()).as_deref(), Some("12.50"), "the scale is kept");
        assert_eq!(serde_json::to_string(&priced).unwrap(), r#"{"total":171.88,"tax":12.50}"#);
    }

    #[test]
    fn amounts_that_f64_would_round_stay_exact() {
        let priced: Priced = serde_json::from_str(r#"{"total": 12345678901234.99}"#).unwrap();
        assert_eq!(priced.total.to_string(), "12345678901234.99");
        let sum: Priced = serde_json::from_str(r#"{"total": 0.1}"#).unwrap();
        assert_eq!((sum.total + Decimal::new(2, 1)).to_string(), "0.3");
    }

    #[test]
    fn missing_null_exponent_and_string_amounts() {
        let priced: Priced = serde_json::from_str(r#"{"total": 1.7188e2, "tax": null}"#).unwrap();
        assert_eq!(priced.total, Decimal::new(17188, 2));
        assert_eq!(priced.tax, None);
        let error = serde_json::from_str::<Priced>(r#"{"total": "171.88"}"#).unwrap_err();
        assert!(error.to_string().contains("expected a number"), "{error}");
    }
}
