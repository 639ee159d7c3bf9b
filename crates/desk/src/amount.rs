//! An amount as each language writes it, for the sentences the desk makes itself (a balance in
//! a connection test): `15 234,75` in Swedish (a no-break space between thousands), `15,234.75`
//! in English, always two decimals. The screens format their own prices (`ui/src/lib/format.ts`).

use rust_decimal::Decimal;

use crate::Language;

/// `amount` rounded to two decimals, grouped by thousands as `language` writes it.
pub fn amount(value: Decimal, language: Language) -> String {
    let (group, point) = match language {
        Language::Swedish => ('\u{a0}', ','),
        Language::English => (',', '.'),
    };
    let fixed = format!("{:.2}", value.round_dp(2).abs());
    let (whole, cents) = fixed.split_once('.').unwrap_or((fixed.as_str(), "00"));
    let mut grouped = String::new();
    for (i, digit) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            grouped.push(group);
        }
        grouped.push(digit);
    }
    let sign = if value.is_sign_negative() && !value.round_dp(2).is_zero() { "-" } else { "" };
    format!("{sign}{grouped}{point}{cents}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn d(text: &str) -> Decimal {
        Decimal::from_str(text).expect("a decimal")
    }

    #[test]
    fn each_language_writes_an_amount_its_own_way() {
        assert_eq!(amount(d("15234.75"), Language::Swedish), "15\u{a0}234,75");
        assert_eq!(amount(d("15234.75"), Language::English), "15,234.75");
        assert_eq!(amount(d("1234567"), Language::English), "1,234,567.00");
        assert_eq!(amount(d("999.999"), Language::Swedish), "1\u{a0}000,00");
        assert_eq!(amount(d("0"), Language::Swedish), "0,00");
        assert_eq!(amount(d("-2500.5"), Language::English), "-2,500.50");
        assert_eq!(amount(d("-0.001"), Language::English), "0.00");
    }
}
