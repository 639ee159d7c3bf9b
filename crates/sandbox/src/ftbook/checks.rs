//! The FTBook sandbox's own checks of a request body, written apart from the client's so the
//! two can catch each other's mistakes. Faults carry the documentation's message for the code
//! (`segment.passenger.phone can not be empty`).

use chrono::{DateTime, FixedOffset};
use serde_json::Value;

use super::reply::Faults;

/// Collects the faults of one request body.
pub struct Checks<'a> {
    body: &'a Value,
    faults: Vec<(i32, String)>,
}

impl<'a> Checks<'a> {
    /// Checks for `body`.
    pub fn new(body: &'a Value) -> Self {
        Checks { body, faults: Vec::new() }
    }

    /// The value at a JSON pointer (`/passenger/phone`).
    pub fn get(&self, pointer: &str) -> Option<&'a Value> {
        self.body.pointer(pointer).filter(|v| !v.is_null())
    }

    /// Records a fault.
    pub fn fault(&mut self, code: i32, message: impl Into<String>) {
        self.faults.push((code, message.into()));
    }

    /// Records `code` when `failed`.
    pub fn when(&mut self, failed: bool, code: i32, message: &str) {
        if failed {
            self.fault(code, message);
        }
    }

    /// A text field: `empty` (if given) when missing or blank; `invalid` when not text or its
    /// length is outside `min..=max` characters.
    pub fn text(
        &mut self,
        pointer: &str,
        name: &str,
        empty: Option<i32>,
        invalid: i32,
        min: usize,
        max: usize,
    ) -> Option<&'a str> {
        match self.get(pointer) {
            None => {
                if let Some(code) = empty {
                    self.fault(code, format!("{name} can not be empty"));
                }
                None
            }
            Some(Value::String(text)) if text.trim().is_empty() => {
                match empty {
                    Some(code) => self.fault(code, format!("{name} can not be empty")),
                    None => self.fault(invalid, format!("{name} is invalid")),
                }
                None
            }
            Some(Value::String(text)) => {
                let length = text.chars().count();
                if length < min || length > max {
                    self.fault(invalid, format!("{name} is invalid"));
                    return None;
                }
                Some(text.as_str())
            }
            Some(_) => {
                self.fault(invalid, format!("{name} is invalid"));
                None
            }
        }
    }

    /// A boolean field: `invalid` when present and not a boolean; `empty` (if given) when missing.
    pub fn boolean(&mut self, pointer: &str, name: &str, empty: Option<i32>, invalid: i32) -> Option<bool> {
        match self.get(pointer) {
            None => {
                if let Some(code) = empty {
                    self.fault(code, format!("{name} can not be empty"));
                }
                None
            }
            Some(Value::Bool(flag)) => Some(*flag),
            Some(_) => {
                self.fault(invalid, format!("{name} is invalid"));
                None
            }
        }
    }

    /// A whole-number field: `invalid` when present and not a non-negative integer.
    pub fn number(&mut self, pointer: &str, name: &str, invalid: i32) -> Option<i64> {
        match self.get(pointer) {
            None => None,
            Some(value) => match value.as_i64().filter(|n| *n >= 0) {
                Some(n) => Some(n),
                None => {
                    self.fault(invalid, format!("{name} is invalid"));
                    None
                }
            },
        }
    }

    /// A time in FTBook's documented form (25 characters, `2014-05-28T22:33:44+02:00`):
    /// `empty` (if given) when missing; `invalid` when in any other form.
    pub fn time(
        &mut self,
        pointer: &str,
        name: &str,
        empty: Option<i32>,
        invalid: i32,
    ) -> Option<DateTime<FixedOffset>> {
        match self.get(pointer) {
            None => {
                if let Some(code) = empty {
                    self.fault(code, format!("{name} can not be empty"));
                }
                None
            }
            Some(Value::String(text)) => match documented_time(text) {
                Some(time) => Some(time),
                None => {
                    self.fault(invalid, format!("{name} is invalid"));
                    None
                }
            },
            Some(_) => {
                self.fault(invalid, format!("{name} is invalid"));
                None
            }
        }
    }

    /// Records a rule the documentation states without a fault code: [`RULE_CODE`], with a
    /// message that names the field and the rule.
    pub fn rule(&mut self, field: &str, rule: &str) {
        self.fault(RULE_CODE, format!("{field}: {rule}"));
    }

    /// A text the documentation's tables limit without a fault code: required and/or
    /// `min..=max` characters, answered with [`Checks::rule`].
    pub fn text_rule(&mut self, pointer: &str, field: &str, required: bool, min: usize, max: usize) {
        match self.get(pointer) {
            None if required => self.rule(field, &format!("required, {min}–{max} characters")),
            None => {}
            Some(Value::String(text)) if (min..=max).contains(&text.chars().count()) => {}
            Some(_) => self.rule(field, &format!("must be text of {min}–{max} characters")),
        }
    }

    /// The faults found, if any.
    pub fn result(self) -> Result<(), Faults> {
        if self.faults.is_empty() { Ok(()) } else { Err(Faults(self.faults)) }
    }

    /// Whether any fault was found so far.
    pub fn failed(&self) -> bool {
        !self.faults.is_empty()
    }
}

/// The code of a fault for a rule the documentation states without a code of its own (a
/// length, a required field, a value set): the message names the field and the rule.
pub const RULE_CODE: i32 = 422;

/// FTBook's one date form: exactly 25 characters, `2014-05-28T22:33:44+02:00` (no fraction,
/// no `Z`). Anything else is refused, as the tables' 25/25 lengths say.
pub fn documented_time(text: &str) -> Option<DateTime<FixedOffset>> {
    if text.len() != 25 {
        return None;
    }
    DateTime::parse_from_str(text, "%Y-%m-%dT%H:%M:%S%:z").ok()
}

/// Whether `text` looks like an e-mail address.
pub fn is_email(text: &str) -> bool {
    text.split_once('@').is_some_and(|(local, domain)| {
        !local.is_empty()
            && domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && !domain.contains('@')
    })
}

/// Whether `text` is a phone number: the characters `+0-9() -`, with digits.
pub fn is_phone(text: &str) -> bool {
    text.chars().all(|c| "+0123456789() -".contains(c)) && text.chars().any(|c| c.is_ascii_digit())
}

/// Whether `text` is a FOID: `CC`, a documented card type, then digits (or `X` where masked).
pub fn is_foid(text: &str) -> bool {
    const TYPES: [&str; 10] =
        ["CCCC", "CCAX", "CCCA", "CCCO", "CCDC", "CCEC", "CCIC", "CCMC", "CCST", "CCVI"];
    let length = text.chars().count();
    (14..=32).contains(&length)
        && TYPES.iter().any(|t| text.starts_with(t))
        && text.get(4..).is_some_and(|n| {
            n.chars().all(|c| c.is_ascii_digit() || c == 'X') && n.chars().any(|c| c.is_ascii_digit())
        })
}

/// A FOID as PCI DSS allows it to rest: the type, the first 6 and last 4 digits, `X` between
/// (`CCVI411111XXXXXX1111`). The sandbox keeps and returns only this form.
pub fn mask_foid(foid: &str) -> String {
    let Some(digits) = foid.get(4..) else { return "X".repeat(foid.chars().count()) };
    let count = digits.chars().count();
    if count <= 10 {
        return format!("{}{}", &foid[..4], "X".repeat(count));
    }
    let masked: String =
        digits.chars().enumerate().map(|(i, c)| if i < 6 || i >= count - 4 { c } else { 'X' }).collect();
    format!("{}{masked}", &foid[..4])
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn faults_use_the_documentations_words_and_codes() {
        let body = json!({"passenger": {"firstName": "", "phone": 46, "email": "x"}});
        let mut checks = Checks::new(&body);
        checks.text("/passenger/firstName", "segment.passenger.firstName", Some(1241), 1242, 1, 32);
        checks.text("/passenger/phone", "segment.passenger.phone", Some(1246), 1247, 5, 64);
        checks.text("/passenger/lastName", "segment.passenger.lastName", Some(1243), 1244, 1, 32);
        let faults = checks.result().unwrap_err().0;
        assert_eq!(
            faults,
            vec![
                (1241, "segment.passenger.firstName can not be empty".to_owned()),
                (1247, "segment.passenger.phone is invalid".to_owned()),
                (1243, "segment.passenger.lastName can not be empty".to_owned()),
            ]
        );
    }

    #[test]
    fn only_the_documented_date_form_is_read() {
        assert!(documented_time("2014-05-28T22:33:44+02:00").is_some());
        for wrong in [
            "2026-12-01T15:40:06.960895724Z",
            "2014-04-25T12:56:57.235+02:00",
            "2026-12-01T15:40:06Z",
            "2026-12-01T15:40+01:00",
            "2026-12-01T15:40:06+0100",
        ] {
            assert!(documented_time(wrong).is_none(), "{wrong}");
        }
    }

    #[test]
    fn card_numbers_rest_masked() {
        assert_eq!(mask_foid("CCVI4111111111111111"), "CCVI411111XXXXXX1111");
        assert_eq!(mask_foid("CCVI411111XXXXXX1111"), "CCVI411111XXXXXX1111", "masking is idempotent");
        assert_eq!(mask_foid("CCVI1234"), "CCVIXXXX");
    }

    #[test]
    fn card_numbers_and_phones_follow_the_documentation() {
        assert!(is_foid("CCVI123456XXXXXX3456") && is_foid("CCAX371449635398431"));
        assert!(!is_foid("CCXX1234567890123") && !is_foid("VI1234567890123456") && !is_foid("CCVI12345"));
        assert!(is_phone("+46 (0)70-123 45 67") && !is_phone("070 ABC") && !is_phone("---"));
    }
}
