//! Name elements: `OBERG/KARIN MRS`, `OBERG/PER MSTR(CHD/12MAR16)`,
//! `OBERG/KARIN MRS(INFELSA/12MAR26)` (an infant with the adult's last name) or
//! `(INFLIND/ELSA/12MAR26)` (with its own).

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

/// `CHD/12MAR16`, `INFELSA/12MAR26`: a birth date at the end.
fn born(parts: &[&str], today: NaiveDate) -> Option<NaiveDate> {
    parts.last().and_then(|p| dates::birth_date(p, today))
}

/// The passengers of one name element: the passenger, and an infant on their lap when the
/// element names one. `None` when it is not `LAST/FIRST`.
pub(crate) fn read(element: u32, text: &str, today: NaiveDate) -> Option<Vec<Passenger>> {
    let (name, extra) = match text.split_once('(') {
        Some((name, extra)) => (name, Some(extra.trim_end_matches(')'))),
        None => (text, None),
    };
    let (last, first) = name.split_once('/')?;
    if last.trim().is_empty() || first.trim().is_empty() {
        return None;
    }
    let (first_name, title) = first_and_title(first);
    let last_name = as_written(last);
    let mut passenger =
        Passenger { element, last_name, first_name, title, traveller: Traveller::Adult, born: None };
    let mut infant = None;
    if let Some(extra) = extra {
        let parts: Vec<&str> = extra.split('/').map(str::trim).collect();
        match parts.first().copied().unwrap_or_default() {
            "CHD" => {
                passenger.traveller = Traveller::Child;
                passenger.born = born(&parts[1..], today);
            }
            first if first.starts_with("INF") => {
                let own = &first[3..];
                let birth = born(&parts, today);
                let names: Vec<&str> = std::iter::once(own)
                    .chain(parts[1..].iter().copied())
                    .filter(|p| !p.is_empty())
                    .collect();
                let names: Vec<&str> =
                    names.into_iter().filter(|p| dates::birth_date(p, today).is_none()).collect();
                let (last, first) = match names.as_slice() {
                    [last, first, ..] => (as_written(last), as_written(first)),
                    [first] => (passenger.last_name.clone(), as_written(first)),
                    [] => (passenger.last_name.clone(), String::new()),
                };
                infant = Some(Passenger {
                    element,
                    last_name: last,
                    first_name: first,
                    title: None,
                    traveller: Traveller::Infant,
                    born: birth,
                });
            }
            _ => {}
        }
    }
    Some(std::iter::once(passenger).chain(infant).collect())
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
