//! FTBook's bookings and segments: create, look up, cancel, complete.

use chrono::{DateTime, Datelike, Duration, FixedOffset};
use serde_json::{Value, json};

use super::checks::{Checks, RULE_CODE, is_email};
use super::reply::{Faults, Reply};
use super::store::Store;
use super::trips;

const DEBIT_METHODS: [&str; 5] = ["REVERSE", "AGENT", "AGENT_CUSTOMER", "FLYGTAXI_CUSTOMER", "INVOICE"];
const SUFFIXES: [&str; 4] = ["SELLFT", "SELLTT", "TRANFT", "TRANTT"];

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
    let identities = c.get("/identities").and_then(Value::as_array).map_or(0, Vec::len);
    c.when(
        c.get("/identities").is_some_and(|i| !i.is_array()),
        RULE_CODE,
        "identities: must be an array of Identity",
    );
    for i in 0..identities {
        c.text_rule(&format!("/identities/{i}/system"), "identities.system", true, 1, 64);
        c.text_rule(&format!("/identities/{i}/number"), "identities.number", true, 1, 64);
        if c.get(&format!("/identities/{i}/unique")).is_some_and(|u| !u.is_boolean()) {
            c.rule("identities.unique", "must be true or false");
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
    booking["customerName"] = json!(super::account::agency_of(login));
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

/// Whether `agency` made `booking`.
pub(super) fn belongs_to(booking: &Value, agency: &str) -> bool {
    booking["customerName"] == agency
}

/// A booking as `agency` may see it: 1100 when there is none, 1101 when it is another's.
fn visible<'a>(booking: Option<&'a Value>, agency: &str) -> Result<&'a Value, Faults> {
    match booking {
        None => Err(Faults::one(1100, "Booking not found")),
        Some(booking) if !belongs_to(booking, agency) => Err(Faults::one(1101, "Booking access denied")),
        Some(booking) => Ok(booking),
    }
}

/// `GET booking/{reference}`.
pub fn booking(store: &Store, reference: &str, agency: &str) -> Reply {
    if let Err(faults) = reference_checked(reference) {
        return faults.into();
    }
    match visible(store.booking(reference), agency) {
        Ok(booking) => Reply::Json(booking.clone()),
        Err(faults) => faults.into(),
    }
}

/// `GET booking/{AMADEUS|SABRE}/{locator}`.
pub fn booking_by_locator(store: &Store, kind: &str, locator: &str, agency: &str) -> Reply {
    if locator.trim().is_empty() {
        return Faults::one(1108, "Booking reference can not be empty").into();
    }
    if !matches!(kind, "AMADEUS" | "SABRE") {
        return Faults::one(1109, "Booking reference is invalid").into();
    }
    match visible(store.booking_by_identity(kind, locator), agency) {
        Ok(booking) => Reply::Json(booking.clone()),
        Err(faults) => faults.into(),
    }
}

pub(super) fn can_cancel(segment: &Value, now: DateTime<FixedOffset>) -> bool {
    segment["latestCancelTime"]
        .as_str()
        .and_then(|t| DateTime::parse_from_rfc3339(t).ok())
        .is_none_or(|latest| now <= latest)
}

/// `DELETE booking/{reference}`: cancels every cancellable segment.
pub fn cancel_booking(store: &mut Store, reference: &str, agency: &str) -> Reply {
    if let Err(faults) = reference_checked(reference) {
        return faults.into();
    }
    if let Err(faults) = visible(store.booking(reference), agency) {
        return faults.into();
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
pub fn complete(store: &mut Store, body: &Value, agency: &str) -> Reply {
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
    let Some(mut booking) = store.booking(&reference).filter(|b| belongs_to(b, agency)).cloned() else {
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

#[cfg(test)]
mod tests {
    use super::super::segments::cancel_segment;
    use super::*;

    /// A booking with one segment whose latest cancel time was an hour ago.
    fn store_with_a_past_deadline() -> (Store, String) {
        let mut store = Store::in_memory();
        let reference = store.next_booking_reference(2026);
        store.put_booking(reference.clone(), json!({ "bookingReference": reference, "customerName": "" }));
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
        assert_eq!(code(cancel_segment(&mut store, "R000000001", "")), 1204);
        assert_eq!(store.segment("R000000001").unwrap()["cancelled"], false, "nothing changed");
    }

    #[test]
    fn a_booking_whose_segments_are_all_past_their_deadline_cancels_nothing() {
        let (mut store, reference) = store_with_a_past_deadline();
        assert_eq!(code(cancel_booking(&mut store, &reference, "")), 1303);
    }

    #[test]
    fn booking_references_are_checked_before_they_are_looked_up() {
        let store = Store::in_memory();
        assert_eq!(code(booking(&store, " ", "")), 1108);
        assert_eq!(code(booking(&store, "R000000001", "")), 1109);
        assert_eq!(code(booking(&store, "2026000000001", "")), 1100);
    }
}
