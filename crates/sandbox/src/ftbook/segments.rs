//! FTBook's segments: create (with the product's rules), look up, cancel.

use chrono::{DateTime, Duration};
use serde_json::{Value, json};

use super::bookings::{belongs_to, can_cancel};
use super::catalog;
use super::checks::{Checks, is_email, is_foid, is_phone, mask_foid};
use super::reply::{Faults, Reply};
use super::store::Store;
use super::trips::{self, End, Trip, Unresolved, When};

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
    c.text_rule("/clientName", "segment.clientName", true, 1, 64);
    c.text_rule("/responsible", "segment.responsible", false, 1, 32);
    if let Some(status) = c.get("/status")
        && !matches!(status.as_str(), Some("PENDING" | "COMPLETE"))
    {
        c.rule("segment.status", "one of PENDING, COMPLETE");
    }
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
        for (pointer, code, name) in [
            ("/connection/departureCode", 1288, "segment.connection.depatureCode"),
            ("/connection/arrivalCode", 1292, "segment.connection.arrivalCode"),
        ] {
            let place = c.get(pointer).and_then(Value::as_str);
            if let (Some(kind), Some(place)) = (kind, place)
                && !code_fits(kind, place)
            {
                c.fault(code, format!("{name} is invalid"));
            }
        }
    }
    if c.get("/feePrice").is_some() {
        check_price(c, "/feePrice", "segment.feePrice");
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
        let name = format!("/references/{i}/name");
        if c.get(&name).and_then(Value::as_str).is_some_and(|n| n.trim().is_empty()) {
            c.fault(1314, "segment.reference.name can not be empty");
        } else {
            c.text(&name, "segment.reference.name", None, 1315, 1, 64);
        }
    }
}

/// A `Price` as its table says: the amounts decimal strings, including VAT not below excluding
/// it, `vatPercent` a fraction 0.00–0.25 as a string, an ISO 4217 currency. No fault codes exist
/// for these, so each is answered with the rule.
fn check_price(c: &mut Checks, pointer: &str, name: &str) {
    let amount = |c: &Checks, field: &str| {
        c.get(&format!("{pointer}/{field}"))
            .and_then(Value::as_str)
            .and_then(|text| text.parse::<rust_decimal::Decimal>().ok())
    };
    let including = amount(c, "includingVat");
    let excluding = amount(c, "excludingVat");
    let rate = amount(c, "vatPercent");
    for (value, field) in [(including, "includingVat"), (excluding, "excludingVat"), (rate, "vatPercent")] {
        if value.is_none() {
            c.rule(&format!("{name}.{field}"), "required, a decimal number as a string (\"12.50\")");
        }
    }
    if let (Some(including), Some(excluding)) = (including, excluding)
        && (including < excluding || excluding.is_sign_negative())
    {
        c.rule(&format!("{name}.includingVat"), "not below excludingVat, neither negative");
    }
    if rate.is_some_and(|r| r.is_sign_negative() || r > rust_decimal::Decimal::new(25, 2)) {
        c.rule(&format!("{name}.vatPercent"), "a fraction from 0.00 to 0.25");
    }
    let currency = c.get(&format!("{pointer}/currencyCode")).and_then(Value::as_str);
    if !currency.is_some_and(|code| code.len() == 3 && code.chars().all(|ch| ch.is_ascii_uppercase())) {
        c.rule(&format!("{name}.currencyCode"), "required, ISO 4217 (SEK)");
    }
}

/// Whether a connection's departure or arrival code fits its type: a flight's are IATA airport
/// codes (and a Swedish one is an airport FTBook knows), a train's a station (a Swedish one is
/// a station FTBook knows; a foreign one is taken as given).
fn code_fits(kind: &str, code: &str) -> bool {
    let known = crate::places::Places::sweden().terminal(code);
    match kind {
        "FLIGHT" => {
            code.len() == 3
                && code.chars().all(|c| c.is_ascii_uppercase())
                && known.is_none_or(|place| place.kind == crate::places::Kind::Airport)
        }
        "TRAIN" => known.is_none_or(|place| place.kind == crate::places::Kind::TrainStation),
        _ => true,
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
    // An airport, station or service location (a bus stop) is named by its location code.
    if let Some(end) = street["location"]["code"].as_str().and_then(trips::by_code) {
        return Ok(end);
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
pub fn create_segment(
    store: &mut Store,
    reference: &str,
    body: &Value,
    agency: &str,
) -> Result<Value, Faults> {
    if !body.is_object() {
        return Err(Faults::one(1201, "segment can not be empty"));
    }
    if !agency_owns(store, reference, agency) {
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
    if !trip.drivable() {
        return Err(Faults::one(1234, "No availability found"));
    }
    let service = catalog::product(code).map(|p| p.service);
    let Some(product) = trip.products(service).into_iter().find(|p| p.code.eq_ignore_ascii_case(code)) else {
        return Err(Faults::one(1234, "No availability found"));
    };
    let mut c = Checks::new(body);
    c.when(product.connection_required && connection.is_null(), 1264, "segment.product requires connection");
    // A product with a child's price needs the child's age when a child travels: a passenger
    // titled CHD. An adult books without it.
    let is_child = body["passenger"]["title"].as_str().is_some_and(|t| t.eq_ignore_ascii_case("CHD"));
    c.when(
        product.child_age_required && is_child && body["passenger"]["childAge"].is_null(),
        1265,
        "segment.product requires child age",
    );
    if let Some(terminal) = start.terminal_code().or(end.terminal_code())
        && connection.is_object()
        && ![&connection["departureCode"], &connection["arrivalCode"]]
            .iter()
            .any(|code| code.as_str().is_some_and(|c| c.eq_ignore_ascii_case(terminal)))
    {
        c.rule(
            "segment.connection",
            &format!("must depart from or arrive at the trip's airport or station ({terminal})"),
        );
    }
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
    // No `status` is added: the documentation's own reply has none; a request's PENDING stays
    // (the segment is held until the booking is completed). The card rests masked.
    if let Some(foid) = segment["passenger"]["foid"].as_str() {
        segment["passenger"]["foid"] = json!(mask_foid(foid));
    }
    segment["product"] = offer["product"].clone();
    segment["product"]["firstPossibleBookingTime"] = json!(earliest.to_rfc3339());
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

/// Whether the booking `reference` belongs to `agency`.
fn agency_owns(store: &Store, reference: &str, agency: &str) -> bool {
    store.booking(reference).is_some_and(|booking| belongs_to(booking, agency))
}

/// Whether `segment`'s booking belongs to `agency`.
fn owns_segment(store: &Store, segment: &Value, agency: &str) -> bool {
    segment["bookingReference"].as_str().is_some_and(|reference| agency_owns(store, reference, agency))
}

fn access_denied() -> Reply {
    Faults::one(666, "Access denied").into()
}

/// `GET booking/segment/{ftresid}`.
pub fn segment(store: &Store, ftresid: &str, agency: &str) -> Reply {
    match store.segment(ftresid) {
        Some(segment) if !owns_segment(store, segment, agency) => access_denied(),
        Some(segment) => Reply::Json(segment.clone()),
        None => Faults::one(1200, "Segment not found").into(),
    }
}

/// `DELETE booking/segment/{ftresid}`.
pub fn cancel_segment(store: &mut Store, ftresid: &str, agency: &str) -> Reply {
    let now = trips::now_in_sweden();
    match store.segment(ftresid) {
        None => return Faults::one(1200, "Segment not found").into(),
        Some(segment) if !owns_segment(store, segment, agency) => return access_denied(),
        Some(_) => {}
    }
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
pub fn segment_by_reference(store: &Store, kind: &str, value: &str, agency: &str) -> Reply {
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
        Some(segment) if !owns_segment(store, segment, agency) => access_denied(),
        Some(segment) => Reply::Json(segment.clone()),
        None => Faults::one(1316, "Segment not found").into(),
    }
}

/// `GET booking/segments/{reference}`.
pub fn segments(store: &Store, reference: &str, agency: &str) -> Reply {
    if store.booking(reference).is_none() {
        return Faults::one(1100, "Booking not found").into();
    }
    if !agency_owns(store, reference, agency) {
        return access_denied();
    }
    Reply::Json(Value::Array(store.segments_of(reference).into_iter().cloned().collect()))
}

/// `GET booking/segments/{AMADEUS|SABRE}/{locator}`: the segments of every booking under the
/// locator (outbound and return are often two bookings on one PNR).
pub fn segments_by_locator(store: &Store, kind: &str, locator: &str, agency: &str) -> Reply {
    let bookings = if matches!(kind, "AMADEUS" | "SABRE") {
        store.bookings_by_identity(kind, locator)
    } else {
        Vec::new()
    };
    if bookings.is_empty() {
        return Faults::one(1100, "Booking not found").into();
    }
    let own: Vec<&Value> = bookings.into_iter().filter(|booking| belongs_to(booking, agency)).collect();
    if own.is_empty() {
        return access_denied();
    }
    let segments: Vec<Value> = own
        .iter()
        .filter_map(|booking| booking["bookingReference"].as_str())
        .flat_map(|reference| store.segments_of(reference).into_iter().cloned())
        .collect();
    Reply::Json(Value::Array(segments))
}

#[cfg(test)]
mod tests {
    use super::super::checks::RULE_CODE;
    use super::*;

    fn codes(body: Value) -> Vec<i32> {
        let mut checks = Checks::new(&body);
        check_segment(&mut checks);
        checks
            .result()
            .err()
            .map(|faults| faults.0.into_iter().map(|(code, _)| code).collect())
            .unwrap_or_default()
    }

    #[test]
    fn a_reference_name_may_be_left_out_but_not_left_blank() {
        let base = json!({"bookingDate": "2026-12-01T08:00:00+01:00", "clientName": "Test", "passenger": {"firstName": "A", "lastName": "B", "phone": "0701234567"}, "product": {"code": "VTAX"}});
        let with = |reference: Value| {
            let mut body = base.clone();
            body["references"] = json!([reference]);
            codes(body)
        };
        assert_eq!(codes(base.clone()), Vec::<i32>::new());
        assert_eq!(with(json!({"type": "PROJECT", "value": "X1"})), Vec::<i32>::new(), "no name is fine");
        assert_eq!(with(json!({"type": "PROJECT", "value": "X1", "name": "  "})), vec![1314]);
        assert_eq!(with(json!({"type": "PROJECT", "value": "X1", "name": "N".repeat(65)})), vec![1315]);
        assert_eq!(with(json!({"type": "INVOICE", "value": "X1"})), vec![1311]);
    }

    #[test]
    fn a_fee_price_is_checked_as_its_table_says() {
        let base = json!({"bookingDate": "2026-12-01T08:00:00+01:00", "clientName": "Test", "passenger": {"firstName": "A", "lastName": "B", "phone": "0701234567"}, "product": {"code": "VTAX"}});
        let with = |fee: Value| {
            let mut body = base.clone();
            body["feePrice"] = fee;
            codes(body)
        };
        let seed = json!({"includingVat": "12.50", "excludingVat": "10.00", "vatPercent": "0.25", "currencyCode": "SEK"});
        assert_eq!(with(seed.clone()), Vec::<i32>::new(), "the seed's own fee passes");
        let mut number = seed.clone();
        number["includingVat"] = json!(12.5);
        assert_eq!(with(number), vec![RULE_CODE], "a number where a string is documented");
        let mut rate = seed.clone();
        rate["vatPercent"] = json!("25");
        assert_eq!(with(rate), vec![RULE_CODE], "a percentage, not a fraction");
        let mut currency = seed;
        currency["currencyCode"] = json!("kr");
        assert_eq!(with(currency), vec![RULE_CODE]);
    }
}
