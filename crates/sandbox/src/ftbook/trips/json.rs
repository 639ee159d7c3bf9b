//! How FTBook writes places: a `Location`, a `Street` (with its house number), and the
//! municipality codes.

use serde_json::{Value, json};

use crate::places::{Kind, Place};

/// FTBook's `Location` for a place.
pub fn location_json(place: &Place) -> Value {
    json!({
        "type": place.location.kind,
        "code": place.location.code,
        "name": place.location.name,
        "countryCode": "SE",
        "community": place.location.community,
        "communityCode": community_code(place.location.community),
    })
}

/// FTBook's `Street` for a street or POI, with a house number when one was asked for.
pub fn street_json(
    place: &Place,
    number: Option<i64>,
    letter: Option<&str>,
    at: Option<crate::geo::Rt90>,
) -> Value {
    let rt90 = at.unwrap_or(place.rt90);
    let mut street = json!({
        "id": place.id,
        "numberRequired": place.kind == Kind::Address,
        "location": location_json(place),
        "latitude": rt90.x.round() as i64,
        "longitude": rt90.y.round() as i64,
        "rt90x": rt90.x.round() as i64,
        "rt90y": rt90.y.round() as i64,
    });
    match (place.kind, place.address) {
        (Kind::Poi, Some((street_name, street_number))) => {
            street["name"] = json!(street_name);
            street["number"] = json!(street_number);
            street["description"] = json!(format!("{} ({})", place.name, place.description.unwrap_or("")));
        }
        (Kind::Airport | Kind::TrainStation, _) => street["numberRequired"] = json!(false),
        _ => {
            street["name"] = json!(place.name);
            if let Some(number) = number {
                street["number"] = json!(number);
            }
            if let Some(letter) = letter {
                street["letter"] = json!(letter);
            }
        }
    }
    if let Some(zip) = place.zipcode {
        street["zipcode"] = json!(zip);
    }
    if let Some((start, end)) = place.number_range {
        street["numberRange"] = json!([{ "start": start, "end": end }]);
    }
    street
}

/// SCB's municipality codes for the sandbox's communities.
pub fn community_code(community: &str) -> &'static str {
    match community {
        "Stockholm" => "0180",
        "Solna" => "0184",
        "Sigtuna" => "0191",
        "Göteborg" => "1480",
        "Härryda" => "1401",
        "Malmö" => "1280",
        "Svedala" => "1263",
        "Uppsala" => "0380",
        "Nyköping" => "0480",
        "Luleå" => "2580",
        "Åre" => "2321",
        "Umeå" => "2480",
        "Östersund" => "2380",
        "Gotland" => "0980",
        "Linköping" => "0580",
        "Norrköping" => "0581",
        "Örebro" => "1880",
        _ => "",
    }
}
