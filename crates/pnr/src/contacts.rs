//! Contact elements: `AP STO 08-123 456 78 - ACME RESEBYRA AB - A` (the `-A/-B/-H/-M` at the end
//! says whose: the agency's, business, home, mobile), `APM +46701234567/P1`,
//! `APE KARIN.OBERG@EXAMPLE.SE/P1`, `APN E+…`/`APN M+…`, and the airline contacts
//! `SSR CTCM SK HK1 46701234567/P1`, `SSR CTCE SK HK1 KARIN.OBERG//EXAMPLE.SE/P1` (`//` is `@`,
//! `..` is `_`, `./` is `-`) and `OSI SK CTCM 46701234567`.

use regex_lite::Regex;
use std::sync::LazyLock;

use crate::{Contact, ContactKind};

static PASSENGERS: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"/P(\d+(?:[-,]\d+)*)").expect("a pattern"));
static SEGMENTS: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"/S\d+(?:[-,]\d+)*").expect("a pattern"));
static PHONE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\+?\d[\d \-()]{4,}\d").expect("a pattern"));
static WHOSE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?:^|[\s-])([ABHM])\s*$").expect("a pattern"));
static AIRLINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:SSR (?<ssr>CTC[MEBHP]) [A-Z0-9]{2} [A-Z]{2}\d{0,2}|OSI [A-Z0-9]{2} (?<osi>CTC[MEBHP]))\s*(?<body>.*)$")
        .expect("a pattern")
});

/// `1-3` → 1, 2, 3; `1,3` → 1, 3.
fn numbers(list: &str) -> Vec<u32> {
    let mut out = Vec::new();
    for part in list.split(',') {
        match part.split_once('-') {
            Some((from, to)) => {
                if let (Ok(from), Ok(to)) = (from.parse::<u32>(), to.parse::<u32>()) {
                    out.extend(from..=to.min(from + 99));
                }
            }
            None => out.extend(part.parse::<u32>().ok()),
        }
    }
    out
}

/// The text without its passenger and segment associations, and the passengers.
pub(crate) fn associations(text: &str) -> (String, Vec<u32>) {
    let passengers =
        PASSENGERS.captures_iter(text).filter_map(|c| c.get(1)).flat_map(|m| numbers(m.as_str())).collect();
    let text = PASSENGERS.replace_all(text, "");
    let text = SEGMENTS.replace_all(&text, "");
    (text.trim().to_owned(), passengers)
}

/// A phone as FTBook takes it: digits, with the `+` of an international number.
fn phone(text: &str) -> Option<String> {
    let found = PHONE.find(text)?.as_str();
    let plus = found.starts_with('+');
    let digits: String = found.chars().filter(char::is_ascii_digit).collect();
    Some(if plus { format!("+{digits}") } else { digits })
}

/// An address as the airline codes it (`KARIN.OBERG//EXAMPLE.SE`) or as written.
fn email(text: &str) -> Option<String> {
    let text = text.trim().trim_start_matches('-').trim();
    let text = if text.contains('@') {
        text.to_owned()
    } else {
        text.replace("//", "@").replace("..", "_").replace("./", "-")
    };
    let address = text.split_whitespace().next()?.to_lowercase();
    (address.contains('@') && address.contains('.')).then_some(address)
}

fn contact(
    element: u32,
    kind: ContactKind,
    value: Option<String>,
    passengers: Vec<u32>,
    source: &str,
) -> Option<Contact> {
    Some(Contact { element, kind, value: value?, passengers, source: source.to_owned() })
}

/// The contact an element holds; `None` when it holds none (then it is a remark).
pub(crate) fn read(element: u32, text: &str) -> Option<Contact> {
    let (text, passengers) = associations(text);
    if let Some(airline) = AIRLINE.captures(&text) {
        let (code, source) = match (airline.name("ssr"), airline.name("osi")) {
            (Some(code), _) => (code.as_str(), format!("SSR {}", code.as_str())),
            (None, Some(code)) => (code.as_str(), "OSI".to_owned()),
            (None, None) => return None,
        };
        let body = airline.name("body").map_or("", |m| m.as_str());
        return match code {
            "CTCE" => contact(element, ContactKind::Email, email(body), passengers, &source),
            "CTCM" => contact(element, ContactKind::Mobile, phone(body), passengers, &source),
            _ => contact(element, ContactKind::Phone, phone(body), passengers, &source),
        };
    }
    let code: String = text.chars().take_while(|c| c.is_ascii_uppercase()).collect();
    // `APBOM 91 22 496 0704 - H`: the city code may follow `AP` without a space.
    let code = match code.len() {
        5 if code.starts_with("AP") => "AP".to_owned(),
        _ => code,
    };
    let body = text[code.len()..].trim().trim_start_matches('-').trim();
    match code.as_str() {
        "APE" => contact(element, ContactKind::Email, email(body), passengers, &code),
        "APM" => contact(element, ContactKind::Mobile, phone(body), passengers, &code),
        "APH" | "APB" => contact(element, ContactKind::Phone, phone(body), passengers, &code),
        "APN" => match body.split_once('+') {
            Some(("E", address)) => contact(element, ContactKind::Email, email(address), passengers, &code),
            Some(("M" | "SMS", number)) => {
                contact(element, ContactKind::Mobile, phone(number), passengers, &code)
            }
            _ => None,
        },
        "AP" if body.contains('@') => contact(element, ContactKind::Email, email(body), passengers, &code),
        "AP" => {
            let kind = match WHOSE.captures(body).and_then(|c| c.get(1)).map(|m| m.as_str()) {
                Some("A") => ContactKind::Agency,
                Some("M") => ContactKind::Mobile,
                _ => ContactKind::Phone,
            };
            contact(element, kind, phone(body), passengers, &code)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn value(text: &str) -> Option<(ContactKind, String, Vec<u32>)> {
        read(9, text).map(|c| (c.kind, c.value, c.passengers))
    }

    #[test]
    fn every_form_of_contact_is_read_with_whose_it_is() {
        use ContactKind::*;
        assert_eq!(
            value("AP STO 08-123 456 78 - ACME RESEBYRA AB - A"),
            Some((Agency, "0812345678".into(), vec![]))
        );
        assert_eq!(value("APM +46 70 123 45 67/P1"), Some((Mobile, "+46701234567".into(), vec![1])));
        assert_eq!(value("APM-0701234567/P1-2"), Some((Mobile, "0701234567".into(), vec![1, 2])));
        assert_eq!(
            value("APE KARIN.OBERG@EXAMPLE.SE/P1"),
            Some((Email, "karin.oberg@example.se".into(), vec![1]))
        );
        assert_eq!(
            value("SSR CTCE SK HK1 KARIN..OBERG//EXAMPLE.SE/P2"),
            Some((Email, "karin_oberg@example.se".into(), vec![2]))
        );
        assert_eq!(value("SSR CTCM SK HK1 46701234567/P1"), Some((Mobile, "46701234567".into(), vec![1])));
        assert_eq!(value("OSI SK CTCM 46701234567"), Some((Mobile, "46701234567".into(), vec![])));
        assert_eq!(value("AP 031-12 34 56-H"), Some((Phone, "031123456".into(), vec![])));
        assert_eq!(value("APN E+KARIN@EXAMPLE.SE/P1"), Some((Email, "karin@example.se".into(), vec![1])));
        assert_eq!(value("APBOM 91 22 496 0704 - H/P1"), Some((Phone, "91224960704".into(), vec![1])));
        assert_eq!(value("OSI SK VIP PASSENGER"), None);
        assert_eq!(value("APE NOT AN ADDRESS"), None);
    }
}
