//! Balances as TBO writes them: JSON numbers, read from their text into [`Decimal`] without
//! passing through `f64`.

use std::str::FromStr;

use rust_decimal::Decimal;
use serde::de::Error as _;
use serde::{Deserialize, Deserializer};
use serde_json::value::RawValue;

/// `#[serde(deserialize_with = "money::number")]`: a JSON number's text, exactly; `null` is 0.
pub fn number<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Decimal, D::Error> {
    let raw = Option::<Box<RawValue>>::deserialize(deserializer)?;
    let Some(raw) = raw else { return Ok(Decimal::ZERO) };
    let text = raw.get().trim();
    if text == "null" {
        return Ok(Decimal::ZERO);
    }
    let parsed =
        if text.contains(['e', 'E']) { Decimal::from_scientific(text) } else { Decimal::from_str(text) };
    parsed.map_err(|error| D::Error::custom(format!("{text} is not an amount: {error}")))
}
