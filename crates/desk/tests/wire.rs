//! The desk against the strict sandbox, on what reaches the wire: a PNR holding two bookings,
//! a locator that looks like an ftresid, and availability asked for the chosen service only.

use desk::quotes::{OfferKey, Place, TripRequest, When};

mod common;
use common::{desk, egen_taxi_in, in_days, open};

#[tokio::test]
async fn a_pnr_with_two_bookings_is_fetched_whole_by_its_locator_even_one_that_starts_with_r() {
    let first = desk(|_| {}).await;
    let outbound = first.core.book_ftbook(egen_taxi_in(&first.core, "RX7Z2K", 3).await).await.expect("out");
    let later = first.core.book_ftbook(egen_taxi_in(&first.core, "RX7Z2K", 5).await).await.expect("later");
    assert_ne!(outbound.booking.reference, later.booking.reference, "two bookings under one PNR");
    drop(first.core);

    // Another workstation: the same supplier (its state), an empty history.
    let second = tempfile::tempdir().expect("a directory");
    std::fs::copy(first.dir.path().join("sandbox-ftbook.json"), second.path().join("sandbox-ftbook.json"))
        .expect("the supplier's state");
    let core = open(second.path(), |_| {}).await;
    assert!(core.booking("RX7Z2K").expect("history answers").is_none(), "nothing known here yet");
    core.sync_one("RX7Z2K").await.expect("a locator is looked up as a locator, not as an ftresid");
    for reference in [&outbound.booking.reference, &later.booking.reference] {
        let view = core.booking(reference).expect("history answers").expect("every booking under the PNR");
        assert_eq!(view.amadeus.as_deref(), Some("RX7Z2K"));
        assert_eq!(view.segments.len(), 1);
        assert_eq!(view.segments[0].status, "BOOKED", "FTBook's reply has no status: booked, not on hold");
    }
}

#[tokio::test]
async fn availability_offers_only_the_chosen_services_products() {
    let desk = desk(|_| {}).await;
    let trip = |service: &str| TripRequest {
        from: Place::Terminal { code: "OSD".into() },
        to: Place::Street {
            name: "Årevägen".into(),
            number: Some("10".into()),
            letter: None,
            city: Some("Åre".into()),
        },
        when: When::Connection { at: in_days(3, 14), arrival: true },
        passengers: 2,
        bags: 2,
        regular_taxi: false,
        service: Some(service.into()),
        international: false,
        pickup: None,
    };
    let codes = |offers: &desk::quotes::Offers| -> Vec<String> {
        offers
            .offers
            .iter()
            .filter(|o| matches!(o.key, OfferKey::Ftbook { .. }))
            .map(|o| o.code.clone())
            .collect()
    };
    let transfer = desk.core.quotes(&trip("Transfer")).await;
    assert_eq!(codes(&transfer), vec!["ARET".to_owned()], "the Transfer service sells Åretransfer alone");
    assert!(
        transfer.offers.iter().all(|o| matches!(o.key, OfferKey::Ftbook { .. })),
        "FASTTRAK's cars are priced beside a taxi, not beside a coach"
    );
    let taxi = desk.core.quotes(&trip("Taxi")).await;
    assert!(
        !codes(&taxi).contains(&"ARET".to_owned()),
        "the Taxi service has no Åretransfer: {:?}",
        codes(&taxi)
    );
    assert!(codes(&taxi).contains(&"VTAX".to_owned()));
}

#[tokio::test]
async fn a_request_out_of_the_documented_form_is_refused_by_the_sandbox_on_its_field() {
    let desk = desk(|_| {}).await;
    let url =
        desk.core.sandbox_stats_url().expect("a sandbox").replace("/_sandbox/stats", "/ftbook/rest/v1/");
    let client = reqwest::Client::new();
    let post = |path: &str, body: serde_json::Value| {
        client
            .post(format!("{url}{path}"))
            .basic_auth("agent", Some("sandbox"))
            .header("content-type", "application/json")
            .body(body.to_string())
            .send()
    };
    let now = chrono::Utc::now();
    let refused = |reply: serde_json::Value, code: i64, words: &str| {
        let faults = reply.as_array().cloned().unwrap_or_default();
        assert!(
            faults
                .iter()
                .any(|f| f["code"] == code && f["message"].as_str().is_some_and(|m| m.contains(words))),
            "expected {code} naming {words}: {reply}"
        );
    };
    let booking = |date: String, method: &str| serde_json::json!({"agencyOfficeId": "STOS12345", "bookingDate": date, "debitMethod": method});
    let thirty = now.to_rfc3339_opts(chrono::SecondsFormat::Nanos, true);
    assert_eq!(thirty.len(), 30);
    let reply = post("booking", booking(thirty, "AGENT")).await.expect("sent");
    assert_eq!(reply.status(), 422);
    refused(body(reply).await, 1104, "bookingDate");
    let good = ftbook::model::time::format(&now.fixed_offset());
    let reply = post("booking", booking(good.clone(), "CARD")).await.expect("sent");
    refused(body(reply).await, 1115, "debitMethod");

    let made = body(post("booking", booking(good.clone(), "AGENT")).await.expect("sent")).await;
    let reference = made["bookingReference"].as_str().expect("a reference");
    let segment = serde_json::json!({
        "bookingDate": good, "clientName": "Test",
        "passenger": {"firstName": "K", "lastName": "Ö", "phone": "0701234567"},
        "product": {"code": "STAX"},
        "startNode": {"street": {"name": "Sveavägen", "number": 10}},
        "endNode": {"street": {"name": "Hornsgatan", "number": 20}},
        "references": [{"type": "INVOICENUMBER", "value": "1"}]
    });
    let reply = post(&format!("booking/segment/{reference}"), segment).await.expect("sent");
    refused(body(reply).await, 1311, "segment.reference.type");
}

async fn body(reply: reqwest::Response) -> serde_json::Value {
    serde_json::from_slice(&reply.bytes().await.expect("a body")).expect("JSON")
}
