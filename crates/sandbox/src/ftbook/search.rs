//! FTBook's searches: services, service locations, service availability, streets, availability.

use serde_json::{Value, json};

use super::catalog;
use super::params::{self, Param, Params};
use super::reply::{Faults, Reply};
use super::trips::{self, End, Trip, Unresolved, When};
use crate::geo::{Rt90, Wgs84};
use crate::places::{Kind, Place, Places, Query, fold};

const SERVICE_NAMES: [&str; 8] = [
    "Bus",
    "Bus&Taxi",
    "Parcel",
    "Special Transport",
    "Taxi",
    "Ticket",
    "Train",
    "Transfer",
];

/// The connection, direction, date and language every connection call takes, checked with
/// that call's codes (`base` is 4100, 4200 or 5500).
struct ConnectionParams {
    terminal: &'static Place,
    departure: bool,
    date: chrono::DateTime<chrono::FixedOffset>,
    english: bool,
}

fn connection_params(
    params: &Params,
    base: i32,
    language_code: i32,
    faults: &mut Vec<(i32, String)>,
) -> Option<ConnectionParams> {
    let terminal = match params.get("connectionCode") {
        Param::Absent | Param::Blank => {
            faults.push((base, "connectionCode can not be empty".into()));
            None
        }
        Param::Value(code) => {
            let found = Places::sweden().terminal(code);
            if found.is_none() {
                faults.push((base + 1, "connectionCode is invalid".into()));
            }
            found
        }
    };
    let departure = match params.get("direction") {
        Param::Absent | Param::Blank => {
            faults.push((base + 2, "direction can not be empty".into()));
            None
        }
        Param::Value("D") => Some(true),
        Param::Value("A") => Some(false),
        Param::Value(_) => {
            faults.push((base + 3, "direction is invalid".into()));
            None
        }
    };
    let date = match params.get("date") {
        Param::Absent | Param::Blank => {
            faults.push((base + 4, "date can not be empty".into()));
            None
        }
        Param::Value(text) => {
            let date = params::time(text);
            if date.is_none() {
                faults.push((base + 5, "date is invalid".into()));
            }
            date
        }
    };
    let english = language(params, language_code, faults);
    Some(ConnectionParams {
        terminal: terminal?,
        departure: departure?,
        date: date?,
        english,
    })
}

fn language(params: &Params, code: i32, faults: &mut Vec<(i32, String)>) -> bool {
    match params.get("language") {
        Param::Absent => false,
        Param::Value("sv") => false,
        Param::Value("en") => true,
        _ => {
            faults.push((code, "language is invalid".into()));
            false
        }
    }
}

fn refused_or<T>(faults: Vec<(i32, String)>, value: Option<T>) -> Result<T, Faults> {
    match value {
        Some(value) if faults.is_empty() => Ok(value),
        _ => Err(Faults(faults)),
    }
}

/// `GET service`.
pub fn services(params: &Params) -> Reply {
    let mut faults = Vec::new();
    let connection = connection_params(params, 4100, 4106, &mut faults);
    let connection = match refused_or(faults, connection) {
        Ok(connection) => connection,
        Err(faults) => return faults.into(),
    };
    Reply::list(
        catalog::services_at(connection.terminal.location.code)
            .iter()
            .map(|service| {
                json!({
                    "name": service.name,
                    "description": if connection.english { service.description_en } else { service.description },
                    "addressType": service.address_type,
                })
            })
            .collect(),
    )
}

fn service_name_ok(name: &str) -> bool {
    SERVICE_NAMES.contains(&name)
}

/// `GET servicelocation`.
pub fn service_locations(params: &Params) -> Reply {
    let mut faults = Vec::new();
    let connection = connection_params(params, 4200, 4208, &mut faults);
    let service = match params.get("serviceName") {
        Param::Absent | Param::Blank => {
            faults.push((4206, "serviceName can not be empty".into()));
            None
        }
        Param::Value(name) if service_name_ok(name) => Some(name.to_owned()),
        Param::Value(_) => {
            faults.push((4207, "serviceName is invalid".into()));
            None
        }
    };
    let (connection, service) = match refused_or(faults, connection.zip(service)) {
        Ok(both) => both,
        Err(faults) => return faults.into(),
    };
    let code = connection.terminal.location.code;
    let terminal_at = connection.terminal.wgs84;
    let mut locations = Vec::new();
    for offered in catalog::services_at(code)
        .iter()
        .filter(|s| s.name == service && s.address_type != "Address")
    {
        for product in offered.products {
            for stop in catalog::stops(code, product.code) {
                let km = terminal_at.distance_m(Wgs84 {
                    lat: stop.lat,
                    lon: stop.lon,
                }) * 1.3
                    / 1000.0;
                locations.push(json!({
                    "name": stop.name,
                    "serviceName": offered.name,
                    "locationCode": stop.code,
                    "productName": if connection.english { product.name_en } else { product.name },
                    "productCode": product.code,
                    "distance": (km * 10.0).round() / 10.0,
                    "duration": stop.minutes,
                    "description": stop.description,
                }));
            }
        }
    }
    Reply::list(locations)
}

/// `GET serviceavailability`: for bus and train services, the trip between the connection and
/// each of its stops, in the direction asked for.
pub fn service_availability(params: &Params) -> Reply {
    let mut faults = Vec::new();
    let connection = connection_params(params, 5500, 5508, &mut faults);
    let names = params.all("serviceName");
    if names.is_empty() || names.iter().all(|n| n.is_empty()) {
        faults.push((5506, "serviceName can not be empty".into()));
    } else if names.iter().any(|n| !service_name_ok(n)) {
        faults.push((5507, "serviceName is invalid".into()));
    }
    let connection = match refused_or(faults, connection) {
        Ok(connection) => connection,
        Err(faults) => return faults.into(),
    };
    let code = connection.terminal.location.code;
    let terminal = End::Terminal(connection.terminal);
    let mut offers = Vec::new();
    for offered in catalog::services_at(code)
        .iter()
        .filter(|s| names.contains(&s.name) && s.address_type != "Address")
    {
        for product in offered.products {
            for stop in catalog::stops(code, product.code) {
                let stop = End::Stop(stop);
                let (start, end) = if connection.departure {
                    (&stop, &terminal)
                } else {
                    (&terminal, &stop)
                };
                let when = When {
                    desired: Some(connection.date),
                    ..When::default()
                };
                let trip = Trip {
                    start,
                    end,
                    when,
                    passengers: 1,
                    english: connection.english,
                };
                offers.push(trip.availability(product));
            }
        }
    }
    Reply::list(offers)
}

fn coordinate(text: &str) -> Option<(f64, f64)> {
    let (a, b) = text.split_once(',')?;
    Some((a.trim().parse().ok()?, b.trim().parse().ok()?))
}

fn coordinate_type(
    params: &Params,
    name: &str,
    empty: i32,
    invalid: i32,
    faults: &mut Vec<(i32, String)>,
) -> bool {
    match params.get(name) {
        Param::Absent | Param::Value("RT90") => false,
        Param::Value("WGS84") => true,
        Param::Blank => {
            faults.push((empty, format!("{} can not be empty", camel(name))));
            false
        }
        Param::Value(_) => {
            faults.push((invalid, format!("{} is invalid", camel(name))));
            false
        }
    }
}

/// `street_coordinate_type` is named `streetCoordinateType` in the fault messages.
fn camel(name: &str) -> String {
    let mut out = String::new();
    let mut upper = false;
    for c in name.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            out.extend(c.to_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

fn to_rt90(point: (f64, f64), wgs84: bool) -> Rt90 {
    if wgs84 {
        Wgs84 {
            lat: point.0,
            lon: point.1,
        }
        .to_rt90()
    } else {
        Rt90 {
            x: point.0,
            y: point.1,
        }
    }
}

fn count(
    params: &Params,
    name: &str,
    empty: i32,
    invalid: i32,
    default: u32,
    max: u32,
    faults: &mut Vec<(i32, String)>,
) -> u32 {
    match params.get(name) {
        Param::Absent => default,
        Param::Blank => {
            faults.push((empty, format!("{name} can not be empty")));
            default
        }
        Param::Value(text) => match text.parse::<u32>() {
            Ok(n) if n <= max => n,
            _ => {
                faults.push((invalid, format!("{name} is invalid")));
                default
            }
        },
    }
}

/// `GET street`.
pub fn streets(params: &Params) -> Reply {
    let mut faults = Vec::new();
    let kinds = match params.get("type") {
        Param::Absent | Param::Value("ALL") => vec![],
        Param::Blank => {
            faults.push((4000, "type can not be empty".into()));
            vec![]
        }
        Param::Value("ADDRESS") => vec![Kind::Address],
        Param::Value("POI") => vec![Kind::Poi],
        Param::Value("AIRPORT") => vec![Kind::Airport],
        Param::Value("TRAIN_STATION") => vec![Kind::TrainStation],
        Param::Value("FERRY_PORT") => return Reply::NoContent, // no ferry ports in the sandbox's Sweden
        Param::Value(_) => {
            faults.push((4001, "type is invalid".into()));
            vec![]
        }
    };
    let code = params.value("code").map(str::to_owned);
    if code
        .as_deref()
        .is_some_and(|c| c.chars().count() > 32 || !c.chars().all(|ch| ch.is_alphanumeric() || ch == '-'))
    {
        faults.push((4002, "code is invalid".into()));
    }
    let search = params.value("search").unwrap_or_default();
    if search.chars().count() > 128 {
        faults.push((4003, "search is invalid".into()));
    }
    let sort_from = params.value("sort_code").map(|code| {
        let found = trips::by_code(code).map(|end| end.position()).or_else(|| {
            Places::sweden()
                .all()
                .iter()
                .find(|p| p.location.code.eq_ignore_ascii_case(code))
                .map(|p| p.wgs84)
        });
        if found.is_none() {
            faults.push((4016, "sortCode is invalid".into()));
        }
        found
    });
    let wgs84_out = coordinate_type(params, "coordinate_type", 4004, 4005, &mut faults);
    let measure_from = params.value("coordinate").map(|text| {
        let point = coordinate(text);
        if point.is_none() {
            faults.push((4006, "coordinate is invalid".into()));
        }
        point
    });
    let street_wgs84 = coordinate_type(params, "street_coordinate_type", 4012, 4013, &mut faults);
    let near = params.value("street_coordinate").map(|text| {
        let point = coordinate(text);
        if point.is_none() {
            faults.push((4014, "streetCoordinate is invalid".into()));
        }
        point
    });
    let precision = count(
        params,
        "street_coordinate_precision",
        4015,
        4015,
        0,
        1_000_000,
        &mut faults,
    );
    let exact = match params.get("exact") {
        Param::Absent => false,
        Param::Value(text) if params::boolean(text).is_some() => params::boolean(text).unwrap_or(false),
        _ => {
            faults.push((4007, "exact is invalid".into()));
            false
        }
    };
    let offset = count(params, "offset", 4008, 4009, 0, u32::MAX, &mut faults);
    let limit = count(params, "limit", 4010, 4011, 25, 500, &mut faults);
    if limit == 0 && faults.is_empty() {
        faults.push((4011, "limit is invalid".into()));
    }
    if !faults.is_empty() {
        return Faults(faults).into();
    }

    let mut query = Query::from_search(search);
    query.kinds = kinds;
    query.code = code;
    query.exact = exact;
    let near = near.flatten().map(|point| to_rt90(point, street_wgs84));
    // Precision 0 (the default) means "close": within 500 m.
    let radius = if precision == 0 {
        500.0
    } else {
        f64::from(precision)
    };
    let measure = measure_from.flatten().map(|point| to_rt90(point, wgs84_out));
    let sort_rt90 = sort_from.flatten().map(Wgs84::to_rt90);

    let mut matches: Vec<(&Place, Rt90, Option<f64>)> = Places::sweden()
        .all()
        .iter()
        .filter(|place| query.matches(place) && query.number_exists(place))
        .map(|place| {
            let at = place
                .position_of(query.number.as_ref().map(|(n, _)| *n))
                .to_rt90();
            (
                place,
                at,
                measure.or(near).or(sort_rt90).map(|from| from.distance_m(at)),
            )
        })
        .filter(|(_, at, _)| near.is_none_or(|n| n.distance_m(*at) <= radius))
        .collect();
    if measure.is_some() || near.is_some() || sort_rt90.is_some() {
        matches.sort_by(|a, b| a.2.unwrap_or(0.0).total_cmp(&b.2.unwrap_or(0.0)));
    } else {
        // Exact names first, then by name, as a person scanning the list expects.
        let text = query.text.as_deref().map(fold).unwrap_or_default();
        matches
            .sort_by_key(|(place, _, _)| (fold(place.name) != text, fold(place.name), place.location.name));
    }
    let total = matches.len();
    let page: Vec<Value> = matches
        .into_iter()
        .skip(offset as usize)
        .take(limit as usize)
        .map(|(place, at, distance)| {
            let (number, letter) = match &query.number {
                Some((n, l)) if place.kind == Kind::Address => (Some(*n), l.as_deref()),
                _ => (None, None),
            };
            let mut street = trips::street_json(place, number, letter, Some(at));
            if wgs84_out {
                let position = place.position_of(number);
                street["latitude"] = json!(position.lat);
                street["longitude"] = json!(position.lon);
            }
            if let Some(distance) =
                distance.filter(|_| measure.is_some() || near.is_some() || sort_rt90.is_some())
            {
                street["distance"] = json!(distance.round() as i64);
            }
            if matches!(place.kind, Kind::Airport | Kind::TrainStation) {
                street["description"] = json!(place.name);
            }
            street
        })
        .collect();
    if page.is_empty() {
        return Reply::NoContent;
    }
    Reply::Json(json!({ "moreResultsAvailable": total > offset as usize + page.len(), "streets": page }))
}

/// One end of an availability query, as given.
#[derive(Debug, Clone)]
struct EndParams {
    street: Option<String>,
    number: Option<i64>,
    letter: Option<String>,
    code: Option<String>,
}

/// One end of an availability query, from its street or location parameters.
fn availability_end(
    params: &Params,
    prefix: &str,
    base: i32,
    faults: &mut Vec<(i32, String)>,
) -> Option<EndParams> {
    let name = format!("{prefix}StreetName");
    let number = format!("{prefix}StreetNumber");
    let letter = format!("{prefix}StreetLetter");
    let code = format!("{prefix}LocationCode");
    if matches!(params.get(&name), Param::Absent) && matches!(params.get(&code), Param::Absent) {
        faults.push((base, format!("Neither {name} or {code} is specified")));
        return None;
    }
    let street = match params.get(&name) {
        Param::Blank => {
            faults.push((base + 1, format!("{name} is invalid")));
            None
        }
        Param::Value(text) if text.chars().count() > 64 => {
            faults.push((base + 1, format!("{name} is invalid")));
            None
        }
        Param::Value(text) => Some(text.to_owned()),
        Param::Absent => None,
    };
    let house = match params.get(&number) {
        Param::Absent => None,
        Param::Value(text) if text.parse::<i64>().is_ok_and(|n| n > 0) => text.parse().ok(),
        _ => {
            faults.push((base + 2, format!("{number} is invalid")));
            None
        }
    };
    let house_letter = match params.get(&letter) {
        Param::Absent => None,
        Param::Value(text) if text.chars().count() == 1 && text.chars().all(char::is_alphabetic) => {
            Some(text.to_uppercase())
        }
        _ => {
            faults.push((base + 3, format!("{letter} is invalid")));
            None
        }
    };
    let location = match params.get(&code) {
        Param::Absent => None,
        Param::Value(text) if trips::by_code(text).is_some() => Some(text.to_owned()),
        _ => {
            faults.push((base + 4, format!("{code} is invalid")));
            None
        }
    };
    Some(EndParams {
        street,
        number: house,
        letter: house_letter,
        code: location,
    })
}

/// `GET availability`.
pub fn availability(params: &Params) -> Reply {
    let mut faults = Vec::new();
    let start = availability_end(params, "start", 4300, &mut faults);
    let end = availability_end(params, "end", 4305, &mut faults);
    let mut time = |name: &str, code: i32| match params.get(name) {
        Param::Absent => None,
        Param::Value(text) if params::time(text).is_some() => params::time(text),
        _ => {
            faults.push((code, format!("{name} is invalid")));
            None
        }
    };
    let desired = time("desiredDate", 4310);
    let connection = time("connectionDate", 4311);
    let international = match params.get("international") {
        Param::Absent => false,
        Param::Value(text) if params::boolean(text).is_some() => params::boolean(text).unwrap_or(false),
        _ => {
            faults.push((4312, "international can not be empty".into()));
            false
        }
    };
    for (name, code) in [("officeId", 4313), ("customerId", 4314)] {
        if matches!(params.get(name), Param::Blank) {
            faults.push((code, format!("{name} can not be empty")));
        }
    }
    let service_type = match params.get("serviceType") {
        Param::Absent => None,
        Param::Blank => {
            faults.push((4315, "serviceType can not be empty".into()));
            None
        }
        Param::Value(name) if service_name_ok(name) => Some(name.to_owned()),
        Param::Value(_) => {
            faults.push((4316, "serviceType is invalid".into()));
            None
        }
    };
    let english = language(params, 4317, &mut faults);
    let connection_arrival = params.value("connectionArrival").and_then(params::boolean);
    let (start, end) = match refused_or(faults, start.zip(end)) {
        Ok(ends) => ends,
        Err(faults) => return faults.into(),
    };

    let resolve = |end: EndParams, near: Option<Wgs84>| -> Result<End, Unresolved> {
        match end {
            EndParams { code: Some(code), .. } => trips::by_code(&code).ok_or(Unresolved::NotFound),
            EndParams {
                street: Some(street),
                number,
                letter,
                code: None,
            } => trips::by_street(&street, number, letter, near),
            _ => Err(Unresolved::NotFound),
        }
    };
    // A named location anchors the other end: Kungsgatan from Arlanda is the nearest Kungsgatan.
    // Two street names anchor each other: when one is ambiguous (Götgatan is in Stockholm and in
    // Uppsala), the other is resolved first and the nearest match is taken.
    let start_near = end.code.as_deref().and_then(trips::by_code).map(|e| e.position());
    let (start, end) = match resolve(start.clone(), start_near) {
        Ok(start_end) => {
            let near = Some(start_end.position());
            match resolve(end, near) {
                Ok(end_end) => (start_end, end_end),
                Err(_) => return Faults::one(4401, "end not found").into(),
            }
        }
        Err(Unresolved::NotUnique) => {
            let Ok(end_end) = resolve(end, None) else {
                return Faults::one(4400, "start not found").into();
            };
            match resolve(start, Some(end_end.position())) {
                Ok(start_end) => (start_end, end_end),
                Err(_) => return Faults::one(4400, "start not found").into(),
            }
        }
        Err(_) => return Faults::one(4400, "start not found").into(),
    };

    let when = When {
        desired,
        connection,
        connection_arrival,
        international,
    };
    let trip = Trip {
        start: &start,
        end: &end,
        when,
        passengers: 1,
        english,
    };
    let products = trip.products(service_type.as_deref());
    let mut offers: Vec<Value> = products
        .iter()
        .map(|product| trip.availability(product))
        .collect();
    offers.sort_by_key(|offer| {
        offer["price"]["includingVat"]
            .as_str()
            .and_then(|p| p.parse::<rust_decimal::Decimal>().ok())
    });
    Reply::list(offers)
}
