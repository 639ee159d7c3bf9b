//! Name elements: `OBERG/KARIN MRS`, `OBERG/PER MSTR(CHD/12MAR16)`, `(IDDOB15JAN1960)`,
//! `OBERG/KARIN MRS(INF/ELSA/12MAR26)` (an infant with the adult's last name) or
//! `(INFLIND/ELSA/12MAR26)` (with its own), as Amadeus's name entry writes them.

use chrono::NaiveDate;

use crate::{Passenger, Traveller, dates};

const TITLES: &[&str] = &["MR", "MRS", "MS", "MISS", "MSTR", "DR", "PROF", "REV"];

/// A name as people write it: `ÖBERG` → `Öberg`, `ANNA-KARIN` → `Anna-Karin`.
pub(crate) fn as_written(gds: &str) -> String {
    let mut out = String::with_capacity(gds.len());
    let mut start = true;
    for c in gds.trim().chars() {
        if start {
            out.extend(c.to_uppercase());
        } else {
            out.extend(c.to_lowercase());
        }
        start = !c.is_alphabetic();
    }
    out
}

/// `KARIN ANNA MRS` → (`Karin Anna`, `MRS`).
fn first_and_title(text: &str) -> (String, Option<String>) {
    let words: Vec<&str> = text.split_whitespace().collect();
    match words.split_last() {
        Some((last, rest)) if !rest.is_empty() && TITLES.contains(last) => {
            (as_written(&rest.join(" ")), Some((*last).to_owned()))
        }
        _ => (as_written(&words.join(" ")), None),
    }
}

/// The bracketed groups after a name: `(CHD/05JUN19)(ID123)` → `CHD/05JUN19`, `ID123`; a last
/// group the display cut off before its `)` counts too.
fn groups(text: &str) -> Vec<&str> {
    text.split('(').skip(1).map(|g| g.split(')').next().unwrap_or(g).trim()).collect()
}

/// An infant as Amadeus writes it after `INF`: `/ELLA/12MAR26` (the adult's last name),
/// `BERG/MAJA/01SEP26` (its own), `//10SEP08` (no name yet), `/ANU` (no birth date).
fn infant(adult: &Passenger, after: &str, today: NaiveDate) -> Passenger {
    let parts: Vec<&str> = after.split('/').map(str::trim).collect();
    let born = parts.iter().rev().find_map(|p| dates::birth_date(p, today));
    let names: Vec<&str> = parts.iter().copied().filter(|p| dates::birth_date(p, today).is_none()).collect();
    let (last_name, first_name) = match names.as_slice() {
        ["", first, ..] => (adult.last_name.clone(), as_written(first)),
        [last, first, ..] => (as_written(last), as_written(first)),
        [last] => (as_written(last), String::new()),
        [] => (adult.last_name.clone(), String::new()),
    };
    let last_name = if last_name.is_empty() { adult.last_name.clone() } else { last_name };
    Passenger {
        element: adult.element,
        last_name,
        first_name,
        title: None,
        traveller: Traveller::Infant,
        born,
    }
}

/// The passengers of one name element: the passenger, and an infant on their lap when the
/// element names one. `None` when it is not `LAST/FIRST`.
pub(crate) fn read(element: u32, text: &str, today: NaiveDate) -> Option<Vec<Passenger>> {
    let (name, extra) = text.split_once('(').map_or((text, ""), |(name, _)| (name, &text[name.len()..]));
    let (last, first) = name.split_once('/')?;
    if last.trim().is_empty() || first.trim().is_empty() {
        return None;
    }
    let (first_name, title) = first_and_title(first);
    let last_name = as_written(last);
    let mut passenger =
        Passenger { element, last_name, first_name, title, traveller: Traveller::Adult, born: None };
    let mut lap = None;
    for group in groups(extra) {
        if let Some(after) = group.strip_prefix("INF") {
            lap = Some(infant(&passenger, after, today));
        } else if let Some(after) = group.strip_prefix("CHD").or_else(|| group.strip_prefix("INS")) {
            // A child, or an infant with a seat of its own: either travels as a passenger.
            passenger.traveller = if group.starts_with("INS") { Traveller::Infant } else { Traveller::Child };
            passenger.born = after.split('/').find_map(|p| dates::birth_date(p.trim(), today));
        } else if let Some(born) = group.strip_prefix("IDDOB") {
            passenger.born = dates::long_birth_date(born);
        }
    }
    Some(std::iter::once(passenger).chain(lap).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_written_as_names() {
        assert_eq!(as_written("ÖBERG"), "Öberg");
        assert_eq!(as_written("ANNA-KARIN"), "Anna-Karin");
        assert_eq!(as_written("VON ESSEN"), "Von Essen");
    }
}
