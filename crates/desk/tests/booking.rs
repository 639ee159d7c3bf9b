//! The desk's booking flow against the sandbox, over real sockets: concurrent quotes, booking
//! and cancelling at both suppliers, cancel deadlines, an unreachable supplier. What happens when
//! replies are lost is in `exactly_once.rs`.

use std::time::{Duration, Instant};

use history::Supplier;

mod common;
use common::{desk, egen_taxi, open, to_arlanda, van};

#[tokio::test]
async fn quotes_from_both_suppliers_come_as_one_list_in_the_time_of_the_slowest() {
    let latency = Duration::from_millis(700);
    let desk = desk(|config| {
        config.ftbook.knobs.latency = latency;
        config.fasttrak.latency = latency;
    })
    .await;
    desk.core.test_connection("fasttrak").await.expect("a login first, so only quotes are timed");
    let started = Instant::now();
    let offers = desk.core.quotes(&to_arlanda()).await;
    let elapsed = started.elapsed();
    assert!(offers.problems.is_empty(), "{:?}", offers.problems);
    let suppliers: std::collections::HashSet<_> = offers.offers.iter().map(|o| o.supplier).collect();
    assert_eq!(suppliers.len(), 2, "offers from FTBook and FASTTRAK in one list");
    let prices: Vec<_> = offers.offers.iter().map(|o| o.price_including_vat).collect();
    assert!(prices.windows(2).all(|w| w[0] <= w[1]), "cheapest first: {prices:?}");
    let ratio = elapsed.as_secs_f64() / (2.0 * latency.as_secs_f64());
    println!("quotes took {elapsed:?} with {latency:?} per supplier: {ratio:.2} of the sum of both");
    assert!(elapsed < latency.mul_f64(1.6), "asked concurrently, not one after the other: {elapsed:?}");
}

#[tokio::test]
async fn a_supplier_that_fails_is_named_beside_the_offers_of_the_other() {
    let dir = tempfile::tempdir().expect("a directory");
    let core = open(dir.path(), |config| config.ftbook.knobs.failure_rate = 1.0).await;
    let offers = core.quotes(&to_arlanda()).await;
    assert!(
        offers.offers.iter().all(|o| o.supplier == desk::view::Supplier::Fasttrak)
            && !offers.offers.is_empty()
    );
    assert_eq!(offers.problems.len(), 1);
    assert_eq!(offers.problems[0].supplier, "Flygtaxi");
    assert!(offers.problems[0].message.contains("503"), "{}", offers.problems[0].message);
}

#[tokio::test]
async fn book_find_and_cancel_a_segment_then_cancelling_again_is_fine() {
    let desk = desk(|_| {}).await;
    let booked = desk.core.book_ftbook(egen_taxi(&desk.core, "CANC01").await).await.expect("booked");
    let ftresid = booked.booking.segments[0].segment_ref.clone();
    let found = desk.core.history().search("sandbox", "öber", &Default::default(), 10).expect("a search");
    assert_eq!(found[0].segment_ref, ftresid);
    let view = desk.core.cancel_segment(&ftresid).await.expect("cancelled");
    assert!(view.segments[0].cancelled, "the new state is in history at once");
    assert_eq!(view.segments[0].price.as_deref(), Some("679.00"), "a cancelled trip keeps its price");
    let again =
        desk.core.cancel_booking(&booked.booking.reference).await.expect("already cancelled is success");
    assert!(again.segments.iter().all(|s| s.cancelled));
}

/// A FASTTRAK van for Olof Sjöberg to Arlanda, from a new quote package.

#[tokio::test]
async fn a_fasttrak_quote_is_booked_found_and_cancelled() {
    let desk = desk(|_| {}).await;
    let draft = van(&desk.core).await;
    let booked = desk.core.book_fasttrak(draft).await.expect("booked");
    assert_eq!(booked.booking.supplier, Supplier::Fasttrak);
    let found = desk.core.history().search("sandbox", "sjoberg", &Default::default(), 10).expect("a search");
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].product, "Van");
    let view = desk.core.cancel_segment(&booked.booking.reference).await.expect("cancelled");
    assert!(view.segments[0].cancelled);
    assert_eq!(view.status, "Cancelled");
}

#[tokio::test]
async fn cancelling_after_the_latest_cancel_time_is_refused_here_with_the_reason() {
    let desk = desk(|_| {}).await;
    let booked = desk.core.book_ftbook(egen_taxi(&desk.core, "LATE01").await).await.expect("booked");
    let ftresid = booked.booking.segments[0].segment_ref.clone();
    // Pretend time has passed: the stored latest cancel time moves into the past.
    let mut row = booked.booking.segments[0].clone();
    row.latest_cancel_time = Some("2020-01-01T00:00:00+01:00".into());
    let past = chrono::DateTime::parse_from_rfc3339("2020-01-01T00:00:00+01:00").expect("a time");
    let mut record = history::SegmentRecord {
        segment_ref: ftresid.clone(),
        status: row.status.clone(),
        cancelled: false,
        passenger: row.passenger.clone(),
        phone: row.phone.clone(),
        email: None,
        pickup_time: None,
        pickup_place: row.pickup_place.clone(),
        dropoff_place: row.dropoff_place.clone(),
        flight: row.flight.clone(),
        product: row.product.clone(),
        price: None,
        currency: None,
        latest_cancel_time: Some(past),
        references: Vec::new(),
        reply: row.reply.clone(),
    };
    record.status = "PENDING".into();
    let booking = history::BookingRecord {
        profile: "sandbox".into(),
        supplier: Supplier::Ftbook,
        reference: booked.booking.reference.clone(),
        amadeus: None,
        sabre: None,
        status: "PENDING".into(),
        reply: booked.booking.reply.clone(),
    };
    desk.core.history().save_booking(&booking, &[record]).expect("saved");
    let stats_before = desk.stats().await;
    match desk.core.cancel_segment(&ftresid).await {
        Err(desk::Error::Validation { message, field }) => {
            assert!(message.contains("can no longer be cancelled"), "{message}");
            assert_eq!(field.as_deref(), Some("segment.latestCancelTime"));
        }
        other => panic!("expected a refusal, got {other:?}"),
    }
    let stats_after = desk.stats().await;
    assert_eq!(stats_before["calls"], stats_after["calls"], "nothing was sent");
}

#[tokio::test]
async fn when_the_supplier_cannot_be_reached_history_still_answers_and_says_so() {
    let dir = tempfile::tempdir().expect("a directory");
    let core = open(dir.path(), |_| {}).await;
    let booked = core.book_ftbook(egen_taxi(&core, "OFFL01").await).await.expect("booked");
    drop(core);

    // The same data directory, with FTBook at an address where nothing listens.
    let closed = std::net::TcpListener::bind("127.0.0.1:0").expect("a port");
    let address = closed.local_addr().expect("an address");
    drop(closed);
    let paths = desk::AppPaths::in_dir(dir.path());
    let core = desk::Core::open(desk::Options {
        paths,
        profile: desk::Profile::Sandbox,
        language: desk::Language::Swedish,
        overrides: desk::UrlOverrides {
            ftbook: Some(format!("http://{address}/ftbook/rest/v1/")),
            ..Default::default()
        },
        secrets: std::sync::Arc::new(desk::secrets::Memory::default()),
        credentials_from_env: false,
        sandbox: None,
    })
    .expect("opens without a sandbox");
    match core.sync_one(&booked.booking.reference).await {
        Err(desk::Error::Offline { message, .. }) => {
            assert!(message.contains("går inte att nå"), "{message}")
        }
        other => panic!("expected offline, got {other:?}"),
    }
    let found = core.history().search("sandbox", "oberg", &Default::default(), 10).expect("a search");
    assert_eq!(found.len(), 1, "history answers while the supplier is away");
    let (_, outcome) = core.history().last_sync("sandbox").expect("a look-up").expect("logged");
    assert_eq!(outcome, history::SyncOutcome::Offline, "the sync log says the supplier was offline");
}

/// What the details step asks before the review: the same checks `book` makes, nothing sent.
#[tokio::test]
async fn a_booking_is_checked_as_it_would_be_sent_and_nothing_reaches_the_supplier() {
    let desk = desk(|_| {}).await;
    let offers = desk.core.quotes(&to_arlanda()).await;
    let egen = offers.offers.iter().find(|o| o.code == "VTAX").expect("Egen TAXI is offered");
    let request = |phone: &str, connection: bool| desk::request::BookingRequest {
        trip: to_arlanda(),
        offer: egen.id.clone(),
        passenger: desk::request::PassengerInput {
            first_name: "Karin".into(),
            last_name: "Öberg".into(),
            phone: phone.into(),
            ..Default::default()
        },
        connection: connection.then(|| desk::request::ConnectionInput {
            number: "SK1415".into(),
            other_code: "GOT".into(),
            other_time: Some(common::in_days(3, 10)),
            ..Default::default()
        }),
        info_to_driver: None,
        references: vec![],
        debit_method: None,
        debit_reference: None,
        invoice_address: None,
        amadeus: None,
        sabre: None,
        write_back: None,
    };
    let before = desk.stats().await;
    desk.core.check_booking(&request("+46 70-123 45 67", true)).expect("a booking FTBook would take");
    let fields = |result: desk::Result<()>| match result {
        Err(desk::Error::Rejected { faults, .. }) => {
            faults.into_iter().filter_map(|f| f.field).collect::<Vec<_>>()
        }
        other => panic!("refused here, with its fields: {other:?}"),
    };
    assert_eq!(
        fields(desk.core.check_booking(&request("070-ABC", true))),
        ["segment.passenger.phone"],
        "letters in the phone number"
    );
    assert!(
        fields(desk.core.check_booking(&request("0701112233", false)))
            .iter()
            .any(|f| f.starts_with("segment.connection")),
        "Egen TAXI needs the flight"
    );
    // A FASTTRAK quote has no pickup time of its own: the trip's is checked.
    let sedan =
        offers.offers.iter().find(|o| o.supplier == desk::view::Supplier::Fasttrak).expect("FASTTRAK");
    let mut past = request("0701112233", false);
    past.offer = sedan.id.clone();
    desk.core.check_booking(&past).expect("a FASTTRAK booking in three days");
    past.trip.when = desk::quotes::When::Pickup { at: common::in_days(-1, 9) };
    assert_eq!(fields(desk.core.check_booking(&past)), ["trip.when"], "a pickup already past");
    assert_eq!(before["calls"], desk.stats().await["calls"], "nothing was sent");
}
