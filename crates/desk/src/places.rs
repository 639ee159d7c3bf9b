//! The street, point-of-interest, airport and station type-ahead of the Book screens, over
//! FTBook's street search: what was typed is understood first (`typed`: a pasted address's
//! postcode), and the hits are put in the order an agent expects (`rank`).

mod rank;
mod typed;

pub use rank::Field;

use serde::Serialize;
use ts_rs::TS;

use crate::quotes::Place;
use crate::suppliers::ftbook_error;
use crate::{Core, Result};

/// One hit of the type-ahead.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PlaceHit {
    /// What the list shows: `Drottningholmsvägen 37` or `Stockholm Arlanda Flygplats (ARN)`.
    pub label: String,
    /// Where it is: `Kungsholmen (Stockholm)`.
    pub detail: String,
    /// `address`, `poi`, `airport` or `station`.
    pub kind: String,
    /// The place, as a trip takes it.
    pub place: Place,
    /// Whether a house number must be given before booking.
    pub needs_number: bool,
}

/// The hits for what was typed, and whether FTBook has more.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PlaceHits {
    /// The hits, as FTBook ranks them.
    pub hits: Vec<PlaceHit>,
    /// Whether more exist.
    pub more: bool,
    /// Where the next page starts, when there is one (`search_places` with this offset).
    pub next_offset: Option<u32>,
}

/// One type-ahead question.
#[derive(Debug, Clone, Copy)]
pub struct Search<'a> {
    /// What the agent typed (`Sveavägen 44, 111 34 Stockholm`, `arl`).
    pub text: &'a str,
    /// Where the page starts (0 for the first).
    pub offset: u32,
    /// The field asking.
    pub field: Field,
    /// The agency's home city (`Settings::home_city`; empty for none).
    pub home_city: &'a str,
}

impl Core {
    /// Streets, POIs, airports and stations matching what was typed, one page from its offset,
    /// best first for the field asking.
    pub async fn search_places(&self, asked: &Search<'_>) -> Result<PlaceHits> {
        let client = &self.ftbook()?.client;
        let typed = typed::understand(asked.text);
        let query = ftbook::query::StreetSearch {
            search: Some(typed.search.clone()),
            offset: (asked.offset > 0).then_some(asked.offset),
            ..Default::default()
        };
        let found = client.search_streets(&query).await.map_err(|e| ftbook_error(&e, self.language()))?;
        let hits: Vec<(PlaceHit, rank::Candidate)> = found.streets.iter().map(hit).collect();
        let candidates: Vec<rank::Candidate> = hits.iter().map(|(_, c)| c.clone()).collect();
        let home = Some(asked.home_city).filter(|h| !h.trim().is_empty());
        let mut slots: Vec<Option<PlaceHit>> = hits.into_iter().map(|(h, _)| Some(h)).collect();
        let hits = rank::order(&candidates, &typed, asked.field, home)
            .into_iter()
            .filter_map(|i| slots.get_mut(i).and_then(Option::take))
            .collect();
        let next_offset = query.next_page(&found).and_then(|next| next.offset);
        Ok(PlaceHits { hits, more: found.more_results_available, next_offset })
    }
}

/// One street search result as the list shows it, and what ranking needs of it.
pub(crate) fn hit(street: &ftbook::model::Street) -> (PlaceHit, rank::Candidate) {
    let location = street.location.as_ref();
    let kind = location.and_then(|l| l.kind.as_ref()).map(|k| k.as_str().to_owned()).unwrap_or_default();
    let code = location.and_then(|l| l.code.clone()).unwrap_or_default();
    let district = location.and_then(|l| l.name.clone()).unwrap_or_default();
    let community = location.and_then(|l| l.community.clone());
    let terminal = matches!(kind.as_str(), "AIRPORT" | "TRAIN_STATION");
    let poi =
        !terminal && (kind == "POI" || street.description.as_deref().is_some_and(|d| !d.trim().is_empty()));
    // A terminal's name is its location's; a street has its own; a POI is named by its description.
    let street_name = street.name.clone().filter(|n| !n.is_empty());
    let number = street.number.map(|n| n.to_string());
    let address = match (&street_name, &number) {
        (Some(name), Some(n)) => format!("{name} {n}{}", street.letter.as_deref().unwrap_or("")),
        (Some(name), None) => name.clone(),
        (None, _) => String::new(),
    };
    let (kind, place, label, detail, name) = if terminal {
        let name = street_name.clone().unwrap_or_else(|| district.clone());
        let kind = if kind == "AIRPORT" { "airport" } else { "station" };
        (kind, Place::Terminal { code: code.clone() }, format!("{name} ({code})"), district, name)
    } else {
        let place = Place::Street {
            name: street_name.clone().unwrap_or_default(),
            number: number.clone(),
            letter: street.letter.clone(),
            city: community.clone().or_else(|| Some(district.clone()).filter(|d| !d.is_empty())),
        };
        if poi {
            // A POI is looked for by its own name (`Grand Hôtel Stockholm (Hotell)`): the street
            // is where it is.
            let name = street.description.as_deref().unwrap_or_default().trim().to_owned();
            let detail = if address.is_empty() { district } else { format!("{address}, {district}") };
            ("poi", place, name.clone(), detail, name)
        } else {
            ("address", place, address, district, street_name.unwrap_or_default())
        }
    };
    let candidate = rank::Candidate {
        kind: kind.into(),
        code: terminal.then_some(code),
        name,
        city: community,
        zip: street.zipcode.and_then(|z| u32::try_from(z).ok()),
    };
    let hit = PlaceHit {
        label,
        detail,
        kind: kind.into(),
        place,
        needs_number: street.number_required == Some(true) && street.number.is_none(),
    };
    (hit, candidate)
}
