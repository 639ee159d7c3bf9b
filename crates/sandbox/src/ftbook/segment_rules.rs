//! The rules a segment must keep before FTBook takes it (the segment table of the seed: lengths,
//! value sets, identities, the connection's codes, the fee prices).

use serde_json::{Value, json};

use super::catalog;
use super::checks::{Checks, is_email, is_foid, is_phone};

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

pub(super) fn check_segment(c: &mut Checks) {
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
