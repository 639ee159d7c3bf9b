//! Reading an Amadeus `RT` display: each element ([`crate::elements`]) into a passenger, a
//! flight, a contact or a remark, or into [`crate::Unread`] with why.

use chrono::NaiveDate;
use regex_lite::Regex;
use std::sync::LazyLock;

use crate::elements::{self, Piece};
use crate::{Gds, Pnr, Remark, Unread, UnreadWhy, air, contacts, dates, mask_card_numbers, names};

/// Element codes a PNR holds that a transfer does not use: kept as remarks.
const KEPT: &[&str] = &[
    "SSR", "OSI", "RM", "RC", "RI", "RX", "RQ", "TK", "FA", "FB", "FE", "FG", "FH", "FM", "FO", "FP", "FS",
    "FT", "FV", "FZ", "OP", "OPW", "OPC", "AB", "AI", "AM", "ES", "SK", "MIS", "HHL", "HTL", "CCR", "CAR",
    "TRN", "ATX", "AP", "APM", "APE", "APN", "APH", "APB", "APF", "APT",
];

/// `RP/STOS12345/STOS12345            AA/SU  25NOV26/1012Z   QX7Z2K`.
static HEADER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^RP/(?<office>[A-Z0-9]{6,9})/\S*(?:.*?\s(?<date>\d{2}[A-Z]{3}\d{2})/\d{4}Z)?.*?(?:\s(?<locator>[A-Z0-9]{6}))?\s*$")
        .expect("a pattern")
});

/// The element's code: its first word, or its letters before a `-` (`APM-+46…`).
fn code(text: &str) -> &str {
    let end = text.find(|c: char| !c.is_ascii_alphanumeric()).unwrap_or(text.len());
    &text[..end]
}

fn unread(line: u32, text: &str, why: UnreadWhy) -> Unread {
    Unread { line, text: mask_card_numbers(text), why }
}

/// Reads an Amadeus PNR display. `today` dates the flights when the header (which says when the
/// PNR was made) was not pasted.
pub fn read_amadeus(text: &str, today: NaiveDate) -> Pnr {
    let mut pnr = Pnr::empty(Gds::Amadeus);
    let pieces = elements::split(text);
    for piece in &pieces {
        if let Piece::Header(header) = &piece.piece
            && let Some(parts) = HEADER.captures(header)
        {
            pnr.office = parts.name("office").map(|m| m.as_str().to_owned());
            pnr.created = parts.name("date").and_then(|m| dates::with_year(m.as_str()));
            pnr.locator = parts.name("locator").map(|m| m.as_str().to_owned());
        }
    }
    let anchor = dates::anchor(pnr.created, today);
    for located in pieces {
        let line = located.line;
        match located.piece {
            Piece::Header(_) => {}
            Piece::Stray(text) => pnr.unread.push(unread(line, &text, UnreadWhy::NotAnElement)),
            Piece::Name { element, text } => match names::read(element, &text, today) {
                Some(passengers) => pnr.passengers.extend(passengers),
                None => pnr.unread.push(unread(line, &format!("{element}.{text}"), UnreadWhy::NameUnclear)),
            },
            Piece::Element { element, text } => {
                if text == "ARNK" {
                    pnr.remarks.push(Remark { element, code: "ARNK".into(), text: String::new() });
                    continue;
                }
                // `SK 527 Y …` is a flight although `SK` is an element's code too: the whole
                // flight pattern decides, and a damaged flight is said to be one.
                let flight = air::looks_like_a_flight(&text).then(|| air::read(element, &text, anchor));
                match flight {
                    Some(Ok(flight)) => pnr.flights.push(flight),
                    Some(Err(why)) if !KEPT.contains(&code(&text)) => {
                        pnr.unread.push(unread(line, &format!("{element} {text}"), why))
                    }
                    _ => read_other(&mut pnr, line, element, &text),
                }
            }
        }
    }
    pnr
}

/// An element that is not a name or a flight: a contact, a remark kept, or unread.
fn read_other(pnr: &mut Pnr, line: u32, element: u32, text: &str) {
    if let Some(contact) = contacts::read(element, text) {
        pnr.contacts.push(contact);
    } else if KEPT.contains(&code(text)) {
        let code = code(text);
        let rest = text[code.len()..].trim();
        // An SSR is named by its own code too (`SSR WCHR`).
        let (code, rest) = match (code, rest.split_once(' ')) {
            ("SSR", Some((ssr, rest))) => (format!("SSR {ssr}"), rest.trim()),
            _ => (code.to_owned(), rest),
        };
        pnr.remarks.push(Remark { element, code, text: mask_card_numbers(rest) });
    } else {
        pnr.unread.push(unread(line, &format!("{element} {text}"), UnreadWhy::UnknownElement));
    }
}
