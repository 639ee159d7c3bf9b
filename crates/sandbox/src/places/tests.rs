//! The sandbox's Sweden: streets, numbers and terminals found again the same way on every run.

use std::collections::HashSet;

use super::*;

#[test]
fn there_are_over_500_street_names_across_the_four_cities() {
    let names: HashSet<(&str, &str)> = Places::sweden()
        .all()
        .iter()
        .filter(|p| p.kind == Kind::Address)
        .map(|p| (p.name, if p.location.community == "Solna" { "Stockholm" } else { p.location.community }))
        .collect();
    assert!(names.len() >= 500, "{} distinct street names per city", names.len());
    for city in ["Stockholm", "Göteborg", "Malmö", "Uppsala"] {
        assert!(names.iter().filter(|(_, c)| *c == city).count() >= 50, "{city} has streets");
    }
}

#[test]
fn every_airport_the_issue_names_is_there() {
    for code in ["ARN", "BMA", "GOT", "MMX", "NYO", "LLA", "UME", "OSD", "VBY"] {
        let airport = Places::sweden().terminal(code).unwrap_or_else(|| panic!("{code}"));
        assert_eq!(airport.location.kind, "AIRPORT");
    }
    assert_eq!(Places::sweden().terminal("cst").unwrap().location.kind, "TRAIN_STATION");
}

#[test]
fn ids_are_unique_and_stable() {
    let places = Places::sweden().all();
    let ids: HashSet<i64> = places.iter().map(|p| p.id).collect();
    assert_eq!(ids.len(), places.len());
    let again = Places::build();
    assert_eq!(again.all(), places, "the same Sweden every time");
}

#[test]
fn every_place_is_in_sweden_and_its_rt90_is_computed_from_its_wgs84() {
    for place in Places::sweden().all() {
        assert!(
            (55.0..69.1).contains(&place.wgs84.lat) && (10.9..24.2).contains(&place.wgs84.lon),
            "{}",
            place.name
        );
        assert_eq!(place.rt90, place.wgs84.to_rt90(), "{}", place.name);
        assert!((6_100_000.0..7_700_000.0).contains(&place.rt90.x), "{} RT90 x", place.name);
    }
}

#[test]
fn every_poi_stands_on_a_known_street() {
    let pois = Places::sweden().all().iter().filter(|p| p.kind == Kind::Poi).count();
    assert_eq!(pois, POIS.len(), "a POI whose street is missing from its district was dropped");
}

#[test]
fn drottningholmsvagen_37_is_on_kungsholmen_near_the_documentations_point() {
    let query = Query::from_search("Drottningholmsvägen 37, Stockholm");
    let found: Vec<&Place> = Places::sweden().all().iter().filter(|p| query.matches(p)).collect();
    assert_eq!(found.len(), 1, "{found:?}");
    let street = found[0];
    assert_eq!(street.location.name, "Kungsholmen (Stockholm)");
    assert_eq!(street.location.code, "KU8");
    assert!(query.number_exists(street));
    let rt90 = street.position_of(Some(37)).to_rt90();
    let off = rt90.distance_m(Rt90 { x: 6_581_076.0, y: 1_626_391.0 });
    assert!(off < 1500.0, "{off:.0} m from the documentation's coordinates");
}

#[test]
fn search_text_is_parsed_like_ftbook_describes() {
    let parsed = |search: &str| {
        let q = Query::from_search(search);
        (q.text, q.number, q.within)
    };
    assert_eq!(
        parsed("Sveavägen 12b, Vasastan"),
        (Some("Sveavägen".into()), Some((12, Some("B".into()))), Some("Vasastan".into()))
    );
    assert_eq!(parsed("Gamla stan"), (Some("Gamla stan".into()), None, None));
    assert_eq!(parsed("Hotel Rival"), (Some("Hotel Rival".into()), None, None));
    assert_eq!(parsed("  , Malmö"), (None, None, Some("Malmö".into())));
}

#[test]
fn searching_ignores_case_and_diacritics_and_honours_exact_and_kind() {
    let all = Places::sweden().all();
    let count = |query: &Query| all.iter().filter(|p| query.matches(p)).count();
    let prefix = Query { text: Some("ostermalm".into()), ..Query::default() };
    assert!(count(&prefix) >= 2, "Östermalmsgatan and Östermalmstorg");
    let exact = Query { text: Some("ÖSTERMALMSGATAN".into()), exact: true, ..Query::default() };
    assert_eq!(count(&exact), 1);
    let hotels = Query { kinds: vec![Kind::Poi], within: Some("Göteborg".into()), ..Query::default() };
    assert_eq!(count(&hotels), 4, "four POIs in Göteborg");
    let arn = Query { code: Some("ARN".into()), ..Query::default() };
    assert_eq!(count(&arn), 1);
}
