//! FTBook's availability between two locations: the products and prices of a trip.

use serde_json::Value;

use crate::geo::Wgs84;

use super::params::{self, Param, Params};
use super::reply::{Faults, Reply};
use super::services::{language, refused_or, service_name_ok};
use super::trips::{self, End, Trip, Unresolved, When};

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
    Some(EndParams { street, number: house, letter: house_letter, code: location })
}

/// `GET availability`.
pub fn availability(params: &Params, agency: &str) -> Reply {
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
            EndParams { street: Some(street), number, letter, code: None } => {
                trips::by_street(&street, number, letter, near)
            }
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

    let when = When { desired, connection, connection_arrival, international };
    let trip = Trip { start: &start, end: &end, when, passengers: 1, english };
    if !trip.drivable() {
        return Faults::one(4402, "route planning failed").into();
    }
    let mut products = trip.products(service_type.as_deref());
    if let Some(covered) = super::account::agreement_of(agency) {
        if !products.is_empty() && products.iter().all(|p| !covered.contains(&p.service)) {
            return Faults::one(4403, "Agreement have no products").into();
        }
        products.retain(|p| covered.contains(&p.service));
    }
    let mut offers: Vec<Value> = products.iter().map(|product| trip.availability(product)).collect();
    offers.sort_by_key(|offer| {
        offer["price"]["includingVat"].as_str().and_then(|p| p.parse::<rust_decimal::Decimal>().ok())
    });
    Reply::list(offers)
}
