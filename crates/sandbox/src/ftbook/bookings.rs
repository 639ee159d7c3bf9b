//! FTBook's bookings and segments: create, look up, cancel, complete.

use chrono::{DateTime, Datelike, Duration, FixedOffset};
use serde_json::{Value, json};

use super::catalog;
use super::checks::{Checks, is_email, is_foid, is_phone};
use super::reply::{Faults, Reply};
use super::store::Store;
use super::trips::{self, End, Trip, Unresolved, When};

const DEBIT_METHODS: [&str; 5] = ["REVERSE", "AGENT", "AGENT_CUSTOMER", "FLYGTAXI_CUSTOMER", "INVOICE"];
const SUFFIXES: [&str; 4] = ["SELLFT", "SELLTT", "TRANFT", "TRANTT"];
const REFERENCE_TYPES: [&str; 8] = [
    "COSTCENTER",
    "DEPARTMENT",
    "MISCELLANEOUS",
    "PROJECT",
    "REQUISITION",
    "REFERNCE",
    "EMPLOYEECODE",
    "AMADEUSTRANSACTIONID",
];

/// The organisation every sandbox login books for.
pub const AGENCY_NAME: &str = "Sandlådans Resebyrå AB";

fn check_booking(body: &Value, now: DateTime<FixedOffset>) -> Result<(), Faults> {
    if !body.is_object() {
        return Err(Faults::one(1102, "Booking can not be empty"));
    }
    let mut c = Checks::new(body);
    c.when(c.get("/bookingReference").is_some(), 1103, "bookingReference not empty");
    if let Some(date) = c.time("/bookingDate", "bookingDate", Some(1104), 1104) {
        c.when(date < now - Duration::hours(24), 1105, "bookingDate too far in the past");
        c.when(date > now + Duration::hours(24), 1106, "bookingDate too far in the future");
    }
    c.text("/comment", "comment", None, 1107, 1, 256);
    c.text("/agencyOfficeId", "agencyOfficeId", Some(1110), 1111, 1, 32);
    c.text("/agencyIataNumber", "agencyIataNumber", None, 1112, 1, 32);
    c.text("/agencyCustomerId", "agencyCustomerId", None, 1113, 1, 32);
    let method = c.text("/debitMethod", "debitMethod", Some(1114), 1115, 1, 32);
    if method.is_some_and(|m| !DEBIT_METHODS.contains(&m)) {
        c.fault(1115, "debitMethod is invalid");
    }
    let needs_reference = matches!(method, Some("AGENT_CUSTOMER" | "FLYGTAXI_CUSTOMER"));
    c.text("/debitReference", "debitReference", needs_reference.then_some(1116), 1117, 1, 32);
    match c.get("/invoiceAddress") {
        None => c.when(method == Some("INVOICE"), 1120, "invoiceAddress can not be empty"),
        Some(_) => {
            c.text("/invoiceAddress/name", "invoiceAddress.name", Some(1121), 1122, 2, 64);
            c.text("/invoiceAddress/address1", "invoiceAddress.address1", Some(1123), 1124, 1, 64);
            c.text("/invoiceAddress/address2", "invoiceAddress.address2", None, 1125, 1, 64);
            c.text("/invoiceAddress/zipCode", "invoiceAddress.zipCode", Some(1126), 1127, 1, 64);
            c.text("/invoiceAddress/city", "invoiceAddress.city", Some(1128), 1129, 1, 64);
            c.text("/invoiceAddress/state", "invoiceAddress.state", None, 1130, 1, 64);
            let country =
                c.text("/invoiceAddress/countryCode", "invoiceAddress.countryCode", Some(1131), 1132, 2, 32);
            c.when(
                country.is_some_and(|cc| !cc.chars().all(|ch| ch.is_ascii_uppercase())),
                1132,
                "invoiceAddress.countryCode is invalid",
            );
            let email = c.text("/invoiceAddress/email", "invoiceAddress.email", None, 1133, 2, 64);
            c.when(email.is_some_and(|e| !is_email(e)), 1133, "invoiceAddress.email is invalid");
        }
    }
    if c.get("/amadeusUpdate").is_some() {
        c.boolean("/amadeusUpdate/addMis", "amadeusUpdate.addMis", Some(1140), 1140);
        c.boolean("/amadeusUpdate/addRmsur", "amadeusUpdate.addRmsur", Some(1141), 1141);
        let suffix = c.text("/amadeusUpdate/suffix", "amadeusUpdate.suffix", Some(1142), 1143, 3, 16);
        c.when(suffix.is_some_and(|s| !SUFFIXES.contains(&s)), 1143, "amadeusUpdate.suffix is invalid");
        let has_locator = body["identities"].as_array().is_some_and(|ids| {
            ids.iter().any(|id| id["system"].as_str().is_some_and(|s| s.eq_ignore_ascii_case("AMADEUS")))
        });
        c.when(!has_locator, 1144, "amadeusUpdate requires an amadeus record locator in identities");
    }
    c.result()
}

/// `POST booking`.
pub fn create_booking(store: &mut Store, body: &Value, login: &str) -> Result<Value, Faults> {
    let now = trips::now_in_sweden();
    check_booking(body, now)?;
    let reference = store.next_booking_reference(now.year());
    let mut booking = body.clone();
    booking["bookingReference"] = json!(reference);
    booking["bookingId"] = json!(reference.get(4..).and_then(|n| n.parse::<i64>().ok()).unwrap_or(0));
    booking["creatorOrganizationId"] = json!(1);
    booking["creatorName"] = json!(login);
    booking["customerOrganizationId"] = json!(1);
    booking["customerName"] = json!(AGENCY_NAME);
    booking["creationDate"] = json!(now.to_rfc3339());
    store.put_booking(reference, booking.clone());
    Ok(booking)
}

fn reference_checked(reference: &str) -> Result<(), Faults> {
    if reference.trim().is_empty() {
        return Err(Faults::one(1108, "Booking reference can not be empty"));
    }
    if reference.len() > 13 || !reference.chars().all(|c| c.is_ascii_digit()) {
        return Err(Faults::one(1109, "Booking reference is invalid"));
    }
    Ok(())
}

/// `GET booking/{reference}`.
pub fn booking(store: &Store, reference: &str) -> Reply {
    if let Err(faults) = reference_checked(reference) {
        return faults.into();
    }
    match store.booking(reference) {
        Some(booking) => Reply::Json(booking.clone()),
        None => Faults::one(1100, "Booking not found").into(),
    }
}

/// `GET booking/{AMADEUS|SABRE}/{locator}`.
pub fn booking_by_locator(store: &Store, kind: &str, locator: &str) -> Reply {
    if locator.trim().is_empty() {
        return Faults::one(1108, "Booking reference can not be empty").into();
    }
    if !matches!(kind, "AMADEUS" | "SABRE") {
        return Faults::one(1109, "Booking reference is invalid").into();
    }
    match store.booking_by_identity(kind, locator) {
        Some(booking) => Reply::Json(booking.clone()),
        None => Faults::one(1100, "Booking not found").into(),
    }
}

fn can_cancel(segment: &Value, now: DateTime<FixedOffset>) -> bool {
    segment["latestCancelTime"]
        .as_str()
        .and_then(|t| DateTime::parse_from_rfc3339(t).ok())
        .is_none_or(|latest| now <= latest)
}

/// `DELETE booking/{reference}`: cancels every cancellable segment.
pub fn cancel_booking(store: &mut Store, reference: &str) -> Reply {
    if let Err(faults) = reference_checked(reference) {
        return faults.into();
    }
    if store.booking(reference).is_none() {
        return Faults::one(1100, "Booking not found").into();
    }
    let now = trips::now_in_sweden();
    let open: Vec<String> = store
        .segments_of(reference)
        .into_iter()
        .filter(|s| s["cancelled"] != true)
        .filter_map(|s| s["ftresid"].as_str().map(str::to_owned))
        .collect();
    if open.is_empty() {
        return Faults::one(1302, "All cancellable segments already cancelled").into();
    }
    let mut cancelled = Vec::new();
    for ftresid in open {
        if let Some(segment) = store.segment_mut(&ftresid)
            && can_cancel(segment, now)
        {
            segment["cancelled"] = json!(true);
            cancelled.push(segment.clone());
        }
    }
    if cancelled.is_empty() {
        return Faults::one(1303, "No segments cancelled").into();
    }
    Reply::Json(Value::Array(cancelled))
}

/// `POST booking/complete`.
pub fn complete(store: &mut Store, body: &Value) -> Reply {
    let mut c = Checks::new(body);
    let reference =
        c.text("/bookingReference", "bookingReference", Some(4901), 4900, 1, 13).map(str::to_owned);
    let identities = body["identities"].as_array().cloned().unwrap_or_default();
    for (i, _) in identities.iter().enumerate() {
        c.text(&format!("/identities/{i}/system"), "complete.identity.system", Some(4902), 4903, 1, 64);
        c.text(&format!("/identities/{i}/number"), "complete.identity.number", Some(4904), 4905, 1, 64);
        if c.get(&format!("/identities/{i}/unique")).is_some_and(|u| !u.is_boolean()) {
            c.fault(4906, "complete.identity.unique must be true or false");
        }
    }
    if let Err(faults) = c.result() {
        return faults.into();
    }
    let Some(reference) = reference else {
        return Faults::one(4901, "bookingReference cannot be empty").into();
    };
    let Some(mut booking) = store.booking(&reference).cloned() else {
        return Faults::one(4900, "bookingReference not found").into();
    };
    let mut all = booking["identities"].as_array().cloned().unwrap_or_default();
    all.extend(identities);
    booking["identities"] = json!(all);
    store.put_booking(reference.clone(), booking);
    let pending: Vec<String> = store
        .segments_of(&reference)
        .into_iter()
        .filter(|s| s["status"] == "PENDING")
        .filter_map(|s| s["ftresid"].as_str().map(str::to_owned))
        .collect();
    for ftresid in pending {
        if let Some(segment) = store.segment_mut(&ftresid) {
            segment["status"] = json!("COMPLETE");
        }
    }
    Reply::Json(json!({ "bookingReference": reference, "identities": all }))
}

fn check_segment(c: &mut Checks) {
    c.text("/comment", "segment.comment", None, 1202, 1, 256);
    c.when(c.get("/cancelled").is_some_and(|v| v != &json!(false)), 1230, "segment.cancelled is invalid");
    c.when(
        c.get("/ftresid").is_some(),
        1231,
        "segment.ftresid is invalid, can not be set when creating a booking",
    );
    c.time("/bookingDate", "segment.bookingDate", Some(1232), 1232);
    c.text("/infoToDriver", "segment.infoToDriver", None, 1233, 1, 256);
    if c.get("/passenger").is_none() {
        c.fault(1240, "segment.passenger can not be empty");
    } else {
        c.text("/passenger/firstName", "segment.passenger.firstName", Some(1241), 1242, 1, 32);
        c.text("/passenger/lastName", "segment.passenger.lastName", Some(1243), 1244, 1, 32);
        c.text("/passenger/title", "segment.passenger.title", None, 1245, 1, 16);
        let phone = c.text("/passenger/phone", "segment.passenger.phone", Some(1246), 1247, 5, 64);
        c.when(phone.is_some_and(|p| !is_phone(p)), 1247, "segment.passenger.phone is invalid");
        let email = c.text("/passenger/email", "segment.passenger.email", None, 1248, 1, 64);
        c.when(email.is_some_and(|e| !is_email(e)), 1248, "segment.passenger.email is invalid");
        let age = c.number("/passenger/childAge", "segment.passenger.childAge", 1249);
        c.when(age.is_some_and(|a| a > 17), 1249, "segment.passenger.childAge is invalid");
        let count = c.number("/passenger/numberOfPassengers", "segment.passenger.numberOfPassengers", 1250);
        c.when(count == Some(0), 1250, "segment.passenger.numberOfPassengers is invalid");
        let foid = c.text("/passenger/foid", "segment.passenger.foid", None, 1251, 14, 32);
        c.when(foid.is_some_and(|f| !is_foid(f)), 1251, "segment.passenger.foid is invalid");
        c.text("/passenger/uniqueSrc", "segment.passenger.uniqueSrc", None, 1252, 1, 32);
        c.text("/passenger/uniqueId", "segment.passenger.uniqueId", None, 1253, 1, 32);
    }
    if c.get("/product").is_none() {
        c.fault(1260, "segment.product can not be empty");
    } else {
        let code = c.text("/product/code", "segment.product.code", Some(1261), 1262, 4, 32);
        c.when(
            code.is_some_and(|code| catalog::product(code).is_none()),
            1262,
            "segment.product.code is invalid",
        );
        c.text("/product/name", "segment.product.name", None, 1263, 1, 64);
    }
    if c.get("/connection").is_some() {
        let kind = c.text("/connection/type", "segment.connection.type", Some(1281), 1282, 5, 64);
        c.when(
            kind.is_some_and(|k| !matches!(k, "FLIGHT" | "TRAIN")),
            1282,
            "segment.connection.type is invalid",
        );
        c.text("/connection/number", "segment.connection.number", Some(1283), 1284, 1, 32);
        c.boolean("/connection/international", "segment.connection.international", Some(1285), 1285);
        c.time("/connection/departureDate", "segment.connection.depatureDate", Some(1286), 1286);
        c.text("/connection/departureCode", "segment.connection.depatureCode", Some(1287), 1288, 1, 32);
        c.text("/connection/departureName", "segment.connection.depatureName", None, 1289, 1, 64);
        c.time("/connection/arrivalDate", "segment.connection.arrivalDate", Some(1290), 1290);
        c.text("/connection/arrivalCode", "segment.connection.arrivalCode", Some(1291), 1292, 1, 32);
        c.text("/connection/arrivalName", "segment.connection.arrivalName", None, 1293, 1, 64);
    }
    let references = c.get("/references").and_then(Value::as_array).map_or(0, Vec::len);
    for i in 0..references {
        let kind =
            c.text(&format!("/references/{i}/type"), "segment.reference.type", Some(1310), 1311, 1, 64);
        c.when(
            kind.is_some_and(|k| !REFERENCE_TYPES.contains(&k)),
            1311,
            "segment.reference.type is invalid",
        );
        c.text(&format!("/references/{i}/value"), "segment.reference.value", Some(1312), 1313, 1, 64);
        c.text(&format!("/references/{i}/name"), "segment.reference.name", None, 1315, 1, 64);
    }
}

/// One end of a segment, from its node's street: by id, by location code, or by name.
fn segment_end(node: &Value, near: Option<crate::geo::Wgs84>) -> Result<End, Unresolved> {
    let street = &node["street"];
    let number = street["number"].as_i64();
    let letter = street["letter"].as_str().map(str::to_owned);
    if let Some(id) = street["id"].as_i64() {
        return trips::by_id(id, number, letter);
    }
    if let Some(name) = street["name"].as_str() {
        let within = street["location"]["name"].as_str().or(street["location"]["code"].as_str());
        let name = match within {
            Some(within) => format!("{name}, {within}"),
            None => name.to_owned(),
        };
        return trips::by_street(&name, number, letter, near);
    }
    street["location"]["code"].as_str().and_then(trips::by_code).ok_or(Unresolved::NotFound)
}

/// `POST booking/segment/{reference}`.
pub fn create_segment(store: &mut Store, reference: &str, body: &Value) -> Result<Value, Faults> {
    if !body.is_object() {
        return Err(Faults::one(1201, "segment can not be empty"));
    }
    if store.booking(reference).is_none() {
        return Err(Faults::one(666, "Access denied"));
    }
    let mut c = Checks::new(body);
    check_segment(&mut c);
    let start_time = c.time("/startNode/time", "segment.startNode.time", None, 1213);
    c.time("/endNode/time", "segment.endNode.time", None, 1223);
    if c.get("/startNode/street").is_none() {
        c.fault(1210, "segment.startNode not found");
    }
    if c.get("/endNode/street").is_none() {
        c.fault(1220, "segment.endNode not found");
    }
    if c.failed() {
        return c.result().map(|()| Value::Null);
    }
    let end_code_position =
        body["endNode"]["street"]["location"]["code"].as_str().and_then(trips::by_code).map(|e| e.position());
    let start = segment_end(&body["startNode"], end_code_position).map_err(|why| match why {
        Unresolved::NotFound => Faults::one(1210, "segment.startNode not found"),
        Unresolved::NotUnique => Faults::one(1211, "segment.startNode not unique"),
        Unresolved::NeedsNumber => Faults::one(1212, "segment.startNode requires street number"),
    })?;
    let end = segment_end(&body["endNode"], Some(start.position())).map_err(|why| match why {
        Unresolved::NotFound => Faults::one(1220, "segment.endNode not found"),
        Unresolved::NotUnique => Faults::one(1221, "segment.endNode not unique"),
        Unresolved::NeedsNumber => Faults::one(1222, "segment.endNode requires street number"),
    })?;

    let code = body["product"]["code"].as_str().unwrap_or_default();
    let passengers =
        u32::try_from(body["passenger"]["numberOfPassengers"].as_u64().unwrap_or(1)).unwrap_or(u32::MAX);
    let connection = &body["connection"];
    let time_of = |name: &str| connection[name].as_str().and_then(|t| DateTime::parse_from_rfc3339(t).ok());
    let (connection_time, arriving) = match (start.terminal_code(), end.terminal_code()) {
        (Some(_), _) => (time_of("arrivalDate"), Some(true)),
        (None, Some(_)) => (time_of("departureDate"), Some(false)),
        _ => (None, None),
    };
    let when = When {
        desired: start_time,
        connection: connection_time,
        connection_arrival: arriving,
        international: connection["international"] == true,
    };
    let trip = Trip { start: &start, end: &end, when, passengers, english: false };
    let Some(product) = trip.products(None).into_iter().find(|p| p.code.eq_ignore_ascii_case(code)) else {
        return Err(Faults::one(1234, "No availability found"));
    };
    let mut c = Checks::new(body);
    c.when(product.connection_required && connection.is_null(), 1264, "segment.product requires connection");
    c.when(
        product.child_age_required && body["passenger"]["childAge"].is_null(),
        1265,
        "segment.product requires child age",
    );
    c.when(
        product.number_of_passengers_required && body["passenger"]["numberOfPassengers"].is_null(),
        1266,
        "segment.product requires number of passengers",
    );
    c.when(passengers > product.max_passengers, 1250, "segment.passenger.numberOfPassengers is invalid");
    c.when(
        product.foid_required && body["passenger"]["foid"].is_null(),
        1268,
        "segment.product requires that passenger have a foid",
    );
    let offer = trip.availability(product);
    let pickup = offer["startNode"]["time"].as_str().and_then(|t| DateTime::parse_from_rfc3339(t).ok());
    c.when(
        product.pickup_time_locked && start_time.is_some() && pickup != start_time,
        1267,
        "segment.product pickup time is locked",
    );
    let now = trips::now_in_sweden();
    let earliest = if product.service == "Taxi" { now + Duration::hours(1) } else { now };
    if !c.failed() && pickup.is_none_or(|p| p < earliest) {
        c.fault(1234, "No availability found");
    }
    c.result()?;

    let ftresid = store.next_ftresid();
    let mut segment = body.clone();
    segment["cancelled"] = json!(false);
    segment["ftresid"] = json!(ftresid);
    segment["bookingReference"] = json!(reference);
    segment["routeDistanceMeters"] = offer["distanceMeters"].clone();
    segment["routeDurationSeconds"] = offer["durationSeconds"].clone();
    if segment["status"].is_null() {
        segment["status"] = json!("COMPLETE");
    }
    let mut product_json = offer["product"].clone();
    if let Some(object) = product_json.as_object_mut() {
        object.remove("firstPossibleBookingTime");
        object.insert("firstPossibleBookingTime".into(), json!(earliest.to_rfc3339()));
    }
    segment["product"] = product_json;
    if segment["connection"].is_object() {
        for (code_field, name_field) in [("departureCode", "departureName"), ("arrivalCode", "arrivalName")] {
            if let Some(place) = segment["connection"][code_field]
                .as_str()
                .and_then(|c| crate::places::Places::sweden().terminal(c))
            {
                segment["connection"][name_field] = json!(place.name);
            }
        }
    }
    segment["startNode"] = offer["startNode"].clone();
    segment["endNode"] = offer["endNode"].clone();
    segment["customerPrice"] = offer["price"].clone();
    if segment["feePrice"].is_null() {
        segment["feePrice"] = catalog::fee_json();
    }
    segment["refundPrice"] = offer["price"].clone();
    segment["latestCancelTime"] = offer["product"]["latestCancelTime"].clone();
    store.put_segment(ftresid, segment.clone());
    Ok(segment)
}

/// `GET booking/segment/{ftresid}`.
pub fn segment(store: &Store, ftresid: &str) -> Reply {
    match store.segment(ftresid) {
        Some(segment) => Reply::Json(segment.clone()),
        None => Faults::one(1200, "Segment not found").into(),
    }
}

/// `DELETE booking/segment/{ftresid}`.
pub fn cancel_segment(store: &mut Store, ftresid: &str) -> Reply {
    let now = trips::now_in_sweden();
    let Some(segment) = store.segment_mut(ftresid) else {
        return Faults::one(1200, "Segment not found").into();
    };
    if segment["cancelled"] == true {
        return Faults::one(1203, "Segment already cancelled").into();
    }
    if !can_cancel(segment, now) {
        return Faults::one(1204, "Segment have passed it's latest cancellable date").into();
    }
    segment["cancelled"] = json!(true);
    Reply::Json(segment.clone())
}

/// `GET booking/segment/reference/{type}/{value}`.
pub fn segment_by_reference(store: &Store, kind: &str, value: &str) -> Reply {
    let found = (kind == "AMADEUSTRANSACTIONID")
        .then(|| {
            store.segments().find(|s| {
                s["references"]
                    .as_array()
                    .is_some_and(|refs| refs.iter().any(|r| r["type"] == kind && r["value"] == value))
            })
        })
        .flatten();
    match found {
        Some(segment) => Reply::Json(segment.clone()),
        None => Faults::one(1316, "Segment not found").into(),
    }
}

/// `GET booking/segments/{reference}`.
pub fn segments(store: &Store, reference: &str) -> Reply {
    if store.booking(reference).is_none() {
        return Faults::one(1100, "Booking not found").into();
    }
    Reply::Json(Value::Array(store.segments_of(reference).into_iter().cloned().collect()))
}

/// `GET booking/segments/{AMADEUS|SABRE}/{locator}`.
pub fn segments_by_locator(store: &Store, kind: &str, locator: &str) -> Reply {
    let booking =
        matches!(kind, "AMADEUS" | "SABRE").then(|| store.booking_by_identity(kind, locator)).flatten();
    match booking.and_then(|b| b["bookingReference"].as_str()) {
        Some(reference) => {
            Reply::Json(Value::Array(store.segments_of(reference).into_iter().cloned().collect()))
        }
        None => Faults::one(1100, "Booking not found").into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A booking with one segment whose latest cancel time was an hour ago.
    fn store_with_a_past_deadline() -> (Store, String) {
        let mut store = Store::in_memory();
        let reference = store.next_booking_reference(2026);
        store.put_booking(reference.clone(), json!({ "bookingReference": reference }));
        let past = (trips::now_in_sweden() - Duration::hours(1)).to_rfc3339();
        let ftresid = store.next_ftresid();
        store.put_segment(
            ftresid.clone(),
            json!({ "ftresid": ftresid, "bookingReference": reference, "cancelled": false, "latestCancelTime": past }),
        );
        (store, reference)
    }

    fn code(reply: Reply) -> i32 {
        match reply {
            Reply::Refused(Faults(faults)) => faults[0].0,
            _ => 0,
        }
    }

    #[test]
    fn a_segment_past_its_latest_cancel_time_cannot_be_cancelled() {
        let (mut store, _) = store_with_a_past_deadline();
        assert_eq!(code(cancel_segment(&mut store, "R000000001")), 1204);
        assert_eq!(store.segment("R000000001").unwrap()["cancelled"], false, "nothing changed");
    }

    #[test]
    fn a_booking_whose_segments_are_all_past_their_deadline_cancels_nothing() {
        let (mut store, reference) = store_with_a_past_deadline();
        assert_eq!(code(cancel_booking(&mut store, &reference)), 1303);
    }

    #[test]
    fn booking_references_are_checked_before_they_are_looked_up() {
        let store = Store::in_memory();
        assert_eq!(code(booking(&store, " ")), 1108);
        assert_eq!(code(booking(&store, "R000000001")), 1109);
        assert_eq!(code(booking(&store, "2026000000001")), 1100);
    }
}
