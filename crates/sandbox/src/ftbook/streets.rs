//! FTBook's street search: streets, points of interest, airports and stations.

use serde_json::{Value, json};

use super::params::{self, Param, Params};
use super::reply::{Faults, Reply};
use super::trips;
use crate::geo::{Rt90, Wgs84};
use crate::places::{Kind, Place, Places, Query, fold};

fn coordinate(text: &str) -> Option<(f64, f64)> {
    let (a, b) = text.split_once(',')?;
    Some((a.trim().parse().ok()?, b.trim().parse().ok()?))
}

fn coordinate_type(
    params: &Params,
    name: &str,
    empty: i32,
    invalid: i32,
    faults: &mut Vec<(i32, String)>,
) -> bool {
    match params.get(name) {
        Param::Absent | Param::Value("RT90") => false,
        Param::Value("WGS84") => true,
        Param::Blank => {
            faults.push((empty, format!("{} can not be empty", camel(name))));
            false
        }
        Param::Value(_) => {
            faults.push((invalid, format!("{} is invalid", camel(name))));
            false
        }
    }
}

/// `street_coordinate_type` is named `streetCoordinateType` in the fault messages.
fn camel(name: &str) -> String {
    let mut out = String::new();
    let mut upper = false;
    for c in name.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            out.extend(c.to_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

fn to_rt90(point: (f64, f64), wgs84: bool) -> Rt90 {
    if wgs84 { Wgs84 { lat: point.0, lon: point.1 }.to_rt90() } else { Rt90 { x: point.0, y: point.1 } }
}

fn count(
    params: &Params,
    name: &str,
    empty: i32,
    invalid: i32,
    default: u32,
    max: u32,
    faults: &mut Vec<(i32, String)>,
) -> u32 {
    match params.get(name) {
        Param::Absent => default,
        Param::Blank => {
            faults.push((empty, format!("{name} can not be empty")));
            default
        }
        Param::Value(text) => match text.parse::<u32>() {
            Ok(n) if n <= max => n,
            _ => {
                faults.push((invalid, format!("{name} is invalid")));
                default
            }
        },
    }
}

/// `GET street`.
pub fn streets(params: &Params) -> Reply {
    let mut faults = Vec::new();
    let kinds = match params.get("type") {
        Param::Absent | Param::Value("ALL") => vec![],
        Param::Blank => {
            faults.push((4000, "type can not be empty".into()));
            vec![]
        }
        Param::Value("ADDRESS") => vec![Kind::Address],
        Param::Value("POI") => vec![Kind::Poi],
        Param::Value("AIRPORT") => vec![Kind::Airport],
        Param::Value("TRAIN_STATION") => vec![Kind::TrainStation],
        Param::Value("FERRY_PORT") => return Reply::NoContent, // no ferry ports in the sandbox's Sweden
        Param::Value(_) => {
            faults.push((4001, "type is invalid".into()));
            vec![]
        }
    };
    let code = params.value("code").map(str::to_owned);
    if code
        .as_deref()
        .is_some_and(|c| c.chars().count() > 32 || !c.chars().all(|ch| ch.is_alphanumeric() || ch == '-'))
    {
        faults.push((4002, "code is invalid".into()));
    }
    let search = params.value("search").unwrap_or_default();
    if search.chars().count() > 128 {
        faults.push((4003, "search is invalid".into()));
    }
    let sort_from = params.value("sort_code").map(|code| {
        let found = trips::by_code(code).map(|end| end.position()).or_else(|| {
            Places::sweden()
                .all()
                .iter()
                .find(|p| p.location.code.eq_ignore_ascii_case(code))
                .map(|p| p.wgs84)
        });
        if found.is_none() {
            faults.push((4016, "sortCode is invalid".into()));
        }
        found
    });
    let wgs84_out = coordinate_type(params, "coordinate_type", 4004, 4005, &mut faults);
    let measure_from = params.value("coordinate").map(|text| {
        let point = coordinate(text);
        if point.is_none() {
            faults.push((4006, "coordinate is invalid".into()));
        }
        point
    });
    let street_wgs84 = coordinate_type(params, "street_coordinate_type", 4012, 4013, &mut faults);
    let near = params.value("street_coordinate").map(|text| {
        let point = coordinate(text);
        if point.is_none() {
            faults.push((4014, "streetCoordinate is invalid".into()));
        }
        point
    });
    let precision = count(params, "street_coordinate_precision", 4015, 4015, 0, 1_000_000, &mut faults);
    let exact = match params.get("exact") {
        Param::Absent => false,
        Param::Value(text) if params::boolean(text).is_some() => params::boolean(text).unwrap_or(false),
        _ => {
            faults.push((4007, "exact is invalid".into()));
            false
        }
    };
    let offset = count(params, "offset", 4008, 4009, 0, u32::MAX, &mut faults);
    let limit = count(params, "limit", 4010, 4011, 25, 500, &mut faults);
    if limit == 0 && faults.is_empty() {
        faults.push((4011, "limit is invalid".into()));
    }
    if !faults.is_empty() {
        return Faults(faults).into();
    }

    let mut query = Query::from_search(search);
    query.kinds = kinds;
    query.code = code;
    query.exact = exact;
    let near = near.flatten().map(|point| to_rt90(point, street_wgs84));
    // Precision 0 (the default) means "close": within 500 m.
    let radius = if precision == 0 { 500.0 } else { f64::from(precision) };
    let measure = measure_from.flatten().map(|point| to_rt90(point, wgs84_out));
    let sort_rt90 = sort_from.flatten().map(Wgs84::to_rt90);

    let mut matches: Vec<(&Place, Rt90, Option<f64>)> = Places::sweden()
        .all()
        .iter()
        .filter(|place| query.matches(place) && query.number_exists(place))
        .map(|place| {
            let at = place.position_of(query.number.as_ref().map(|(n, _)| *n)).to_rt90();
            (place, at, measure.or(near).or(sort_rt90).map(|from| from.distance_m(at)))
        })
        .filter(|(_, at, _)| near.is_none_or(|n| n.distance_m(*at) <= radius))
        .collect();
    if measure.is_some() || near.is_some() || sort_rt90.is_some() {
        matches.sort_by(|a, b| a.2.unwrap_or(0.0).total_cmp(&b.2.unwrap_or(0.0)));
    } else {
        // Exact names first, then by name, as a person scanning the list expects.
        let text = query.text.as_deref().map(fold).unwrap_or_default();
        matches
            .sort_by_key(|(place, _, _)| (fold(place.name) != text, fold(place.name), place.location.name));
    }
    let total = matches.len();
    let page: Vec<Value> = matches
        .into_iter()
        .skip(offset as usize)
        .take(limit as usize)
        .map(|(place, at, distance)| {
            let (number, letter) = match &query.number {
                Some((n, l)) if place.kind == Kind::Address => (Some(*n), l.as_deref()),
                _ => (None, None),
            };
            let mut street = trips::street_json(place, number, letter, Some(at));
            if wgs84_out {
                let position = place.position_of(number);
                street["latitude"] = json!(position.lat);
                street["longitude"] = json!(position.lon);
            }
            if let Some(distance) =
                distance.filter(|_| measure.is_some() || near.is_some() || sort_rt90.is_some())
            {
                street["distance"] = json!(distance.round() as i64);
            }
            if matches!(place.kind, Kind::Airport | Kind::TrainStation) {
                street["description"] = json!(place.name);
            }
            street
        })
        .collect();
    if page.is_empty() {
        return Reply::NoContent;
    }
    Reply::Json(json!({ "moreResultsAvailable": total > offset as usize + page.len(), "streets": page }))
}
