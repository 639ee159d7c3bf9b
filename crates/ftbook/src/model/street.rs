//! Streets, points of interest and locations, as the street search finds them.

use serde::{Deserialize, Serialize};
use serde_with::skip_serializing_none;

use super::{LocationType, is_empty_vec};

/// A street address, a point of interest or a location (an airport has only `location`).
///
/// Coordinates are plain numbers: FTBook's examples put RT90 grid values (`6581076`) in
/// `latitude`/`longitude`, so their unit depends on the coordinate type asked for.
#[skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Street {
    /// Flygtaxi's id of the street.
    pub id: Option<i64>,
    /// Street name (1–64).
    pub name: Option<String>,
    /// Street number.
    pub number: Option<i64>,
    /// Letter after the number, `B` in `Sveavägen 12B` (1–32).
    pub letter: Option<String>,
    /// Whether a number must be given to book to or from this street.
    pub number_required: Option<bool>,
    /// Zip code, as a number (`11242`).
    pub zipcode: Option<i64>,
    /// RT90 X coordinate (northing).
    pub rt90x: Option<f64>,
    /// RT90 Y coordinate (easting).
    pub rt90y: Option<f64>,
    /// The district, airport or station.
    pub location: Option<Location>,
    /// Distance from the coordinate or location code the search was sorted by.
    pub distance: Option<f64>,
    /// Latitude (see the type's note on units).
    pub latitude: Option<f64>,
    /// Longitude (see the type's note on units).
    pub longitude: Option<f64>,
    /// Description, for points of interest (1–256).
    pub description: Option<String>,
    /// The street numbers that exist.
    #[serde(default, skip_serializing_if = "is_empty_vec")]
    pub number_range: Vec<NumberRange>,
}

/// Street numbers from `start` to `end`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct NumberRange {
    /// First number.
    pub start: i64,
    /// Last number.
    pub end: i64,
}

/// A district, airport, station or port.
#[skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Location {
    /// What kind of location.
    #[serde(rename = "type")]
    pub kind: Option<LocationType>,
    /// Code: `ARN`, `KU8`, ... (1–32).
    pub code: Option<String>,
    /// Name: `Kungsholmen (Stockholm)` (1–64).
    pub name: Option<String>,
    /// Country code (1–64).
    pub country_code: Option<String>,
    /// Municipality (1–64).
    pub community: Option<String>,
    /// Flygtaxi's code of the municipality (1–64).
    pub community_code: Option<String>,
    /// Description (1–256).
    pub description: Option<String>,
}

/// One page of street search results.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct StreetSearchResult {
    /// Whether a later page (a larger offset) has more.
    #[serde(default)]
    pub more_results_available: bool,
    /// The matches on this page.
    #[serde(default)]
    pub streets: Vec<Street>,
}
