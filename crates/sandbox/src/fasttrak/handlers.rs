//! The FASTTRAK sandbox's calls after login: quote packages, reservations and the granted lists.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use chrono::{NaiveDate, NaiveDateTime, TimeDelta, Utc};
use serde::Serialize;
use serde_json::{Value, json};

use super::engine;
use super::store::{Reservation, StoredPackage, Trip};
use super::{App, failure, failure_with, item, items};
use crate::chaos::Fault;

/// The sandbox operator's local time (Stockholm): FASTTRAK times carry no offset.
fn now_local() -> NaiveDateTime {
    let now = Utc::now();
    now.with_timezone(&crate::ftbook::trips::swedish_offset(now)).naive_local()
}

fn text(value: &Value, pointer: &str) -> Option<String> {
    value.pointer(pointer).and_then(Value::as_str).map(str::trim).filter(|s| !s.is_empty()).map(str::to_owned)
}

fn count(value: &Value, key: &str) -> Option<u32> {
    value.get(key).and_then(Value::as_u64).and_then(|n| u32::try_from(n).ok())
}

/// Reads and checks a trip: times, party, and both locations (filled in with position and
/// display address).
fn trip(body: &Value) -> Result<(Trip, rust_decimal::Decimal), String> {
    let time = text(body, "/scheduledPickupTime").ok_or("scheduledPickupTime is required")?;
    let time = NaiveDateTime::parse_from_str(&time, "%Y-%m-%dT%H:%M:%S%.f")
        .map_err(|_| format!("scheduledPickupTime {time} is not a date and time (2026-12-01T07:30:00)"))?;
    if time < now_local() {
        return Err("Scheduled pickup time must be in the future".into());
    }
    let passengers = count(body, "passengerCount").unwrap_or(0);
    if passengers == 0 {
        return Err("passengerCount must be at least 1".into());
    }
    if passengers > engine::largest_capacity() {
        return Err(format!("No vehicle type can carry {passengers} passengers"));
    }
    let bags = count(body, "luggageCount").unwrap_or(0);
    let mut ends = Vec::new();
    for (key, name) in [("fromLocation", "Pickup"), ("toLocation", "Drop-off")] {
        let mut location = body.get(key).cloned().unwrap_or(Value::Null);
        let (position, display) =
            engine::resolve(&location).map_err(|problem| format!("{name}: {problem}"))?;
        if let Value::Object(fields) = &mut location {
            fields.insert("latitude".into(), json!(position.lat));
            fields.insert("longitude".into(), json!(position.lon));
            let address = fields.entry("address").or_insert_with(|| json!({}));
            if let Value::Object(address) = address {
                address.entry("displayAddress").or_insert_with(|| json!(display));
                address.entry("country").or_insert_with(|| json!("SE"));
            }
        }
        ends.push((location, position));
    }
    let km = engine::road_km(ends[0].1, ends[1].1);
    if km < rust_decimal::Decimal::ONE {
        return Err("Pickup and drop-off are the same place".into());
    }
    let travel_type = text(body, "/travelType").unwrap_or_else(|| "Ground".into());
    let (to_location, _) = ends.pop().ok_or("no drop-off")?;
    let (from_location, _) = ends.pop().ok_or("no pickup")?;
    let trip = Trip {
        travel_type,
        scheduled_pickup_time: time,
        from_location,
        to_location,
        passenger_count: passengers,
        luggage_count: bags,
    };
    Ok((trip, km))
}

/// `POST quote-packages`.
pub async fn request_quotes(State(app): State<App>, Json(body): Json<Value>) -> Response {
    let (trip, km) = match trip(&body) {
        Ok(trip) => trip,
        Err(problem) => return failure(problem),
    };
    let mut store = app.store.lock().await;
    let id = store.next_package();
    let quotes = engine::quotes(km, trip.passenger_count, trip.luggage_count, || store.next_quote());
    if quotes.is_empty() {
        return failure(format!("No vehicle type takes {} bags", trip.luggage_count));
    }
    let valid_until = now_local() + TimeDelta::minutes(30);
    let package = super::store::Package { quote_package_id: id, valid_until, quotes };
    store.packages.insert(id, StoredPackage { package: package.clone(), trip, booked: None });
    if store.save().is_err() {
        return failure_with(StatusCode::INTERNAL_SERVER_ERROR, "Internal error");
    }
    item(package)
}

/// The reply to a committed change, lost or failed as the knobs and the dice say.
fn after_change(app: &App, fault: Option<Fault>, reply: Response) -> Response {
    app.dice.changed();
    match fault {
        _ if app.config.drop_after_commit => crate::ftbook::dropped(),
        Some(Fault::DropAfterCommit | Fault::LateCommit) => crate::ftbook::dropped(),
        Some(Fault::ServerErrorAfterCommit) => {
            failure_with(StatusCode::SERVICE_UNAVAILABLE, "Service unavailable")
        }
        _ => reply,
    }
}

/// `POST quote-packages/{id}/book`.
pub async fn book_quote(State(app): State<App>, Path(id): Path<i64>, Json(body): Json<Value>) -> Response {
    let fault = app.dice.fault();
    if fault == Some(Fault::DropBeforeCommit) {
        return crate::ftbook::dropped();
    }
    let quote_id = body.get("quoteId").and_then(Value::as_i64);
    let name = text(&body, "/primaryPassenger/name");
    let mut store = app.store.lock().await;
    let Some(stored) = store.packages.get(&id).cloned() else {
        return failure_with(StatusCode::NOT_FOUND, format!("Quote package {id} not found"));
    };
    if let Some(reservation) = stored.booked {
        return failure(format!("Quote package {id} has already been booked (reservation {reservation})"));
    }
    let Some(quote) = stored.package.quotes.iter().find(|q| Some(q.quote_id) == quote_id) else {
        return failure(format!("Quote {} is not in package {id}", quote_id.unwrap_or_default()));
    };
    if name.is_none() {
        return failure("primaryPassenger.name is required");
    }
    if stored.trip.scheduled_pickup_time < now_local() {
        return failure("Scheduled pickup time must be in the future");
    }
    let reservation_id = store.next_reservation();
    let reservation = Reservation {
        reservation_id,
        reservation_status: "Trip_Confirmed".into(),
        travel_type: stored.trip.travel_type.clone(),
        scheduled_pickup_time: stored.trip.scheduled_pickup_time,
        from_location: stored.trip.from_location.clone(),
        to_location: stored.trip.to_location.clone(),
        passenger_count: stored.trip.passenger_count,
        luggage_count: stored.trip.luggage_count,
        primary_passenger: {
            let mut passenger = body.get("primaryPassenger").cloned().unwrap_or(Value::Null);
            if app.config.upper_case_names
                && let Some(name) = passenger["name"].as_str().map(str::to_uppercase)
            {
                passenger["name"] = Value::String(name);
            }
            passenger
        },
        vehicle_type_summary: quote.vehicle_type_summary.clone(),
        pricing_information: quote.pricing_information.clone(),
        total_charges: quote.pricing_information.total_charge,
        reference_po: text(&body, "/referencePO"),
        cost_code: text(&body, "/costCode"),
        trip_notes: text(&body, "/tripNotes"),
        quote_package_id: Some(id),
    };
    if let Some(package) = store.packages.get_mut(&id) {
        package.booked = Some(reservation_id);
    }
    store.reservations.insert(reservation_id, reservation.clone());
    if store.save().is_err() {
        return failure_with(StatusCode::INTERNAL_SERVER_ERROR, "Internal error");
    }
    after_change(&app, fault, item(reservation))
}

/// `GET reservations/{id}`.
pub async fn reservation(State(app): State<App>, Path(id): Path<i64>) -> Response {
    match app.store.lock().await.reservations.get(&id) {
        Some(reservation) => item(reservation.clone()),
        None => failure_with(StatusCode::NOT_FOUND, format!("Reservation {id} not found")),
    }
}

/// `POST reservations/search` and `search-advanced` (`maxResults` honoured).
pub async fn search(State(app): State<App>, Json(body): Json<Value>) -> Response {
    let date = |key: &str| {
        text(&body, &format!("/{key}"))
            .and_then(|text| NaiveDate::parse_from_str(text.get(..10)?, "%Y-%m-%d").ok())
    };
    let (Some(start), Some(end)) = (date("startDate"), date("endDate")) else {
        return failure("startDate and endDate are required (2026-12-01)");
    };
    let max = body.get("maxResults").and_then(Value::as_u64).map_or(usize::MAX, |n| n as usize);
    if app.config.empty_look_ups || app.dice.stale_look_up() {
        return items(Vec::<Reservation>::new());
    }
    let store = app.store.lock().await;
    let found: Vec<Reservation> = store
        .reservations
        .values()
        .filter(|r| (start..=end).contains(&r.scheduled_pickup_time.date()))
        .take(max)
        .cloned()
        .collect();
    items(found)
}

/// `POST reservations/new-customer`: a reservation without a quote, priced by the engine.
pub async fn new_customer(State(app): State<App>, Json(body): Json<Value>) -> Response {
    let fault = app.dice.fault();
    if fault == Some(Fault::DropBeforeCommit) {
        return crate::ftbook::dropped();
    }
    let detail = body.get("reservationDetail").cloned().unwrap_or(Value::Null);
    let (trip, km) = match trip(&detail) {
        Ok(trip) => trip,
        Err(problem) => return failure(problem),
    };
    if text(&body, "/customerSummary/lastName").is_none() {
        return failure("customerSummary.lastName is required");
    }
    let Some(name) = text(&detail, "/primaryPassenger/name") else {
        return failure("reservationDetail.primaryPassenger.name is required");
    };
    let type_id = detail.get("vehicleTypeId").and_then(Value::as_i64).unwrap_or(1);
    let (Some(vehicle), Some(pricing)) = (engine::vehicle_type(type_id), engine::price_for(type_id, km))
    else {
        return failure(format!("Vehicle type {type_id} does not exist"));
    };
    if vehicle.passenger_capacity < trip.passenger_count {
        return failure(format!(
            "A {} carries at most {} passengers",
            vehicle.vehicle_type_name, vehicle.passenger_capacity
        ));
    }
    let mut store = app.store.lock().await;
    let reservation_id = store.next_reservation();
    let reservation = Reservation {
        reservation_id,
        reservation_status: "Booked".into(),
        travel_type: trip.travel_type,
        scheduled_pickup_time: trip.scheduled_pickup_time,
        from_location: trip.from_location,
        to_location: trip.to_location,
        passenger_count: trip.passenger_count,
        luggage_count: trip.luggage_count,
        primary_passenger: detail.get("primaryPassenger").cloned().unwrap_or_else(|| json!({ "name": name })),
        vehicle_type_summary: vehicle,
        total_charges: pricing.total_charge,
        pricing_information: pricing,
        reference_po: text(&detail, "/referencePO"),
        cost_code: text(&detail, "/costCode"),
        trip_notes: text(&detail, "/tripNotes"),
        quote_package_id: None,
    };
    store.reservations.insert(reservation_id, reservation.clone());
    if store.save().is_err() {
        return failure_with(StatusCode::INTERNAL_SERVER_ERROR, "Internal error");
    }
    after_change(&app, fault, item(reservation))
}

/// `POST reservations/{id}/cancel`: cancelling a cancelled reservation answers it again.
pub async fn cancel(State(app): State<App>, Path(id): Path<i64>) -> Response {
    let fault = app.dice.fault();
    if fault == Some(Fault::DropBeforeCommit) {
        return crate::ftbook::dropped();
    }
    let mut store = app.store.lock().await;
    let Some(reservation) = store.reservations.get_mut(&id) else {
        return failure_with(StatusCode::NOT_FOUND, format!("Reservation {id} not found"));
    };
    if reservation.reservation_status != "Cancelled" {
        if reservation.scheduled_pickup_time < now_local() {
            return failure(format!(
                "Reservation {id} can no longer be cancelled: its pickup time has passed"
            ));
        }
        reservation.reservation_status = "Cancelled".into();
    }
    let reservation = reservation.clone();
    if store.save().is_err() {
        return failure_with(StatusCode::INTERNAL_SERVER_ERROR, "Internal error");
    }
    after_change(&app, fault, item(reservation))
}

fn not_granted(what: &str) -> Response {
    failure_with(StatusCode::FORBIDDEN, format!("The operator has not granted access to {what}"))
}

fn granted<T: Serialize>(granted: bool, what: &str, list: impl FnOnce() -> Vec<T>) -> Response {
    if granted { items(list()) } else { not_granted(what) }
}

/// `GET companies`.
pub async fn companies(State(app): State<App>) -> Response {
    granted(app.config.grants.companies, "companies", || {
        vec![
            json!({"companyId": 301, "companyName": "Nordisk Resebyrå AB"}),
            json!({"companyId": 302, "companyName": "Vasa Konsult AB"}),
        ]
    })
}

/// `GET customers`.
pub async fn customers(State(app): State<App>) -> Response {
    granted(app.config.grants.customers, "customers", || {
        vec![json!({"customerId": 9001, "firstName": "Karin", "lastName": "Åberg",
            "emailAddress": "karin.aberg@example.se", "phoneNumber": "+46701112233"})]
    })
}

/// `GET employees`.
pub async fn employees(State(app): State<App>) -> Response {
    granted(app.config.grants.employees, "employees", || {
        vec![
            json!({"employeeId": 11, "firstName": "Mikael", "lastName": "Sundberg", "role": "Dispatcher"}),
            json!({"employeeId": 12, "firstName": "Leila", "lastName": "Haddad", "role": "Chauffeur"}),
            json!({"employeeId": 13, "firstName": "Jonas", "lastName": "Ek", "role": "Chauffeur"}),
        ]
    })
}

/// `GET vehicles`.
pub async fn vehicles(State(app): State<App>) -> Response {
    granted(app.config.grants.vehicles, "vehicles", || {
        engine::vehicle_types()
            .into_iter()
            .enumerate()
            .map(|(n, vehicle_type)| {
                json!({"vehicleId": 700 + n as i64, "vehicleName": format!("Bil {}", 700 + n),
                    "vehicleTypeSummary": vehicle_type})
            })
            .collect()
    })
}
