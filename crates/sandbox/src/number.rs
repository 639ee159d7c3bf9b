//! Money as FASTTRAK and TBO write it: JSON numbers, written from a `Decimal`'s text (never
//! through `f64`) and read back the same way from the state file.

use std::str::FromStr;

use rust_decimal::Decimal;
use serde::de::Error as _;
use serde::ser::Error as _;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::value::RawValue;

/// Writes the amount as a JSON number with its scale (`171.88`).
pub fn serialize<S: Serializer>(value: &Decimal, serializer: S) -> Result<S::Ok, S::Error> {
    RawValue::from_string(value.to_string()).map_err(S::Error::custom)?.serialize(serializer)
}

/// Reads a JSON number's text.
pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Decimal, D::Error> {
    let raw = Box::<RawValue>::deserialize(deserializer)?;
    Decimal::from_str(raw.get()).map_err(D::Error::custom)
}
