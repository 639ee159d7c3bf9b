use super::*;

#[test]
fn sweden_is_on_summer_time_between_the_last_sundays_of_march_and_october() {
    let at = |s: &str| DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc);
    assert_eq!(swedish_offset(at("2026-03-29T00:59:00Z")).local_minus_utc(), 3600);
    assert_eq!(swedish_offset(at("2026-03-29T01:00:00Z")).local_minus_utc(), 7200);
    assert_eq!(swedish_offset(at("2026-10-25T00:59:00Z")).local_minus_utc(), 7200);
    assert_eq!(swedish_offset(at("2026-10-25T01:00:00Z")).local_minus_utc(), 3600);
}

#[test]
fn an_ambiguous_street_is_the_nearest_unless_narrowed() {
    let arlanda = by_code("ARN").unwrap();
    let community = |end: End| match end {
        End::Address { place, .. } => place.location.community,
        _ => "",
    };
    // Uppsala's Kungsgatan is about 33 km from Arlanda, Stockholm's about 37 km.
    let nearest = by_street("Kungsgatan", Some(10), None, Some(arlanda.position())).unwrap();
    assert_eq!(community(nearest), "Uppsala");
    let narrowed = by_street("Kungsgatan, Stockholm", Some(10), None, Some(arlanda.position())).unwrap();
    assert_eq!(community(narrowed), "Stockholm");
    assert_eq!(by_street("Kungsgatan", Some(10), None, None).unwrap_err(), Unresolved::NotUnique);
    assert_eq!(by_street("Kungsgatan, Malmö", None, None, None).unwrap_err(), Unresolved::NeedsNumber);
    assert_eq!(by_street("Ingenstansgatan", Some(1), None, None).unwrap_err(), Unresolved::NotFound);
}

#[test]
fn egen_taxi_from_kungsholmen_to_arlanda_costs_the_documentations_679() {
    let start = by_street("Drottningholmsvägen", Some(37), None, None).unwrap();
    let end = by_code("ARN").unwrap();
    let when =
        When { desired: DateTime::parse_from_rfc3339("2026-12-01T07:30:00+01:00").ok(), ..When::default() };
    let trip = Trip { start: &start, end: &end, when, passengers: 1, english: false };
    let products = trip.products(Some("Taxi"));
    assert_eq!(products.iter().map(|p| p.code).collect::<Vec<_>>(), ["TAXI", "VTAX", "VTAX-8"]);
    let offer = trip.availability(catalog::product("VTAX").unwrap());
    assert_eq!(offer["price"]["includingVat"], "679.00");
    assert_eq!(offer["product"]["latestCancelTime"], "2026-12-01T06:40:00+01:00", "50 minutes before pickup");
    let km = offer["distanceMeters"].as_i64().unwrap() / 1000;
    assert!((35..=55).contains(&km), "Kungsholmen–Arlanda by road is about 40 km, got {km}");
}

#[test]
fn no_road_leads_from_visby_to_the_mainland() {
    let visby = by_code("VBY").unwrap();
    let stockholm = by_street("Götgatan", Some(5), None, Some(by_code("ARN").unwrap().position())).unwrap();
    let arlanda = by_code("ARN").unwrap();
    let trip = |start: &End, end: &End| {
        Trip { start, end, when: When::default(), passengers: 1, english: false }.drivable()
    };
    assert!(!trip(&visby, &stockholm), "Visby Airport to Götgatan");
    assert!(trip(&arlanda, &stockholm), "Arlanda to Götgatan");
}

#[test]
fn a_shared_taxis_pickup_is_locked_to_quarter_hours() {
    let start = by_street("Drottningholmsvägen", Some(37), None, None).unwrap();
    let when =
        When { desired: DateTime::parse_from_rfc3339("2026-12-01T07:37:00+01:00").ok(), ..When::default() };
    assert_eq!(
        pickup(&when, &start, route(start.position(), start.position()), true).to_rfc3339(),
        "2026-12-01T07:30:00+01:00"
    );
}

#[test]
fn buses_run_between_the_airport_and_their_stops_only() {
    let arlanda = by_code("ARN").unwrap();
    let city = by_code("CTY").unwrap();
    let trip = Trip { start: &arlanda, end: &city, when: When::default(), passengers: 2, english: true };
    let products = trip.products(None);
    assert_eq!(products.iter().map(|p| p.code).collect::<Vec<_>>(), ["FLYG"]);
    assert_eq!(trip.availability(products[0])["price"]["includingVat"], "258.00", "two passengers");
    let address = by_street("Drottningholmsvägen", Some(37), None, None).unwrap();
    let nonsense = Trip { start: &address, end: &city, when: When::default(), passengers: 1, english: true };
    assert!(nonsense.products(None).is_empty());
}
