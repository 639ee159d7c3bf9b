//! A traveller's PNR as the agent pastes it from the GDS, read into what a transfer needs: the
//! record locator, the passengers, the flights with their local times, the contacts. This is
//! Amadeus's `RT` display, read line by line.
//!
//! Nothing is guessed silently: every line is either read into a field, kept as a remark, or
//! listed in [`Pnr::unread`] with why, so the agent sees what was left beside what was taken.
//! Card numbers are masked in everything kept as text.

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

mod air;
pub mod airports;
mod contacts;
mod dates;
mod elements;
mod names;
mod read;
mod sabre;

pub use dates::{header_date, segment_day};
pub use read::read_amadeus;
pub use sabre::{is_xml, read_sabre_xml};

/// The reservation system a PNR comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Gds {
    /// Amadeus (the `RT` display).
    Amadeus,
    /// Sabre (its PNR XML).
    Sabre,
}

impl Gds {
    /// The system's name as FTBook's `Identity.system` and reference look-ups write it.
    pub fn ftbook_system(self) -> &'static str {
        match self {
            Gds::Amadeus => "AMADEUS",
            Gds::Sabre => "SABRE",
        }
    }
}

/// What a pasted PNR held.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Pnr {
    /// Where it comes from.
    pub gds: Gds,
    /// The record locator (`QX7Z2K`), when the header was pasted.
    #[ts(optional)]
    pub locator: Option<String>,
    /// The responsible office (`STOS12345`).
    #[ts(optional)]
    pub office: Option<String>,
    /// The day the PNR was made or last changed, from its header; it dates the flights.
    #[ts(optional, type = "string")]
    pub created: Option<NaiveDate>,
    /// The passengers, in the PNR's order; an infant follows the adult it travels with.
    pub passengers: Vec<Passenger>,
    /// The air segments, in the PNR's order.
    pub flights: Vec<Flight>,
    /// Phones and e-mail addresses.
    pub contacts: Vec<Contact>,
    /// Elements read but not used for a transfer (SSR, OSI, RM, ticketing, `ARNK` ...).
    pub remarks: Vec<Remark>,
    /// Lines that could not be read, with why.
    pub unread: Vec<Unread>,
}

/// Who travels: an adult, a child or an infant on an adult's lap.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum Traveller {
    /// An adult (and a youth or senior: a seat of their own).
    Adult,
    /// A child (`CHD`).
    Child,
    /// An infant (`INF`) without a seat.
    Infant,
}

/// One passenger.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Passenger {
    /// The PNR's element number (`1` of `1.OBERG/KARIN MRS`); an infant has its adult's.
    pub element: u32,
    /// Last name, written as a name (`Öberg`, `Lindqvist-Berg`).
    pub last_name: String,
    /// First name(s).
    pub first_name: String,
    /// Title (`MRS`, `MR`, `MS`, `MISS`, `MSTR`, `DR`).
    #[ts(optional)]
    pub title: Option<String>,
    /// Adult, child or infant.
    pub traveller: Traveller,
    /// A child's or an infant's birth date, when the PNR gives it.
    #[ts(optional, type = "string")]
    pub born: Option<NaiveDate>,
}

impl Passenger {
    /// The name as the GDS writes it, upper case without diacritics (`Öberg`, `Karin` →
    /// `OBERG/KARIN`): the same traveller whether a PNR or an agent wrote the name.
    pub fn gds_name(&self) -> String {
        let fold = |name: &str| -> String {
            name.to_uppercase()
                .chars()
                .map(|c| match c {
                    'Å' | 'Ä' | 'Á' | 'À' | 'Â' | 'Ã' => 'A',
                    'Ö' | 'Ø' | 'Ó' | 'Ò' | 'Ô' | 'Õ' => 'O',
                    'É' | 'È' | 'Ê' | 'Ë' => 'E',
                    'Ü' | 'Ú' | 'Ù' | 'Û' => 'U',
                    'Í' | 'Ì' | 'Î' | 'Ï' => 'I',
                    'Ç' => 'C',
                    'Ñ' => 'N',
                    c => c,
                })
                .collect()
        };
        format!("{}/{}", fold(&self.last_name), fold(&self.first_name))
    }
}

/// The state of a segment, from its status code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum SegmentState {
    /// Confirmed (`HK`, `KK`, `RR`, `TK`, `GK`, `SS`, `HS`, `KL`).
    Confirmed,
    /// Waitlisted, on request (`HL`, `HN`, `NN`, `PN`, `LL`, `UU`) or a status not known.
    Waiting,
    /// Cancelled or refused (`UN`, `UC`, `NO`, `HX`, `XX`, `XK`, `TL`).
    Cancelled,
}

/// One air segment.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Flight {
    /// The PNR's element number.
    pub element: u32,
    /// The flight (`SK1415`): carrier and number, no space.
    pub number: String,
    /// Booking class (`Y`).
    pub class: String,
    /// Leaves from (IATA, `ARN`).
    pub from: String,
    /// Goes to (IATA, `GOT`).
    pub to: String,
    /// Status code and seats (`HK1`).
    pub status: String,
    /// Confirmed, waiting or cancelled.
    pub state: SegmentState,
    /// Departure, local time at `from`.
    #[ts(type = "string")]
    pub departs: NaiveDateTime,
    /// Arrival, local time at `to` (a day later with `+1`).
    #[ts(type = "string")]
    pub arrives: NaiveDateTime,
    /// Departure with `from`'s offset, when its zone is known ([`airports::zone`]).
    #[ts(optional, type = "string")]
    pub departs_at: Option<DateTime<FixedOffset>>,
    /// Arrival with `to`'s offset, when its zone is known.
    #[ts(optional, type = "string")]
    pub arrives_at: Option<DateTime<FixedOffset>>,
    /// The airline's own locator (`SK/QX7Z2K`).
    #[ts(optional)]
    pub airline_locator: Option<String>,
}

/// What a contact element is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum ContactKind {
    /// A mobile phone (`APM`, `-M`, `CTCM`).
    Mobile,
    /// Another phone (home `-H`, business `-B`, unmarked).
    Phone,
    /// An e-mail address (`APE`, `CTCE`).
    Email,
    /// The agency's own phone (`-A`): not the traveller's.
    Agency,
}

/// A phone or an e-mail address.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Contact {
    /// The PNR's element number.
    pub element: u32,
    /// What it is.
    pub kind: ContactKind,
    /// The phone (`+46701234567`, digits and a leading `+`) or the address.
    pub value: String,
    /// The passengers it belongs to (`/P1`); empty for all.
    pub passengers: Vec<u32>,
    /// Where it was read: `AP`, `APM`, `APE`, `APN`, `SSR CTCM`, `OSI` ...
    pub source: String,
}

/// An element kept as it was (card numbers masked).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Remark {
    /// The PNR's element number.
    pub element: u32,
    /// Its code: `SSR WCHR`, `OSI`, `RM`, `TK`, `ARNK`, `MIS` ...
    pub code: String,
    /// The element's text after its code.
    pub text: String,
}

/// Why a line was not read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum UnreadWhy {
    /// Not an element of a PNR display (no element number, not a header, not a wrapped line).
    NotAnElement,
    /// An element whose code is not one a PNR holds.
    UnknownElement,
    /// A flight line without all of its parts (class, date, airports, status, times).
    FlightIncomplete,
    /// A date that does not exist, or whose weekday fits no year near the PNR's.
    DateUnclear,
    /// A name element without `LAST/FIRST`.
    NameUnclear,
}

/// A line left unread.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Unread {
    /// The line's number in the pasted text, from 1.
    pub line: u32,
    /// The line (an element with its wrapped lines), card numbers masked.
    pub text: String,
    /// Why.
    pub why: UnreadWhy,
}

impl Pnr {
    /// An empty reading of a PNR from `gds`.
    pub fn empty(gds: Gds) -> Self {
        Pnr {
            gds,
            locator: None,
            office: None,
            created: None,
            passengers: Vec::new(),
            flights: Vec::new(),
            contacts: Vec::new(),
            remarks: Vec::new(),
            unread: Vec::new(),
        }
    }

    /// The contact of `kind` for the passenger at `element`: theirs first, then one for all.
    pub fn contact(&self, kind: ContactKind, element: u32) -> Option<&Contact> {
        let of_kind = || self.contacts.iter().filter(move |c| c.kind == kind);
        of_kind()
            .find(|c| c.passengers.contains(&element))
            .or_else(|| of_kind().find(|c| c.passengers.is_empty()))
    }
}

/// Masks every run of 13 digits or more (a card number's length) but its last four: such a number
/// never rests in a remark, a log or the web view.
pub fn mask_card_numbers(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut digits = String::new();
    let flush = |digits: &mut String, out: &mut String| {
        if digits.len() >= 13 {
            let keep = digits.len() - 4;
            out.extend(std::iter::repeat_n('X', keep));
            out.push_str(&digits[keep..]);
        } else {
            out.push_str(digits);
        }
        digits.clear();
    };
    for c in text.chars() {
        if c.is_ascii_digit() {
            digits.push(c);
        } else {
            flush(&mut digits, &mut out);
            out.push(c);
        }
    }
    flush(&mut digits, &mut out);
    out
}

#[cfg(test)]
mod tests;
