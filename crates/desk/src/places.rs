//! The street, point-of-interest, airport and station type-ahead of the Book screens, over
//! FTBook's street search.

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

impl Core {
    /// Streets, POIs, airports and stations matching `text` (`Drottningholmsvägen 37, Stockholm`),
    /// from `offset` on (0 for the first page).
    pub async fn search_places(&self, text: &str, offset: u32) -> Result<PlaceHits> {
        let client = &self.ftbook()?.client;
        let query = ftbook::query::StreetSearch {
            search: Some(text.trim().to_owned()),
            offset: (offset > 0).then_some(offset),
            ..Default::default()
        };
        let found = client.search_streets(&query).await.map_err(|e| ftbook_error(&e, self.language()))?;
        let hits = found
            .streets
            .iter()
            .map(|street| {
                let location = street.location.as_ref();
                let kind =
                    location.and_then(|l| l.kind.as_ref()).map(|k| k.as_str().to_owned()).unwrap_or_default();
                let code = location.and_then(|l| l.code.clone()).unwrap_or_default();
                let detail = location.and_then(|l| l.name.clone()).unwrap_or_default();
                let terminal = matches!(kind.as_str(), "AIRPORT" | "TRAIN_STATION");
                // A terminal's name is its location's; a street or POI has its own.
                let name = street
                    .name
                    .clone()
                    .filter(|n| !n.is_empty())
                    .or_else(|| terminal.then(|| detail.clone()))
                    .or_else(|| street.description.clone())
                    .unwrap_or_default();
                let (kind, place, label) = if terminal {
                    let kind = if kind == "AIRPORT" { "airport" } else { "station" };
                    (kind, Place::Terminal { code: code.clone() }, format!("{name} ({code})"))
                } else {
                    let number = street.number.map(|n| n.to_string());
                    let label = match &number {
                        Some(n) => format!("{name} {n}{}", street.letter.as_deref().unwrap_or("")),
                        None => name.clone(),
                    };
                    let kind = if kind == "POI" || street.description.is_some() { "poi" } else { "address" };
                    let city = location
                        .and_then(|l| l.community.clone())
                        .or_else(|| location.and_then(|l| l.name.clone()));
                    (kind, Place::Street { name, number, letter: street.letter.clone(), city }, label)
                };
                PlaceHit {
                    label,
                    detail,
                    kind: kind.into(),
                    place,
                    needs_number: street.number_required == Some(true) && street.number.is_none(),
                }
            })
            .collect();
        let next_offset = query.next_page(&found).and_then(|next| next.offset);
        Ok(PlaceHits { hits, more: found.more_results_available, next_offset })
    }
}
