//! The FTBook client against the FTBook sandbox over real sockets: both documented booking
//! flows end to end, the documentation's own examples, faults in both shapes, a dropped reply
//! after commit, and state that survives a restart.

use chrono::{Duration, Utc};
use ftbook::model::{
    Booking, Connection, ConnectionType, Direction, Language, Node, Product, Reference, ReferenceType,
    Segment, ServiceName, Street,
};
use ftbook::query::{AvailabilityQuery, ServiceLocationsQuery, ServicesQuery, StreetSearch};
use ftbook::{Client, Config, Error, SecretString, Url};
use sandbox::ftbook::reply::FaultShape;

mod common;
use common::{in_days, new_booking, passenger, sandbox};

/// The error's messages as the desk writes them for the agent, with their fields.
fn sentences(error: &ftbook::Error, language: i18n::Language) -> Vec<(Option<&'static str>, String)> {
    error.messages().into_iter().map(|m| (m.field, i18n::text(language, &m.id, &m.args))).collect()
}

#[tokio::test]
async fn the_connection_flow_books_egen_taxi_to_arlanda_and_cancels_it() {
    let (_sandbox, client) = sandbox(Default::default()).await;
    let flight = in_days(3, 9);

    // 1. Services at Arlanda for a departure.
    let services = client
        .services(&ServicesQuery {
            connection_code: "ARN".into(),
            direction: Direction::Departure,
            date: flight,
            language: Some(Language::Swedish),
        })
        .await
        .unwrap();
    let taxi = services.iter().find(|s| s.name == ServiceName::Taxi).expect("a taxi service at ARN");
    assert_eq!(
        taxi.address_type.as_ref().map(|a| a.as_str()),
        Some("Address"),
        "a taxi needs a street search"
    );

    // 2. The pickup street.
    let search =
        StreetSearch { search: Some("Drottningholmsvägen 37, Stockholm".into()), ..StreetSearch::default() };
    let found = client.search_streets(&search).await.unwrap();
    let street = found.streets.first().expect("Drottningholmsvägen is found");
    assert_eq!(street.location.as_ref().and_then(|l| l.name.as_deref()), Some("Kungsholmen (Stockholm)"));

    // 3. Products and prices.
    let offers = client
        .availability(&AvailabilityQuery {
            start_street_name: street.name.clone(),
            start_street_number: Some("37".into()),
            end_location_code: Some("ARN".into()),
            connection_date: Some(flight),
            connection_arrival: Some(false),
            service_type: Some(ServiceName::Taxi),
            ..AvailabilityQuery::default()
        })
        .await
        .unwrap();
    let egen = offers.iter().find(|o| o.product.code == "VTAX").expect("Egen TAXI is offered");
    assert_eq!(egen.price.as_ref().unwrap().including_vat.to_string(), "679.00", "the fixed zone price");
    let prices: Vec<_> = offers.iter().map(|o| o.price.as_ref().unwrap().including_vat).collect();
    assert!(prices.windows(2).all(|w| w[0] <= w[1]), "offers come cheapest first: {prices:?}");

    // 4. The booking, then 5. the segment.
    let booking = client.create_booking(&new_booking()).await.unwrap();
    let reference = booking.booking_reference.clone().expect("a booking reference");
    assert_eq!(reference.len(), 13);
    let segment = Segment {
        booking_date: Some(Utc::now().fixed_offset()),
        client_name: "Transfer Desk tests".into(),
        passenger: passenger(),
        product: Product { code: "VTAX".into(), ..Product::default() },
        connection: Some(Connection {
            kind: ConnectionType::Flight,
            number: "SK123".into(),
            international: false,
            departure_date: Some(flight),
            departure_code: "ARN".into(),
            departure_name: None,
            arrival_date: Some(flight + Duration::minutes(75)),
            arrival_code: "GOT".into(),
            arrival_name: None,
        }),
        start_node: Node { time: None, street: Some(Street { number: Some(37), ..street.clone() }) },
        end_node: Some(Node { time: None, street: egen.end_node.as_ref().and_then(|n| n.street.clone()) }),
        references: vec![Reference {
            kind: ReferenceType::CostCenter,
            name: None,
            value: "123".into(),
            mandatory: None,
        }],
        ..Segment::default()
    };
    let created = client.create_segment(&reference, &segment, Some(&egen.product)).await.unwrap();
    let ftresid = created.ftresid.clone().expect("an ftresid");
    assert!(ftresid.starts_with('R') && ftresid.len() == 10, "{ftresid}");
    assert_eq!(created.customer_price.as_ref().unwrap().including_vat.to_string(), "679.00");
    assert_eq!(
        created.connection.as_ref().unwrap().departure_name.as_deref(),
        Some("Stockholm Arlanda Flygplats")
    );
    let pickup = created.start_node.time.expect("a pickup time");
    assert!(pickup < flight - Duration::minutes(60), "picked up well before the flight: {pickup}");
    assert_eq!(created.latest_cancel_time, Some(pickup - Duration::minutes(50)));

    // Look-ups agree with what creation said.
    assert_eq!(client.segment(&ftresid).await.unwrap(), created);
    assert_eq!(client.segments(&reference).await.unwrap(), vec![created.clone()]);
    assert_eq!(client.booking(&reference).await.unwrap().booking_reference, Some(reference.clone()));

    // 6. Cancel, and cancelling again is a definite "already cancelled".
    let cancelled = client.cancel_segment(&ftresid).await.unwrap();
    assert!(cancelled.cancelled);
    let again = client.cancel_segment(&ftresid).await.unwrap_err();
    assert!(matches!(&again, Error::Rejected { faults, .. } if faults[0].code == 1203), "{again:?}");
    assert_eq!(sentences(&again, i18n::Language::English)[0].1, "The trip is already cancelled.");

    // The traveller's profile remembers the trip.
    let trips = client.profile_trips("TD:AGENT", "4711", &Default::default()).await.unwrap();
    assert_eq!(trips.len(), 1);
}

#[tokio::test]
async fn a_bus_service_offers_its_stops_and_their_prices() {
    let (_sandbox, client) = sandbox(Default::default()).await;
    let when = in_days(2, 14);
    let connection = ServicesQuery {
        connection_code: "ARN".into(),
        direction: Direction::Arrival,
        date: when,
        language: None,
    };
    let stops = client
        .service_locations(&ServiceLocationsQuery {
            connection: connection.clone(),
            service_name: ServiceName::Bus,
        })
        .await
        .unwrap();
    let city = stops.iter().find(|s| s.location_code.as_deref() == Some("CTY")).expect("Cityterminalen");
    assert_eq!(city.product_code.as_deref(), Some("FLYG"));
    let offers = client
        .availability(&AvailabilityQuery {
            start_location_code: Some("ARN".into()),
            end_location_code: city.location_code.clone(),
            desired_date: Some(when),
            ..AvailabilityQuery::default()
        })
        .await
        .unwrap();
    assert_eq!(offers.len(), 1);
    assert_eq!(offers[0].product.code, "FLYG");
    assert_eq!(offers[0].duration_seconds, Some(45 * 60), "the timetable's 45 minutes");
}

#[tokio::test]
async fn the_regular_taxi_flow_books_sverigetaxi_between_two_addresses() {
    let (_sandbox, client) = sandbox(Default::default()).await;
    let pickup_at = in_days(1, 18);
    let from = client
        .search_streets(&StreetSearch {
            search: Some("Götgatan 5, Södermalm".into()),
            ..StreetSearch::default()
        })
        .await
        .unwrap();
    let to = client
        .search_streets(&StreetSearch { search: Some("Valhallavägen 8".into()), ..StreetSearch::default() })
        .await
        .unwrap();
    let (from, to) = (&from.streets[0], &to.streets[0]);
    let offers = client
        .availability(&AvailabilityQuery {
            start_street_name: from.name.clone(),
            start_street_number: Some("5".into()),
            end_street_name: to.name.clone(),
            end_street_number: Some("8".into()),
            desired_date: Some(pickup_at),
            service_type: Some(ServiceName::Taxi),
            ..AvailabilityQuery::default()
        })
        .await
        .unwrap();
    let taxi = offers.iter().find(|o| o.product.code == "STAX").expect("Sverigetaxi");
    assert_eq!(taxi.product.connection_required, Some(false));

    let reference = client.create_booking(&new_booking()).await.unwrap().booking_reference.unwrap();
    let segment = Segment {
        booking_date: Some(Utc::now().fixed_offset()),
        client_name: "Transfer Desk tests".into(),
        passenger: passenger(),
        product: Product { code: "STAX".into(), ..Product::default() },
        start_node: Node { time: Some(pickup_at), street: Some(Street { number: Some(5), ..from.clone() }) },
        end_node: Some(Node { time: None, street: Some(Street { number: Some(8), ..to.clone() }) }),
        ..Segment::default()
    };
    let created = client.create_segment(&reference, &segment, Some(&taxi.product)).await.unwrap();
    assert_eq!(created.start_node.time, Some(pickup_at), "a regular taxi comes when asked");
    let cancelled = client.cancel_booking(&reference).await.unwrap();
    assert_eq!(cancelled.len(), 1);
    let again = client.cancel_booking(&reference).await.unwrap_err();
    assert!(matches!(&again, Error::Rejected { faults, .. } if faults[0].code == 1302), "{again:?}");
}

/// The documentation's examples, with the dates moved to the future and trailing commas removed.
#[tokio::test]
async fn the_documentations_example_requests_are_accepted() {
    let (_sandbox, client) = sandbox(Default::default()).await;
    let fixtures = concat!(env!("CARGO_MANIFEST_DIR"), "/../ftbook/tests/fixtures/");
    let read = |name: &str| std::fs::read_to_string(format!("{fixtures}{name}")).expect("fixture");

    let mut booking: Booking = serde_json::from_str(&read("create-booking-request.json")).unwrap();
    booking.booking_date = Some(Utc::now().fixed_offset());
    let created = client.create_booking(&booking).await.unwrap();
    assert_eq!(created.invoice_address, booking.invoice_address, "the invoice address is kept");
    let by_locator = client.booking_by_locator(&ftbook::model::LocatorType::Sabre, "XYZ123").await.unwrap();
    assert_eq!(by_locator.booking_reference, created.booking_reference, "found by its Sabre record locator");

    let mut segment: Segment = serde_json::from_str(&read("create-segment-request.json")).unwrap();
    let flight = in_days(4, 9);
    segment.booking_date = Some(Utc::now().fixed_offset());
    segment.start_node.time = Some(flight - Duration::minutes(90));
    let connection = segment.connection.as_mut().unwrap();
    connection.departure_date = Some(flight);
    connection.arrival_date = Some(flight + Duration::minutes(75));
    let reply =
        client.create_segment(created.booking_reference.as_deref().unwrap(), &segment, None).await.unwrap();
    assert_eq!(reply.product.name.as_deref(), Some("Egen TAXI"), "as in the documentation's reply");
    assert_eq!(
        reply.customer_price.unwrap().including_vat.to_string(),
        "679.00",
        "as in the documentation's reply"
    );
    assert_eq!(reply.fee_price.unwrap().including_vat.to_string(), "12.50");
}

#[tokio::test]
async fn faults_reach_the_client_in_both_shapes() {
    for shape in [FaultShape::BareArray, FaultShape::Wrapped] {
        let (_sandbox, client) =
            sandbox(sandbox::ftbook::Config { fault_shape: shape, ..Default::default() }).await;
        let error = client.segment("R999999999").await.unwrap_err();
        assert!(
            matches!(&error, Error::Rejected { status: 422, faults } if faults[0].code == 1200),
            "{shape:?}: {error:?}"
        );
        // A product code the client's length rule lets through, refused by the server.
        let reference = client.create_booking(&new_booking()).await.unwrap().booking_reference.unwrap();
        let segment = Segment {
            booking_date: Some(Utc::now().fixed_offset()),
            client_name: "tests".into(),
            passenger: passenger(),
            product: Product { code: "NOPE".into(), ..Product::default() },
            start_node: Node {
                time: None,
                street: Some(Street { name: Some("Götgatan".into()), number: Some(1), ..Street::default() }),
            },
            end_node: Some(Node {
                time: None,
                street: Some(Street { name: Some("Odengatan".into()), number: Some(1), ..Street::default() }),
            }),
            ..Segment::default()
        };
        let error = client.create_segment(&reference, &segment, None).await.unwrap_err();
        let sentences = sentences(&error, i18n::Language::Swedish);
        assert_eq!(sentences[0].0, Some("segment.product.code"), "{shape:?}: {error:?}");
    }
}

#[tokio::test]
async fn wrong_credentials_and_a_locked_login_are_told_apart() {
    let (running, _) = sandbox(Default::default()).await;
    let url = Url::parse(&running.ftbook_url()).unwrap();
    let wrong = Client::new(Config::new(url.clone(), "agent", SecretString::from("guess"))).unwrap();
    assert!(matches!(wrong.authenticate().await, Err(Error::Unauthorized)));
    let locked = Client::new(Config::new(url, "locked", SecretString::from("sandbox"))).unwrap();
    let error = locked.authenticate().await.unwrap_err();
    assert!(matches!(&error, Error::Rejected { faults, .. } if faults[0].code == 4701), "{error:?}");
}

#[tokio::test]
async fn a_reply_dropped_after_commit_leaves_the_booking_to_be_found() {
    let config = sandbox::ftbook::Config {
        knobs: sandbox::ftbook::Knobs { drop_after_commit: true, ..Default::default() },
        ..Default::default()
    };
    let (_sandbox, client) = sandbox(config).await;
    let mut booking = new_booking();
    booking.identities.push(ftbook::model::Identity {
        system: "AMADEUS".into(),
        number: "ABC123".into(),
        unique: Some(true),
    });
    let error = client.create_booking(&booking).await.unwrap_err();
    assert!(error.outcome_unknown(), "no reply after sending: {error:?}");
    let found = client.booking_by_locator(&ftbook::model::LocatorType::Amadeus, "ABC123").await.unwrap();
    assert!(found.booking_reference.is_some(), "the booking was made; reconciliation finds it");
}

#[tokio::test]
async fn bookings_survive_a_restart_with_a_state_file() {
    let dir = tempfile::tempdir().unwrap();
    let state = dir.path().join("ftbook.json");
    let config = || sandbox::ftbook::Config { state_file: Some(state.clone()), ..Default::default() };
    let (running, client) = sandbox(config()).await;
    let reference = client.create_booking(&new_booking()).await.unwrap().booking_reference.unwrap();
    running.stop().await;

    let (_again, client) = sandbox(config()).await;
    assert_eq!(client.booking(&reference).await.unwrap().booking_reference, Some(reference));
}

#[tokio::test]
async fn a_search_without_matches_is_empty_not_an_error() {
    let (_sandbox, client) = sandbox(Default::default()).await;
    let result = client
        .search_streets(&StreetSearch { search: Some("Ingenstansgatan".into()), ..StreetSearch::default() })
        .await
        .unwrap();
    assert!(result.streets.is_empty());
    let page = client
        .search_streets(&StreetSearch { search: Some("S".into()), limit: Some(5), ..StreetSearch::default() })
        .await
        .unwrap();
    assert_eq!(page.streets.len(), 5);
    assert!(page.more_results_available, "more streets start with S");
}
