//! Card numbers (FOID) never reach the database in full: every `foid` field of anything stored is
//! masked first, keeping the card type, the first 6 and the last 4 digits (`CCVI411111XXXXXX1111`).

use serde_json::Value;

/// Masks a FOID: `CC` + 2-letter card type + number keeps the first 6 and last 4 digits of the
/// number; anything else keeps only its last 4 characters (at most half of it).
pub fn mask_foid(value: &str) -> String {
    let chars: Vec<char> = value.chars().collect();
    let (start, keep_tail) = if value.starts_with("CC") && chars.len() >= 4 + 10 {
        (4 + 6, 4)
    } else {
        (0, 4.min(chars.len() / 2))
    };
    chars
        .iter()
        .enumerate()
        .map(|(i, c)| if i >= start && i + keep_tail < chars.len() { 'X' } else { *c })
        .collect()
}

/// Masks every `foid` field (any case, any depth) of a JSON value in place.
pub fn mask_foids(value: &mut Value) {
    match value {
        Value::Object(fields) => {
            for (key, field) in fields.iter_mut() {
                if key.eq_ignore_ascii_case("foid") {
                    if let Value::String(text) = field {
                        *text = mask_foid(text);
                    }
                } else {
                    mask_foids(field);
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(mask_foids),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn a_card_keeps_its_type_first_six_and_last_four() {
        assert_eq!(mask_foid("CCVI4111111111111111"), "CCVI411111XXXXXX1111");
        assert_eq!(mask_foid("AB123456"), "XXXX3456");
        assert_eq!(mask_foid("12"), "X2");
    }

    #[test]
    fn every_foid_at_any_depth_is_masked() {
        let mut value = json!({"passenger": {"foid": "CCVI4111111111111111"},
            "segments": [{"passenger": {"FOID": "CCMC5500000000000004"}}], "other": "CCVI4111111111111111"});
        mask_foids(&mut value);
        assert_eq!(value["passenger"]["foid"], "CCVI411111XXXXXX1111");
        assert_eq!(value["segments"][0]["passenger"]["FOID"], "CCMC550000XXXXXX0004");
        assert_eq!(value["other"], "CCVI4111111111111111", "only foid fields are touched");
    }
}
