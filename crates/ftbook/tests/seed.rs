//! The client against FTBook's own documentation: its examples parse with every field intact,
//! and every fault code it lists has a sentence for the agent.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use ftbook::catalogue;
use ftbook::model::{Booking, DebitMethod, ReferenceType, Segment};
use rust_decimal::Decimal;
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

fn fixture(name: &str) -> Value {
    let text = std::fs::read_to_string(fixtures().join(name)).expect("fixture readable");
    serde_json::from_str(&text).expect("fixture is JSON")
}

/// JSON with every number as f64 and every time as an instant in whole seconds, so `6581076`
/// equals `6581076.0`. The examples write milliseconds (`12:56:57.235+02:00`); the date table's
/// 25 characters have none, so the client writes whole seconds and the instant is compared so.
fn normalise(value: Value) -> Value {
    match value {
        Value::Number(n) => serde_json::json!(n.as_f64().expect("a JSON number is a float")),
        Value::String(s) => match chrono::DateTime::parse_from_rfc3339(&s) {
            Ok(time) => Value::String(format!("{}|{}", time.timestamp(), time.offset())),
            Err(_) => Value::String(s),
        },
        Value::Array(items) => Value::Array(items.into_iter().map(normalise).collect()),
        Value::Object(map) => Value::Object(map.into_iter().map(|(k, v)| (k, normalise(v))).collect()),
        other => other,
    }
}

fn round_trip<T: DeserializeOwned + Serialize>(name: &str) -> T {
    let original = fixture(name);
    let parsed: T = serde_json::from_value(original.clone()).unwrap_or_else(|e| panic!("{name}: {e}"));
    let written = serde_json::to_value(&parsed).expect("a parsed object can be written");
    assert_eq!(
        normalise(written),
        normalise(original),
        "{name} must be written back with every field intact"
    );
    parsed
}

#[test]
fn the_booking_examples_parse_with_every_field_intact() {
    let request: Booking = round_trip("create-booking-request.json");
    assert_eq!(request.debit_method, Some(DebitMethod::Invoice));
    let reply: Booking = round_trip("create-booking-reply.json");
    assert_eq!(reply.booking_reference.as_deref(), Some("2014000000058"));
}

#[test]
fn the_segment_examples_parse_with_every_field_intact() {
    let _request: Segment = round_trip("create-segment-request.json");
    let reply: Segment = round_trip("create-segment-reply.json");
    assert_eq!(reply.ftresid.as_deref(), Some("R000000048"));
    let price = reply.customer_price.as_ref().unwrap();
    assert_eq!(price.including_vat, "679.00".parse::<Decimal>().unwrap());
    assert_eq!(price.including_vat.to_string(), "679.00", "money keeps its two decimals");
    assert_eq!(price.vat_percent.to_string(), "0.06");
    assert_eq!(reply.references[0].kind, ReferenceType::CostCenter);
    assert_eq!(
        reply.latest_cancel_time.unwrap().to_rfc3339(),
        "2014-04-30T06:40:00+02:00",
        "times keep the supplier's offset"
    );
}

/// Every fault code in the documentation's fault tables.
fn seed_fault_codes(text: &str) -> BTreeSet<i32> {
    let mut codes = BTreeSet::new();
    let mut in_table = false;
    for line in text.lines() {
        let line = line.trim();
        if line == "Code Description" {
            in_table = true;
            continue;
        }
        if in_table {
            let code = line.split_once(' ').and_then(|(code, _)| code.parse::<i32>().ok());
            match code {
                Some(code) => {
                    codes.insert(code);
                }
                None if line.is_empty() => {}
                None => in_table = false,
            }
        }
    }
    codes
}

#[test]
fn every_fault_code_in_the_documentation_has_a_sentence() {
    let text = std::fs::read_to_string(fixtures().join("seed/ftbook-api.txt")).unwrap();
    let documented = seed_fault_codes(&text);
    assert!(documented.len() > 200, "the fault tables were read ({} codes)", documented.len());
    let missing: Vec<_> = documented.iter().filter(|code| catalogue::lookup(**code).is_none()).collect();
    assert!(missing.is_empty(), "codes without a sentence: {missing:?}");
    let catalogued: BTreeSet<i32> = catalogue::entries().iter().map(|entry| entry.code).collect();
    let invented: Vec<_> = catalogued.difference(&documented).collect();
    assert!(invented.is_empty(), "codes the documentation does not list: {invented:?}");
}

#[test]
fn our_copy_of_the_documentation_is_the_shared_one() {
    let shared = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/seeds/ftbook-api.txt");
    let Ok(shared) = std::fs::read_to_string(shared) else {
        eprintln!("shared/seeds is not beside this clone; nothing to compare");
        return;
    };
    let ours = std::fs::read_to_string(fixtures().join("seed/ftbook-api.txt")).unwrap();
    assert!(ours == shared, "tests/fixtures/seed/ftbook-api.txt differs from shared/seeds: copy it again");
}
