//! Trips between two places: which end is which, the route, the times and the offers.

use chrono::{DateTime, Duration, FixedOffset, Offset, Timelike, Utc};
use serde_json::{Value, json};

use super::catalog::{self, Product, Stop, TRAVEL_VAT};
use crate::geo::Wgs84;
use crate::places::{Kind, Place, Places, Query, fold};

mod json;
pub use self::json::{community_code, location_json, street_json};

/// Districts whose trips to and from Arlanda have a fixed price.
const ARLANDA_ZONE: [&str; 6] = ["NO1", "OS1", "SO1", "KU8", "VA1", "GS1"];

/// One end of a trip.
#[derive(Debug, Clone)]
pub enum End {
    /// An airport or train station.
    Terminal(&'static Place),
    /// A bus stop or train station of a bus or train service.
    Stop(&'static Stop),
    /// A street address or point of interest, with the house number asked for.
    Address { place: &'static Place, number: Option<i64>, letter: Option<String> },
}

impl End {
    /// Where it is.
    pub fn position(&self) -> Wgs84 {
        match self {
            End::Terminal(place) => place.wgs84,
            End::Stop(stop) => Wgs84 { lat: stop.lat, lon: stop.lon },
            End::Address { place, number, .. } => match place.address {
                Some(_) => place.wgs84,
                None => place.position_of(*number),
            },
        }
    }

    /// The airport or station, if this end is one.
    pub fn terminal_code(&self) -> Option<&'static str> {
        match self {
            End::Terminal(place) => Some(place.location.code),
            _ => None,
        }
    }

    /// FTBook's `Node` for this end at `time`, coordinates in RT90 (as FTBook's examples).
    pub fn node(&self, time: Option<DateTime<FixedOffset>>) -> Value {
        let mut node = json!({ "street": self.street() });
        if let Some(time) = time {
            node["time"] = json!(time.to_rfc3339());
        }
        node
    }

    /// FTBook's `Street` for this end.
    pub fn street(&self) -> Value {
        let rt90 = self.position().to_rt90();
        let (x, y) = (rt90.x.round() as i64, rt90.y.round() as i64);
        match self {
            End::Terminal(place) => json!({
                "numberRequired": false,
                "location": location_json(place),
                "latitude": x, "longitude": y,
            }),
            End::Stop(stop) => json!({
                "name": stop.name, "numberRequired": false, "description": stop.description,
                "location": {"type": "LOCATION", "code": stop.code, "name": stop.name, "countryCode": "SE",
                             "community": "", "communityCode": ""},
                "latitude": x, "longitude": y,
            }),
            End::Address { place, number, letter } => {
                street_json(place, *number, letter.as_deref(), Some(rt90))
            }
        }
    }
}

/// Why an end could not be resolved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unresolved {
    /// Nothing matches.
    NotFound,
    /// More than one place matches and nothing says which.
    NotUnique,
    /// A street was named without the house number it needs.
    NeedsNumber,
}

/// Resolves a location code: an airport, a station or a stop.
pub fn by_code(code: &str) -> Option<End> {
    if let Some(place) = Places::sweden().terminal(code) {
        return Some(End::Terminal(place));
    }
    catalog::STOPS.iter().find(|s| s.code.eq_ignore_ascii_case(code)).map(End::Stop)
}

/// Resolves a street by name (optionally `Name, District`), number and letter. Of several
/// streets with the name, the one nearest `near` wins (a trip from Arlanda to Kungsgatan goes to
/// Stockholm's); without `near`, several is `NotUnique`.
pub fn by_street(
    name: &str,
    number: Option<i64>,
    letter: Option<String>,
    near: Option<Wgs84>,
) -> Result<End, Unresolved> {
    let mut query = Query::from_search(name);
    query.exact = true;
    query.kinds = vec![Kind::Address, Kind::Poi];
    let text = query.text.clone().unwrap_or_default();
    let candidates: Vec<&'static Place> = Places::sweden()
        .all()
        .iter()
        .filter(|p| {
            query.matches(p)
                || p.address.is_some_and(|(street, _)| {
                    fold(street) == fold(&text)
                        && query.within.as_ref().is_none_or(|w| fold(p.location.name).contains(&fold(w)))
                })
        })
        .filter(|p| p.kind == Kind::Address)
        .collect();
    let place = match (candidates.len(), near) {
        (0, _) => return Err(Unresolved::NotFound),
        (1, _) => candidates[0],
        (_, Some(near)) => candidates
            .iter()
            .copied()
            .min_by(|a, b| a.wgs84.distance_m(near).total_cmp(&b.wgs84.distance_m(near)))
            .ok_or(Unresolved::NotFound)?,
        (_, None) => return Err(Unresolved::NotUnique),
    };
    match (number, place.number_range) {
        (None, Some(_)) => Err(Unresolved::NeedsNumber),
        (Some(n), Some((start, end))) if !(start..=end).contains(&n) => Err(Unresolved::NotFound),
        _ => Ok(End::Address { place, number, letter }),
    }
}

/// Resolves a place by its FTBook street id (a street, POI, airport or station).
pub fn by_id(id: i64, number: Option<i64>, letter: Option<String>) -> Result<End, Unresolved> {
    let place = Places::sweden().by_id(id).ok_or(Unresolved::NotFound)?;
    Ok(match place.kind {
        Kind::Airport | Kind::TrainStation => End::Terminal(place),
        Kind::Poi => End::Address { place, number: place.address.map(|(_, n)| n), letter: None },
        Kind::Address => {
            if number.is_none() {
                return Err(Unresolved::NeedsNumber);
            }
            End::Address { place, number, letter }
        }
    })
}

/// The stop `code` of the connection `connection`, if it has one.
fn stop_of(connection: &str, code: &str) -> Option<&'static Stop> {
    catalog::STOPS
        .iter()
        .find(|s| s.connection.eq_ignore_ascii_case(connection) && s.code.eq_ignore_ascii_case(code))
}

/// A planned route.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Route {
    pub meters: i64,
    pub seconds: i64,
}

/// Road distance is about 1.3 times the straight line; faster between towns than in them.
pub fn route(from: Wgs84, to: Wgs84) -> Route {
    let meters = from.distance_m(to) * 1.3;
    let kmh = if meters > 15_000.0 { 75.0 } else { 30.0 };
    Route { meters: meters.round() as i64, seconds: (meters / 1000.0 / kmh * 3600.0).round() as i64 + 180 }
}

/// Swedish local offset (CET/CEST) at a UTC instant.
pub fn swedish_offset(at: DateTime<Utc>) -> FixedOffset {
    at.with_timezone(&chrono_tz::Europe::Stockholm).offset().fix()
}

/// Now in Swedish local time, whole seconds (FTBook's dates have no fraction).
pub fn now_in_sweden() -> DateTime<FixedOffset> {
    let now = Utc::now();
    let now = now.with_timezone(&swedish_offset(now));
    now.with_nanosecond(0).unwrap_or(now)
}

/// When a trip is asked for.
#[derive(Debug, Clone, Copy, Default)]
pub struct When {
    /// The wanted pickup time.
    pub desired: Option<DateTime<FixedOffset>>,
    /// The flight's or train's time.
    pub connection: Option<DateTime<FixedOffset>>,
    /// Whether `connection` is an arrival.
    pub connection_arrival: Option<bool>,
    /// Whether the flight or train is international.
    pub international: bool,
}

/// `time` without its seconds: FTBook's times are whole minutes.
fn whole_minute(time: DateTime<FixedOffset>) -> DateTime<FixedOffset> {
    time.with_second(0).and_then(|t| t.with_nanosecond(0)).unwrap_or(time)
}

/// The pickup time of a trip.
pub fn pickup(when: &When, start: &End, route: Route, locked: bool) -> DateTime<FixedOffset> {
    let time = match (when.desired, when.connection) {
        (Some(desired), _) => desired,
        (None, Some(connection)) => {
            let arriving = when.connection_arrival.unwrap_or(start.terminal_code().is_some());
            if arriving {
                connection + Duration::minutes(if when.international { 40 } else { 20 })
            } else {
                let margin = if when.international { 120 } else { 60 };
                connection - Duration::seconds(route.seconds) - Duration::minutes(margin)
            }
        }
        (None, None) => now_in_sweden() + Duration::hours(1),
    };
    let time = whole_minute(time);
    if locked {
        let minutes_past = i64::from(time.minute() % 15);
        time - Duration::minutes(minutes_past)
    } else {
        time
    }
}

/// Everything that decides an offer's price and times.
pub struct Trip<'a> {
    pub start: &'a End,
    pub end: &'a End,
    pub when: When,
    pub passengers: u32,
    pub english: bool,
}

impl Trip<'_> {
    /// The products between the two ends, optionally of one service (`Taxi`, `Bus`, ...).
    pub fn products(&self, service_type: Option<&str>) -> Vec<&'static Product> {
        let wanted = |product: &Product| service_type.is_none_or(|s| s.eq_ignore_ascii_case(product.service));
        let stop = match (self.start, self.end) {
            (End::Stop(stop), End::Terminal(t)) | (End::Terminal(t), End::Stop(stop))
                if stop.connection == t.location.code =>
            {
                Some(*stop)
            }
            (End::Stop(_), _) | (_, End::Stop(_)) => return Vec::new(),
            // A service location that is also a station (Arlanda Express's Stockholm C is CST)
            // resolves as the station; between a connection and its own stop it is the stop.
            (End::Terminal(a), End::Terminal(b)) => stop_of(a.location.code, b.location.code)
                .or_else(|| stop_of(b.location.code, a.location.code)),
            _ => None,
        };
        if let Some(stop) = stop
            && service_type.is_some_and(|s| {
                catalog::product(stop.product).is_some_and(|p| p.service.eq_ignore_ascii_case(s))
            })
        {
            return catalog::product(stop.product).into_iter().collect();
        }
        let stop = match (self.start, self.end) {
            (End::Terminal(_), End::Terminal(_)) => None,
            _ => stop,
        };
        if let Some(stop) = stop {
            return catalog::product(stop.product).into_iter().filter(|p| wanted(p)).collect();
        }
        let terminal = self.start.terminal_code().or(self.end.terminal_code());
        match terminal {
            Some(code) => catalog::services_at(code)
                .iter()
                .filter(|service| service.address_type == "Address")
                .flat_map(|service| service.products.iter().copied())
                .filter(|p| wanted(p))
                .collect(),
            None => [&catalog::SVERIGETAXI].into_iter().filter(|p| wanted(p)).collect(),
        }
    }

    /// Whether a road route exists: Gotland (Visby Airport) is an island, and none of the
    /// sandbox's addresses are on it.
    pub fn drivable(&self) -> bool {
        let on_gotland = |end: &End| match end {
            End::Terminal(place) | End::Address { place, .. } => place.location.community == "Gotland",
            End::Stop(_) => false,
        };
        on_gotland(self.start) == on_gotland(self.end)
    }

    /// Whether the trip is between Arlanda and Stockholm's inner city (fixed prices).
    fn in_arlanda_zone(&self) -> bool {
        let is_arlanda = |end: &End| end.terminal_code() == Some("ARN");
        let in_zone = |end: &End| matches!(end, End::Address { place, .. } if ARLANDA_ZONE.contains(&place.location.code));
        (is_arlanda(self.start) && in_zone(self.end)) || (is_arlanda(self.end) && in_zone(self.start))
    }

    /// The route between the ends (a stop's timetable, for buses and trains).
    pub fn route(&self) -> Route {
        let mut route = route(self.start.position(), self.end.position());
        for end in [self.start, self.end] {
            if let End::Stop(stop) = end {
                route.seconds = i64::from(stop.minutes) * 60;
            }
        }
        route
    }

    /// FTBook's `Availability` for a product.
    pub fn availability(&self, product: &Product) -> Value {
        let route = self.route();
        let pickup = pickup(&self.when, self.start, route, product.pickup_time_locked);
        let arrive = pickup + Duration::seconds(route.seconds);
        let km = route.meters as f64 / 1000.0;
        let amount = catalog::price(product, km, self.in_arlanda_zone(), self.passengers);
        json!({
            "startNode": self.start.node(Some(pickup)),
            "endNode": self.end.node(Some(arrive)),
            "product": product_json(product, self.english, Some(pickup)),
            "price": catalog::price_json(amount, TRAVEL_VAT, true),
            "distanceMeters": route.meters,
            "durationSeconds": route.seconds,
        })
    }
}

/// The last moment a trip picked up at `pickup` can be cancelled: 50 minutes before.
pub fn latest_cancel(pickup: DateTime<FixedOffset>) -> DateTime<FixedOffset> {
    pickup - Duration::minutes(50)
}

/// FTBook's `Product`.
pub fn product_json(product: &Product, english: bool, pickup: Option<DateTime<FixedOffset>>) -> Value {
    let now = now_in_sweden();
    let first_possible = if product.service == "Taxi" { now + Duration::hours(1) } else { now };
    let mut json = json!({
        "code": product.code,
        "name": if english { product.name_en } else { product.name },
        "description": if english { product.description_en } else { product.description },
        "maxPassengers": product.max_passengers,
        "childDiscountPercent": product.child_discount_percent,
        "pickupTimeLocked": product.pickup_time_locked,
        "childAgeRequired": product.child_age_required,
        "foidRequired": product.foid_required,
        "numberOfPassengersRequired": product.number_of_passengers_required,
        "connectionRequired": product.connection_required,
        "firstPossibleBookingTime": whole_minute(first_possible).to_rfc3339(),
    });
    if let Some(pickup) = pickup {
        json["latestCancelTime"] = json!(latest_cancel(pickup).to_rfc3339());
    }
    json
}

#[cfg(test)]
mod tests;
