//! From a pasted Amadeus PNR to both transfers at the sandbox over real HTTP: the legs and their
//! pickups, the passenger from the PNR, the locator and `amadeusUpdate` on each booking, and the
//! traveller's profile offering the address next time.

mod common;

use chrono::{Duration, Utc};
use desk::pnr::LeadTimes;
use desk::quotes::{Place, TripRequest};
use desk::request::BookingRequest;

/// Amadeus's date and weekday digit of a day `days` from now (`10DEC 4`).
fn day(days: i64) -> String {
    pnr::segment_day((Utc::now() + Duration::days(days)).date_naive())
}

fn pnr_text() -> String {
    format!(
        "RP/STOS12345/STOS12345            AA/SU  {created}/1012Z   R7KLMN
  1.OBERG/KARIN MRS
  2  SK 527 M {out} ARNLHR HK1  0640 0840  E  SK/R7KLMN
  3  SK 530 M {home} LHRARN HK1  1700 2035  E  SK/R7KLMN
  4 APM +46701234567/P1
  5 APE KARIN.OBERG@EXAMPLE.SE/P1
",
        created = pnr::header_date((Utc::now() - Duration::days(1)).date_naive()),
        out = day(10),
        home = day(14),
    )
}

fn home() -> Place {
    Place::Street {
        name: "Drottningholmsvägen".into(),
        number: Some("37".into()),
        letter: None,
        city: Some("Stockholm".into()),
    }
}

/// The trip of `leg` between the home address and its airport, priced; Egen TAXI (its pickup
/// open, so the lead time sets it) booked for the PNR's traveller under `amadeus`, written back.
async fn egen_taxi(
    core: &desk::Core,
    suggestion: &desk::pnr::Suggestion,
    leg: &desk::pnr::Leg,
    amadeus: Option<String>,
) -> (BookingRequest, Option<chrono::DateTime<chrono::FixedOffset>>) {
    let airport = Place::Terminal { code: leg.airport.clone() };
    let (from, to) = if leg.arrival { (airport, home()) } else { (home(), airport) };
    let trip = TripRequest {
        from,
        to,
        when: leg.when,
        passengers: suggestion.passengers,
        bags: 1,
        regular_taxi: false,
        service: Some("Taxi".into()),
        international: leg.international,
        pickup: Some(leg.pickup),
    };
    let offers = core.quotes(&trip).await;
    let egen = offers.offers.iter().find(|o| o.code == "VTAX").expect("Egen TAXI is offered");
    let request = BookingRequest {
        trip,
        offer: egen.id.clone(),
        passenger: suggestion.traveller.clone().expect("a traveller"),
        connection: Some(leg.connection.clone()),
        info_to_driver: None,
        references: vec![],
        debit_method: None,
        debit_reference: None,
        invoice_address: None,
        amadeus,
        sabre: None,
        write_back: Some(true),
    };
    (request, egen.pickup_time)
}

#[tokio::test]
async fn both_legs_of_a_pnr_are_booked_with_its_locator_and_write_back() {
    let desk = common::desk(|_| {}).await;
    let core = &desk.core;
    let suggestion = core.suggest_transfers(&pnr_text(), &LeadTimes::default()).await.expect("suggested");
    assert_eq!(suggestion.legs.len(), 2, "{suggestion:#?}");
    let traveller = suggestion.traveller.clone().expect("a traveller");
    let (src, id) = (traveller.unique_src.clone().expect("src"), traveller.unique_id.clone().expect("id"));
    assert!(core.traveller_places(&src, &id).await.expect("asked").is_empty(), "a new traveller");

    let mut references = Vec::new();
    for leg in &suggestion.legs {
        let (request, pickup) = egen_taxi(core, &suggestion, leg, suggestion.pnr.locator.clone()).await;
        assert_eq!(pickup, Some(leg.pickup), "the agency's lead time sets an open pickup");
        core.check_booking(&request).expect("nothing to refuse before the review");
        let booked = core.book(&request).await.expect("booked");
        // What went on the wire is the attempt's draft, journalled before it was sent (FTBook's
        // reply is not documented to echo `amadeusUpdate`, so the test does not lean on it).
        let attempts = core
            .history()
            .attempts_for("sandbox", history::Supplier::Ftbook, &booked.booking.reference)
            .expect("the journal");
        let sent = &attempts.first().expect("an attempt").draft["booking"];
        assert_eq!(sent["amadeusUpdate"]["suffix"], "SELLFT", "{sent:#}");
        assert_eq!(sent["amadeusUpdate"]["addMis"], true);
        assert_eq!(sent["amadeusUpdate"]["addRmsur"], true);
        let identities = booked.booking.reply["identities"].as_array().cloned().unwrap_or_default();
        assert!(
            identities.iter().any(|i| i["system"] == "AMADEUS" && i["number"] == "R7KLMN"),
            "FTBook keeps the locator: {identities:?}"
        );
        references.push(booked.booking.reference.clone());
    }
    assert_ne!(references[0], references[1], "two bookings");

    // What FTBook received for the PNR, as the sandbox recorded it: each booking asked to write back.
    let url = core.sandbox().expect("the sandbox").write_back_url("R7KLMN");
    let body = reqwest::get(&url).await.expect("the page").bytes().await.expect("a body");
    let page: serde_json::Value = serde_json::from_slice(&body).expect("JSON");
    let asked: Vec<_> = page["bookings"]
        .as_array()
        .expect("bookings")
        .iter()
        .map(|b| b["amadeusUpdate"]["suffix"].clone())
        .collect();
    assert_eq!(asked, ["SELLFT", "SELLFT"], "{page:#}");

    let found = core.history().search("sandbox", "R7KLMN", &Default::default(), 10).expect("searched");
    assert_eq!(found.len(), 2, "both legs in history under the locator");
    let places = core.traveller_places(&src, &id).await.expect("asked");
    assert_eq!(places.len(), 1, "the one address, once: {places:#?}");
    assert_eq!(places[0].label, "Drottningholmsvägen 37");
}

#[tokio::test]
async fn write_back_without_a_locator_is_refused_on_the_locator_field() {
    let desk = common::desk(|_| {}).await;
    let core = &desk.core;
    let suggestion = core.suggest_transfers(&pnr_text(), &LeadTimes::default()).await.expect("suggested");
    let (request, _) = egen_taxi(core, &suggestion, &suggestion.legs[0], None).await;
    let error = core.check_booking(&request).expect_err("refused");
    assert!(matches!(&error, desk::Error::Validation { field: Some(f), .. } if f == "amadeus"), "{error:?}");
}

/// Karin Öberg's Sabre reservation XML under `XYZABC`: out through Arlanda and back, a cost centre.
fn sabre_xml() -> String {
    let at =
        |days: i64, time: &str| format!("{}T{time}:00", (Utc::now() + Duration::days(days)).date_naive());
    format!(
        r#"<stl19:GetReservationRS xmlns:stl19="http://webservices.sabre.com/pnrbuilder/v1_19">
  <stl19:Reservation>
    <stl19:BookingDetails><stl19:RecordLocator>XYZABC</stl19:RecordLocator></stl19:BookingDetails>
    <stl19:PassengerReservation>
      <stl19:Passengers><stl19:Passenger id="3">
        <stl19:LastName>ÖBERG</stl19:LastName><stl19:FirstName>KARIN MRS</stl19:FirstName>
        <stl19:PhoneNumber><stl19:Number>46701234567</stl19:Number></stl19:PhoneNumber>
        <stl19:EmailAddress><stl19:Address>karin.oberg@example.se</stl19:Address></stl19:EmailAddress>
      </stl19:Passenger></stl19:Passengers>
      <stl19:Segments>
        <stl19:Segment><stl19:Air>
          <stl19:DepartureAirport>ARN</stl19:DepartureAirport><stl19:ArrivalAirport>LHR</stl19:ArrivalAirport>
          <stl19:MarketingAirline>SK</stl19:MarketingAirline><stl19:MarketingFlightNumber>0527</stl19:MarketingFlightNumber>
          <stl19:ClassOfService>M</stl19:ClassOfService><stl19:ActionCode>HK</stl19:ActionCode>
          <stl19:DepartureDateTime>{out}</stl19:DepartureDateTime><stl19:ArrivalDateTime>{landed}</stl19:ArrivalDateTime>
        </stl19:Air></stl19:Segment>
        <stl19:Segment><stl19:Air>
          <stl19:DepartureAirport>LHR</stl19:DepartureAirport><stl19:ArrivalAirport>ARN</stl19:ArrivalAirport>
          <stl19:MarketingAirline>SK</stl19:MarketingAirline><stl19:MarketingFlightNumber>530</stl19:MarketingFlightNumber>
          <stl19:ClassOfService>M</stl19:ClassOfService><stl19:ActionCode>HK</stl19:ActionCode>
          <stl19:DepartureDateTime>{back}</stl19:DepartureDateTime><stl19:ArrivalDateTime>{home}</stl19:ArrivalDateTime>
        </stl19:Air></stl19:Segment>
      </stl19:Segments>
    </stl19:PassengerReservation>
    <stl19:Remarks><stl19:Remark Type="COSTCENTER">4711</stl19:Remark></stl19:Remarks>
  </stl19:Reservation>
</stl19:GetReservationRS>"#,
        out = at(10, "06:40"),
        landed = at(10, "08:40"),
        back = at(14, "17:00"),
        home = at(14, "20:35"),
    )
}

#[tokio::test]
async fn a_sabre_pnr_is_decoded_by_ftbook_its_flights_read_here_and_booked_under_its_locator() {
    let desk = common::desk(|_| {}).await;
    let core = &desk.core;
    let suggestion = core.suggest_transfers(&sabre_xml(), &LeadTimes::default()).await.expect("suggested");
    assert_eq!(suggestion.pnr.gds, pnr::Gds::Sabre);
    assert_eq!(suggestion.pnr.locator.as_deref(), Some("XYZABC"));
    assert_eq!(suggestion.legs.iter().map(|l| l.flight.as_str()).collect::<Vec<_>>(), ["SK527", "SK530"]);
    let traveller = suggestion.traveller.clone().expect("the decoded traveller");
    assert_eq!(
        (traveller.first_name.as_str(), traveller.last_name.as_str(), traveller.title.as_deref()),
        ("Karin", "Öberg", Some("MRS"))
    );
    assert_eq!(traveller.phone, "+46701234567");
    assert_eq!(traveller.email.as_deref(), Some("karin.oberg@example.se"));
    assert_eq!(suggestion.references.len(), 1, "{:?}", suggestion.references);
    assert_eq!(
        (suggestion.references[0].kind.as_str(), suggestion.references[0].value.as_str()),
        ("COSTCENTER", "4711")
    );

    let (mut request, _) = egen_taxi(core, &suggestion, &suggestion.legs[0], None).await;
    request.sabre = suggestion.pnr.locator.clone();
    request.write_back = None;
    request.references = suggestion.references.clone();
    let booked = core.book(&request).await.expect("booked");
    let identities = booked.booking.reply["identities"].as_array().cloned().unwrap_or_default();
    assert!(identities.iter().any(|i| i["system"] == "SABRE" && i["number"] == "XYZABC"), "{identities:?}");
    let found = core.history().search("sandbox", "XYZABC", &Default::default(), 10).expect("searched");
    assert_eq!(found.len(), 1, "in history under the Sabre locator");
}
