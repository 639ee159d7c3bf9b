//! FTBook's segments: create (with the product's rules), look up, cancel.

use chrono::{DateTime, Duration};
use serde_json::{Value, json};

use super::bookings::{belongs_to, can_cancel};
use super::catalog;
use super::checks::{Checks, mask_foid};
use super::reply::{Faults, Reply};
use super::segment_rules::check_segment;
use super::store::Store;
use super::trips::{self, End, Trip, Unresolved, When};

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
