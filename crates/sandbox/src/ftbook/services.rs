//! FTBook's calls about a connection: its services, their stops, and their availability.

use serde_json::json;

use super::catalog;
use super::params::{self, Param, Params};
use super::reply::{Faults, Reply};
use super::trips::{End, Trip, When};
use crate::geo::Wgs84;
use crate::places::{Place, Places};

const SERVICE_NAMES: [&str; 8] =
    ["Bus", "Bus&Taxi", "Parcel", "Special Transport", "Taxi", "Ticket", "Train", "Transfer"];

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
    Some(ConnectionParams { terminal: terminal?, departure: departure?, date: date?, english })
}

pub(super) fn language(params: &Params, code: i32, faults: &mut Vec<(i32, String)>) -> bool {
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

pub(super) fn refused_or<T>(faults: Vec<(i32, String)>, value: Option<T>) -> Result<T, Faults> {
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

pub(super) fn service_name_ok(name: &str) -> bool {
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
    for offered in
        catalog::services_at(code).iter().filter(|s| s.name == service && s.address_type != "Address")
    {
        for product in offered.products {
            for stop in catalog::stops(code, product.code) {
                let km = terminal_at.distance_m(Wgs84 { lat: stop.lat, lon: stop.lon }) * 1.3 / 1000.0;
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
    for offered in
        catalog::services_at(code).iter().filter(|s| names.contains(&s.name) && s.address_type != "Address")
    {
        for product in offered.products {
            for stop in catalog::stops(code, product.code) {
                let stop = End::Stop(stop);
                let (start, end) = if connection.departure { (&stop, &terminal) } else { (&terminal, &stop) };
                let when = When { desired: Some(connection.date), ..When::default() };
                let trip = Trip { start, end, when, passengers: 1, english: connection.english };
                offers.push(trip.availability(product));
            }
        }
    }
    Reply::list(offers)
}
