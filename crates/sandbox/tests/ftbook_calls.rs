//! Every FTBook call the flows do not walk, against the sandbox over real sockets: the happy
//! path and a documented fault for each.

use chrono::{Duration, Utc};
use ftbook::Error;
use ftbook::model::{
    AccountDebitMethod, AccountRequest, Complete, Direction, Identity, LocatorType, Node, Product, Reference,
    ReferenceType, SabreXmlRequest, Segment, SegmentStatus, ServiceName, Street,
};
use ftbook::query::{ServiceAvailabilityQuery, ServicesQuery, StreetSearch};

mod common;
use common::{in_days, new_booking, passenger, sandbox};

fn code(error: &Error) -> i32 {
    error.faults().first().map_or(0, |fault| fault.code)
}

/// A booking with one PENDING taxi segment from Götgatan 5 to Arlanda, referenced by an Amadeus
/// transaction id, and the booking's Sabre record locator.
async fn booked(client: &ftbook::Client) -> (String, Segment) {
    let mut booking = new_booking();
    booking.identities.push(Identity { system: "SABRE".into(), number: "QWERTY".into(), unique: Some(true) });
    let reference = client
        .create_booking(&booking)
        .await
        .expect("booking created")
        .booking_reference
        .expect("a reference");
    let street = client
        .search_streets(&StreetSearch {
            search: Some("Götgatan 5, Södermalm".into()),
            ..StreetSearch::default()
        })
        .await
        .expect("street search")
        .streets
        .remove(0);
    let flight = in_days(5, 10);
    let segment = Segment {
        booking_date: Some(Utc::now().fixed_offset()),
        client_name: "tests".into(),
        status: Some(SegmentStatus::Pending),
        passenger: passenger(),
        product: Product { code: "VTAX".into(), ..Product::default() },
        connection: Some(ftbook::model::Connection {
            kind: ftbook::model::ConnectionType::Flight,
            number: "DY4021".into(),
            international: true,
            departure_date: Some(flight),
            departure_code: "ARN".into(),
            departure_name: None,
            arrival_date: Some(flight + Duration::hours(2)),
            arrival_code: "LHR".into(),
            arrival_name: None,
        }),
        start_node: Node { time: None, street: Some(Street { number: Some(5), ..street }) },
        end_node: Some(Node {
            time: None,
            street: Some(Street {
                location: Some(ftbook::model::Location { code: Some("ARN".into()), ..Default::default() }),
                ..Street::default()
            }),
        }),
        references: vec![Reference {
            kind: ReferenceType::AmadeusTransactionId,
            name: None,
            value: "TX-981".into(),
            mandatory: None,
        }],
        ..Segment::default()
    };
    let created = client.create_segment(&reference, &segment, None).await.expect("segment created");
    (reference, created)
}

#[tokio::test]
async fn service_availability_lists_each_stop_of_a_bus_service() {
    let (_sandbox, client) = sandbox(Default::default()).await;
    let connection = ServicesQuery {
        connection_code: "GOT".into(),
        direction: Direction::Departure,
        date: in_days(2, 8),
        language: None,
    };
    let query =
        ServiceAvailabilityQuery { connection: connection.clone(), service_names: vec![ServiceName::Bus] };
    let offers = client.service_availability(&query).await.unwrap();
    assert_eq!(offers.len(), 2, "Landvetter's two Flygbussarna stops");
    assert!(offers.iter().all(|o| o.product.code == "FLYG"));
    let end = offers[0].end_node.as_ref().and_then(|n| n.street.as_ref()).and_then(|s| s.location.as_ref());
    assert_eq!(end.and_then(|l| l.code.as_deref()), Some("GOT"), "a departure ends at the airport");

    let unknown = ServicesQuery { connection_code: "XXX".into(), ..connection };
    let error = client
        .service_availability(&ServiceAvailabilityQuery {
            connection: unknown,
            service_names: vec![ServiceName::Bus],
        })
        .await
        .unwrap_err();
    assert_eq!(code(&error), 5501);
}

#[tokio::test]
async fn segments_are_found_by_amadeus_transaction_id_and_by_sabre_locator() {
    let (_sandbox, client) = sandbox(Default::default()).await;
    let (reference, created) = booked(&client).await;

    let by_reference =
        client.segment_by_reference(&ReferenceType::AmadeusTransactionId, "TX-981").await.unwrap();
    assert_eq!(by_reference.ftresid, created.ftresid);
    let missing =
        client.segment_by_reference(&ReferenceType::AmadeusTransactionId, "TX-000").await.unwrap_err();
    assert_eq!(code(&missing), 1316);

    let by_locator = client.segments_by_locator(&LocatorType::Sabre, "QWERTY").await.unwrap();
    assert_eq!(by_locator.len(), 1);
    assert_eq!(by_locator[0].booking_reference.as_deref(), Some(reference.as_str()));
    let unknown = client.segments_by_locator(&LocatorType::Amadeus, "NOSUCH").await.unwrap_err();
    assert_eq!(code(&unknown), 1100);
}

#[tokio::test]
async fn completing_a_booking_sends_its_pending_segments_and_adds_identities() {
    let (_sandbox, client) = sandbox(Default::default()).await;
    let (reference, created) = booked(&client).await;
    assert_eq!(created.status, Some(SegmentStatus::Pending));

    let complete = Complete {
        booking_reference: reference.clone(),
        identities: vec![Identity { system: "AMADEUS".into(), number: "ZX81AB".into(), unique: Some(true) }],
    };
    let reply = client.complete_booking(&complete).await.unwrap();
    assert_eq!(reply.identities.len(), 2, "the Sabre locator and the new Amadeus one");
    let segment = client.segment(created.ftresid.as_deref().unwrap()).await.unwrap();
    assert_eq!(segment.status, Some(SegmentStatus::Complete));
    assert_eq!(
        client.booking_by_locator(&LocatorType::Amadeus, "ZX81AB").await.unwrap().booking_reference,
        Some(reference)
    );

    let unknown = Complete { booking_reference: "2026999999999".into(), identities: vec![] };
    assert_eq!(code(&client.complete_booking(&unknown).await.unwrap_err()), 4900);
}

#[tokio::test]
async fn an_account_request_gets_an_id_or_the_fault_of_its_missing_field() {
    let (_sandbox, client) = sandbox(Default::default()).await;
    let request = AccountRequest {
        name: "Resebyrån i Lund AB".into(),
        address1: "Stortorget 1".into(),
        zipcode: Some("222 23".into()),
        city: Some("Lund".into()),
        country: Some("Sweden".into()),
        office_id: Some("LUNS12345".into()),
        contact_phone: Some("046-12 34 56".into()),
        contact_email: Some("info@resebyran-lund.se".into()),
        debit_method: Some(AccountDebitMethod::Invoice),
        ..AccountRequest::default()
    };
    let created = client.request_account(&request).await.unwrap();
    assert_eq!(created.id, Some(1));
    assert_eq!(created.name, request.name);

    let mut pdf = request.clone();
    pdf.debit_method = Some(AccountDebitMethod::Pdf);
    let error = client.request_account(&pdf).await.unwrap_err();
    assert!(matches!(error, Error::Invalid(_)), "the client already knows PDF needs a debit e-mail");
    assert_eq!(code(&error), 4523);
}

#[tokio::test]
async fn a_sabre_pnr_is_decoded_into_passengers() {
    let (_sandbox, client) = sandbox(Default::default()).await;
    let xml = "<GetReservationRS><Passenger><LastName>SVENSSON</LastName><FirstName>ERIK MR</FirstName>\
               <PhoneNumber><Number>46731234567</Number></PhoneNumber></Passenger></GetReservationRS>";
    let decoded = client.decode_sabre_pnr(&SabreXmlRequest { xml_message: xml.into() }).await.unwrap();
    assert_eq!(decoded.passengers.len(), 1);
    let erik = &decoded.passengers[0];
    assert_eq!(
        (erik.first_name.as_str(), erik.last_name.as_str(), erik.title.as_deref()),
        ("Erik", "Svensson", Some("MR"))
    );
    assert_eq!(erik.phone, "+46731234567");
    assert!(!decoded.allowed_debit_methods.is_empty());

    let broken = SabreXmlRequest { xml_message: "<GetReservationRS><Passenger>".into() };
    assert_eq!(code(&client.decode_sabre_pnr(&broken).await.unwrap_err()), 4803);
}

#[tokio::test]
async fn searches_refuse_bad_parameters_with_their_codes() {
    let (_sandbox, client) = sandbox(Default::default()).await;
    let unknown_airport = ServicesQuery {
        connection_code: "XYZ".into(),
        direction: Direction::Arrival,
        date: in_days(1, 9),
        language: None,
    };
    assert_eq!(code(&client.services(&unknown_airport).await.unwrap_err()), 4101);

    let nowhere = ftbook::query::AvailabilityQuery {
        start_street_name: Some("Ingenstansgatan".into()),
        start_street_number: Some("1".into()),
        end_location_code: Some("ARN".into()),
        ..Default::default()
    };
    assert_eq!(code(&client.availability(&nowhere).await.unwrap_err()), 4400);
    assert_eq!(
        code(&client.availability(&Default::default()).await.unwrap_err()),
        4300,
        "neither street nor code"
    );

    let island = ftbook::query::AvailabilityQuery {
        start_location_code: Some("VBY".into()),
        end_street_name: Some("Götgatan".into()),
        end_street_number: Some("5".into()),
        ..Default::default()
    };
    assert_eq!(code(&client.availability(&island).await.unwrap_err()), 4402, "no road from Gotland");

    assert_eq!(code(&client.booking("2026000000999").await.unwrap_err()), 1100);
    assert_eq!(code(&client.segments("2026000000999").await.unwrap_err()), 1100);
}

#[tokio::test]
async fn the_knobs_add_latency_and_failures() {
    use std::time::{Duration as StdDuration, Instant};
    let slow = sandbox::ftbook::Config {
        knobs: sandbox::ftbook::Knobs { latency: StdDuration::from_millis(200), ..Default::default() },
        ..Default::default()
    };
    let (_slow, client) = sandbox(slow).await;
    let started = Instant::now();
    client.authenticate().await.unwrap();
    assert!(started.elapsed() >= StdDuration::from_millis(200), "{:?}", started.elapsed());

    let failing = sandbox::ftbook::Config {
        knobs: sandbox::ftbook::Knobs { failure_rate: 1.0, ..Default::default() },
        ..Default::default()
    };
    let (_failing, client) = sandbox(failing).await;
    let error = client.authenticate().await.unwrap_err();
    assert!(matches!(error, Error::Http { status: 503, .. }), "{error:?}");
    assert!(error.outcome_unknown(), "a 503 before anything happened still reads as unknown to the client");
}

#[tokio::test]
async fn another_agency_sees_none_of_your_bookings_and_its_agreement_covers_taxis_only() {
    let (running, client) = sandbox(Default::default()).await;
    let (reference, created) = booked(&client).await;
    let url = ftbook::Url::parse(&running.ftbook_url()).unwrap();
    let partner =
        ftbook::Client::new(ftbook::Config::new(url, "partner", ftbook::SecretString::from("sandbox")))
            .unwrap();

    assert_eq!(code(&partner.booking(&reference).await.unwrap_err()), 1101);
    assert_eq!(code(&partner.booking_by_locator(&LocatorType::Sabre, "QWERTY").await.unwrap_err()), 1101);
    assert_eq!(code(&partner.segments(&reference).await.unwrap_err()), 666);
    assert_eq!(code(&partner.cancel_segment(created.ftresid.as_deref().unwrap()).await.unwrap_err()), 666);
    assert!(!client.segment(created.ftresid.as_deref().unwrap()).await.unwrap().cancelled, "nothing changed");

    let bus = ftbook::query::AvailabilityQuery {
        start_location_code: Some("ARN".into()),
        end_location_code: Some("CTY".into()),
        desired_date: Some(in_days(2, 12)),
        ..Default::default()
    };
    assert_eq!(
        code(&partner.availability(&bus).await.unwrap_err()),
        4403,
        "no bus in the partner's agreement"
    );
    assert_eq!(client.availability(&bus).await.unwrap().len(), 1, "the first agency may book the bus");
}

#[tokio::test]
async fn street_search_honours_type_code_exact_coordinates_and_sort_code() {
    use ftbook::model::{CoordinateType, StreetSearchType};
    use ftbook::query::Coordinate;
    let (_sandbox, client) = sandbox(Default::default()).await;
    let search = |s: StreetSearch| {
        let client = client.clone();
        async move { client.search_streets(&s).await.unwrap().streets }
    };

    let airports =
        search(StreetSearch { kind: Some(StreetSearchType::Airport), limit: Some(50), ..Default::default() })
            .await;
    assert_eq!(airports.len(), 9, "the nine airports");
    let arlanda = search(StreetSearch { code: Some("ARN".into()), ..Default::default() }).await;
    assert_eq!(
        arlanda[0].location.as_ref().and_then(|l| l.name.as_deref()),
        Some("Stockholm Arlanda Flygplats")
    );

    let prefix =
        search(StreetSearch { search: Some("Kungs".into()), limit: Some(100), ..Default::default() }).await;
    let exact =
        search(StreetSearch { search: Some("Kungsgatan".into()), exact: Some(true), ..Default::default() })
            .await;
    assert!(prefix.len() > exact.len() && exact.iter().all(|s| s.name.as_deref() == Some("Kungsgatan")));

    // Nearest Kungsgatan to Malmö Central, by WGS84 coordinate and by location code.
    let near_malmo = search(StreetSearch {
        search: Some("Kungsgatan".into()),
        exact: Some(true),
        coordinate_type: Some(CoordinateType::Wgs84),
        coordinate: Some(Coordinate { latitude: 55.6092, longitude: 13.0007 }),
        ..Default::default()
    })
    .await;
    assert_eq!(near_malmo[0].location.as_ref().and_then(|l| l.community.as_deref()), Some("Malmö"));
    let distances: Vec<f64> = near_malmo.iter().map(|s| s.distance.unwrap()).collect();
    assert!(distances.windows(2).all(|w| w[0] <= w[1]), "sorted by distance: {distances:?}");
    let by_code = search(StreetSearch {
        search: Some("Kungsgatan".into()),
        exact: Some(true),
        sort_code: Some("U".into()),
        ..Default::default()
    })
    .await;
    assert_eq!(
        by_code[0].location.as_ref().and_then(|l| l.community.as_deref()),
        Some("Uppsala"),
        "nearest Uppsala C"
    );

    let bad = client
        .search_streets(&StreetSearch { sort_code: Some("NOWHERE".into()), ..Default::default() })
        .await
        .unwrap_err();
    assert_eq!(code(&bad), 4016);
}
