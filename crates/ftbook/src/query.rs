//! The query parameters of FTBook's search calls, with the supplier's parameter names.

use crate::model::{
    CoordinateType, Direction, Language, ServiceName, StreetSearchResult, StreetSearchType, Time,
};

/// Query pairs in the order given. Not `serde_urlencoded`: `serviceName` repeats for the
/// service-availability call, and times must keep their offset.
#[derive(Debug, Default)]
pub(crate) struct Pairs(pub(crate) Vec<(&'static str, String)>);

impl Pairs {
    fn add(&mut self, name: &'static str, value: impl ToString) {
        self.0.push((name, value.to_string()));
    }
    fn opt(&mut self, name: &'static str, value: Option<impl ToString>) {
        if let Some(value) = value {
            self.add(name, value);
        }
    }
    fn time(&mut self, name: &'static str, value: Option<Time>) {
        self.opt(name, value.map(|time| crate::model::time::format(&time)));
    }
}

/// `GET service`: what a connection offers at a time.
#[derive(Debug, Clone, PartialEq)]
pub struct ServicesQuery {
    /// Airport or station code, `ARN`.
    pub connection_code: String,
    /// To (`Departure`) or from (`Arrival`) the connection.
    pub direction: Direction,
    /// When the service is wanted.
    pub date: Time,
    /// Language of names and descriptions (Swedish by default).
    pub language: Option<Language>,
}

impl ServicesQuery {
    pub(crate) fn pairs(&self) -> Pairs {
        let mut pairs = Pairs::default();
        pairs.add("connectionCode", &self.connection_code);
        pairs.add("direction", &self.direction);
        pairs.time("date", Some(self.date));
        pairs.opt("language", self.language.as_ref());
        pairs
    }
}

/// `GET servicelocation`: the stops of a bus or train service at a connection.
#[derive(Debug, Clone, PartialEq)]
pub struct ServiceLocationsQuery {
    /// The connection and time.
    pub connection: ServicesQuery,
    /// The service whose stops are wanted.
    pub service_name: ServiceName,
}

impl ServiceLocationsQuery {
    pub(crate) fn pairs(&self) -> Pairs {
        let mut pairs = self.connection.pairs();
        pairs.add("serviceName", &self.service_name);
        pairs
    }
}

/// `GET serviceavailability`: the products of some services at a connection.
#[derive(Debug, Clone, PartialEq)]
pub struct ServiceAvailabilityQuery {
    /// The connection and time.
    pub connection: ServicesQuery,
    /// The services asked for (sent as repeated `serviceName`).
    pub service_names: Vec<ServiceName>,
}

impl ServiceAvailabilityQuery {
    pub(crate) fn pairs(&self) -> Pairs {
        let mut pairs = self.connection.pairs();
        for name in &self.service_names {
            pairs.add("serviceName", name);
        }
        pairs
    }
}

/// A coordinate pair as the street search takes it: `latitude,longitude` (RT90: northing,
/// easting).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Coordinate {
    /// Latitude, or RT90 X.
    pub latitude: f64,
    /// Longitude, or RT90 Y.
    pub longitude: f64,
}

impl std::fmt::Display for Coordinate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{},{}", self.latitude, self.longitude)
    }
}

/// `GET street`: streets, points of interest and locations. Every field is optional.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct StreetSearch {
    /// What to look for (`ALL` by default).
    pub kind: Option<StreetSearchType>,
    /// Text: `Drottningholmsvägen 37`, or `Drottningholmsvägen 37, Stockholm` to narrow it.
    pub search: Option<String>,
    /// A location code, `ARN`.
    pub code: Option<String>,
    /// Sort by distance from this location code.
    pub sort_code: Option<String>,
    /// The system of `coordinate` (RT90 by default).
    pub coordinate_type: Option<CoordinateType>,
    /// Measure distances from here, and sort by them.
    pub coordinate: Option<Coordinate>,
    /// The system of `street_coordinate` (RT90 by default).
    pub street_coordinate_type: Option<CoordinateType>,
    /// Only results near here, sorted by distance.
    pub street_coordinate: Option<Coordinate>,
    /// How near, in metres.
    pub street_coordinate_precision: Option<u32>,
    /// Match the street name or location exactly.
    pub exact: Option<bool>,
    /// The first result to return (0 by default).
    pub offset: Option<u32>,
    /// How many results to return (25 by default).
    pub limit: Option<u32>,
}

/// The supplier's default page size.
pub const DEFAULT_STREET_LIMIT: u32 = 25;

impl StreetSearch {
    pub(crate) fn pairs(&self) -> Pairs {
        let mut pairs = Pairs::default();
        pairs.opt("type", self.kind.as_ref());
        pairs.opt("search", self.search.as_ref());
        pairs.opt("code", self.code.as_ref());
        pairs.opt("sort_code", self.sort_code.as_ref());
        pairs.opt("coordinate_type", self.coordinate_type.as_ref());
        pairs.opt("coordinate", self.coordinate);
        pairs.opt("street_coordinate_type", self.street_coordinate_type.as_ref());
        pairs.opt("street_coordinate", self.street_coordinate);
        pairs.opt("street_coordinate_precision", self.street_coordinate_precision);
        pairs.opt("exact", self.exact);
        pairs.opt("offset", self.offset);
        pairs.opt("limit", self.limit);
        pairs
    }

    /// The search for the page after `result`, or `None` when the supplier has no more.
    pub fn next_page(&self, result: &StreetSearchResult) -> Option<StreetSearch> {
        if !result.more_results_available {
            return None;
        }
        let limit = self.limit.unwrap_or(DEFAULT_STREET_LIMIT);
        Some(StreetSearch { offset: Some(self.offset.unwrap_or(0) + limit), ..self.clone() })
    }
}

/// `GET availability`: products and prices between two places. Give a street or a location
/// code for each end.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AvailabilityQuery {
    /// Pickup street name.
    pub start_street_name: Option<String>,
    /// Pickup street number.
    pub start_street_number: Option<String>,
    /// Pickup street letter.
    pub start_street_letter: Option<String>,
    /// Pickup location code, `ARN`.
    pub start_location_code: Option<String>,
    /// Drop-off street name.
    pub end_street_name: Option<String>,
    /// Drop-off street number.
    pub end_street_number: Option<String>,
    /// Drop-off street letter.
    pub end_street_letter: Option<String>,
    /// Drop-off location code.
    pub end_location_code: Option<String>,
    /// The wanted pickup time.
    pub desired_date: Option<Time>,
    /// When the flight or train arrives or departs.
    pub connection_date: Option<Time>,
    /// Whether the flight or train is international (false by default).
    pub international: Option<bool>,
    /// The agent's office id or PCC.
    pub office_id: Option<String>,
    /// Whether `connection_date` is an arrival (else a departure).
    pub connection_arrival: Option<bool>,
    /// The agent's customer id (with `office_id`), or a Flygtaxi org id (without).
    pub customer_id: Option<String>,
    /// The service, `Taxi` for a regular taxi.
    pub service_type: Option<ServiceName>,
    /// Language of names and descriptions.
    pub language: Option<Language>,
}

impl AvailabilityQuery {
    pub(crate) fn pairs(&self) -> Pairs {
        let mut pairs = Pairs::default();
        pairs.opt("startStreetName", self.start_street_name.as_ref());
        pairs.opt("startStreetNumber", self.start_street_number.as_ref());
        pairs.opt("startStreetLetter", self.start_street_letter.as_ref());
        pairs.opt("startLocationCode", self.start_location_code.as_ref());
        pairs.opt("endStreetName", self.end_street_name.as_ref());
        pairs.opt("endStreetNumber", self.end_street_number.as_ref());
        pairs.opt("endStreetLetter", self.end_street_letter.as_ref());
        pairs.opt("endLocationCode", self.end_location_code.as_ref());
        pairs.time("desiredDate", self.desired_date);
        pairs.time("connectionDate", self.connection_date);
        pairs.opt("international", self.international);
        pairs.opt("officeId", self.office_id.as_ref());
        pairs.opt("connectionArrival", self.connection_arrival);
        pairs.opt("customerId", self.customer_id.as_ref());
        pairs.opt("serviceType", self.service_type.as_ref());
        pairs.opt("language", self.language.as_ref());
        pairs
    }
}

/// `GET profile/trips`: filters of a traveller's past trips.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ProfileQuery {
    /// Only trips starting at this code.
    pub start_code: Option<String>,
    /// Only trips ending at this code.
    pub end_code: Option<String>,
    /// How many trips (5 by default).
    pub limit: Option<u32>,
}

impl ProfileQuery {
    pub(crate) fn pairs(&self) -> Pairs {
        let mut pairs = Pairs::default();
        pairs.opt("startCode", self.start_code.as_ref());
        pairs.opt("endCode", self.end_code.as_ref());
        pairs.opt("limit", self.limit);
        pairs
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn service_availability_repeats_service_name() {
        let query = ServiceAvailabilityQuery {
            connection: ServicesQuery {
                connection_code: "ARN".into(),
                direction: Direction::Departure,
                date: chrono::DateTime::parse_from_rfc3339("2026-12-01T07:30:00+01:00").unwrap(),
                language: Some(Language::English),
            },
            service_names: vec![ServiceName::Taxi, ServiceName::BusAndTaxi],
        };
        let pairs = query.pairs().0;
        assert_eq!(
            pairs,
            vec![
                ("connectionCode", "ARN".to_owned()),
                ("direction", "D".to_owned()),
                ("date", "2026-12-01T07:30:00+01:00".to_owned()),
                ("language", "en".to_owned()),
                ("serviceName", "Taxi".to_owned()),
                ("serviceName", "Bus&Taxi".to_owned()),
            ]
        );
    }

    #[test]
    fn paging_follows_more_results_available() {
        let first =
            StreetSearch { search: Some("Sveavägen".into()), limit: Some(10), ..StreetSearch::default() };
        let more = StreetSearchResult { more_results_available: true, streets: vec![] };
        let second = first.next_page(&more).expect("a second page");
        assert_eq!((second.offset, second.limit), (Some(10), Some(10)));
        assert_eq!(second.next_page(&more).unwrap().offset, Some(20));
        assert_eq!(second.next_page(&StreetSearchResult::default()), None, "no more pages");
        let default_limit = StreetSearch::default().next_page(&more).unwrap();
        assert_eq!(default_limit.offset, Some(DEFAULT_STREET_LIMIT), "the supplier's default page is 25");
    }
}
