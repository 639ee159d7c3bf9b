//! The places the sandbox's suppliers know: streets, points of interest, airports and stations.
//!
//! Built once from `places_data.rs`. A street's position, zip code and number range are derived
//! from a stable hash of its name and district, so every run (and every machine) sees the same
//! Sweden, and a test can name `Drottningholmsvägen 37` and find it again.

use std::sync::LazyLock;

use crate::geo::{Rt90, Wgs84};
use crate::places_data::{AIRPORTS, POIS, STATIONS, Terminal, districts};

/// What kind of place this is, as FTBook's street search types name them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A street address.
    Address,
    /// A hotel, office or other point of interest.
    Poi,
    /// An airport.
    Airport,
    /// A train station.
    TrainStation,
}

/// The district, airport or station a place belongs to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    /// `LOCATION`, `AIRPORT` or `TRAIN_STATION`.
    pub kind: &'static str,
    /// `KU8`, `ARN`, `CST`.
    pub code: &'static str,
    /// `Kungsholmen (Stockholm)`, `Stockholm Arlanda Flygplats`.
    pub name: &'static str,
    /// The municipality.
    pub community: &'static str,
}

/// One place.
#[derive(Debug, Clone, PartialEq)]
pub struct Place {
    /// Stable id (FTBook's `Street.id`).
    pub id: i64,
    /// What it is.
    pub kind: Kind,
    /// Street name, POI name or terminal name (Swedish).
    pub name: &'static str,
    /// The terminal's English name.
    pub name_en: Option<&'static str>,
    /// A POI's street and number.
    pub address: Option<(&'static str, i64)>,
    /// A POI's description.
    pub description: Option<&'static str>,
    /// District, airport or station.
    pub location: Location,
    /// Zip code (streets and POIs).
    pub zipcode: Option<u32>,
    /// Street numbers that exist (streets).
    pub number_range: Option<(i64, i64)>,
    /// Position (a street's middle).
    pub wgs84: Wgs84,
    /// The same position in RT90 2.5 gon V.
    pub rt90: Rt90,
}

impl Place {
    /// The position of a house number: numbers run along the street, odd and even on either side.
    pub fn position_of(&self, number: Option<i64>) -> Wgs84 {
        let (Some(number), Some((start, end))) = (number, self.number_range) else {
            return self.wgs84;
        };
        let along = (number - start) as f64 / ((end - start).max(1)) as f64 - 0.5;
        let heading = (stable_hash(self.name) % 180) as f64;
        let half_length_deg = 0.0025; // about 250 m
        Wgs84 {
            lat: self.wgs84.lat + along * half_length_deg * heading.to_radians().cos(),
            lon: self.wgs84.lon + along * half_length_deg * 2.0 * heading.to_radians().sin(),
        }
    }
}

/// FNV-1a: stable across runs, platforms and Rust versions (unlike `DefaultHasher`).
fn stable_hash(text: &str) -> u64 {
    text.bytes()
        .fold(0xcbf2_9ce4_8422_2325, |hash, byte| (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3))
}

/// A value in `-1.0..1.0` derived from `text`.
fn jitter(text: &str, salt: &str) -> f64 {
    let hash = stable_hash(&format!("{salt}:{text}"));
    (hash % 20_001) as f64 / 10_000.0 - 1.0
}

/// Every place the sandbox knows.
pub struct Places {
    places: Vec<Place>,
}

static SWEDEN: LazyLock<Places> = LazyLock::new(Places::build);

impl Places {
    /// The sandbox's Sweden, built on first use.
    pub fn sweden() -> &'static Places {
        &SWEDEN
    }

    /// Every place, in id order.
    pub fn all(&self) -> &[Place] {
        &self.places
    }

    /// A place by its id.
    pub fn by_id(&self, id: i64) -> Option<&Place> {
        self.places.iter().find(|place| place.id == id)
    }

    /// An airport or station by its code (`ARN`, `CST`).
    pub fn terminal(&self, code: &str) -> Option<&Place> {
        self.places.iter().find(|p| {
            matches!(p.kind, Kind::Airport | Kind::TrainStation) && p.location.code.eq_ignore_ascii_case(code)
        })
    }

    fn build() -> Places {
        let mut places = Vec::new();
        let mut next_id = 4001;
        let mut id = || {
            next_id += 1;
            next_id - 1
        };
        for (terminals, kind, location_kind) in
            [(AIRPORTS, Kind::Airport, "AIRPORT"), (STATIONS, Kind::TrainStation, "TRAIN_STATION")]
        {
            for terminal in terminals {
                places.push(terminal_place(id(), terminal, kind, location_kind));
            }
        }
        for district in districts() {
            let location = Location {
                kind: "LOCATION",
                code: district.code,
                name: district.name,
                community: district.community,
            };
            for street in &district.streets {
                let key = format!("{}|{street}", district.code);
                let wgs84 = Wgs84 {
                    lat: district.lat + 0.0055 * jitter(&key, "lat"),
                    lon: district.lon + 0.0100 * jitter(&key, "lon"),
                };
                let last = 9 + (stable_hash(&key) % 90) as i64;
                places.push(Place {
                    id: id(),
                    kind: Kind::Address,
                    name: street,
                    name_en: None,
                    address: None,
                    description: None,
                    location: location.clone(),
                    zipcode: Some(district.zip + (stable_hash(&key) % 12) as u32),
                    number_range: Some((1, last)),
                    wgs84,
                    rt90: wgs84.to_rt90(),
                });
            }
        }
        for poi in POIS {
            let Some(street) = places
                .iter()
                .find(|p| p.kind == Kind::Address && p.name == poi.street && p.location.code == poi.district)
            else {
                continue; // the table test below makes sure every POI's street exists
            };
            let wgs84 = street.position_of(Some(poi.number));
            let (location, zipcode) = (street.location.clone(), street.zipcode);
            places.push(Place {
                id: id(),
                kind: Kind::Poi,
                name: poi.name,
                name_en: None,
                address: Some((poi.street, poi.number)),
                description: Some(poi.description),
                location,
                zipcode,
                number_range: None,
                wgs84,
                rt90: wgs84.to_rt90(),
            });
        }
        Places { places }
    }
}

fn terminal_place(id: i64, terminal: &Terminal, kind: Kind, location_kind: &'static str) -> Place {
    let wgs84 = Wgs84 { lat: terminal.lat, lon: terminal.lon };
    Place {
        id,
        kind,
        name: terminal.name,
        name_en: Some(terminal.name_en),
        address: None,
        description: None,
        location: Location {
            kind: location_kind,
            code: terminal.code,
            name: terminal.name,
            community: terminal.community,
        },
        zipcode: None,
        number_range: None,
        wgs84,
        rt90: wgs84.to_rt90(),
    }
}

/// Folds case and Swedish diacritics, so `ostermalm` finds `Östermalm`.
pub fn fold(text: &str) -> String {
    text.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'å' | 'ä' | 'á' | 'à' => 'a',
            'ö' | 'ø' | 'ó' => 'o',
            'é' | 'è' | 'ê' => 'e',
            'ü' => 'u',
            other => other,
        })
        .collect()
}

/// A house number and its letter: `12B` is `(12, Some("B"))`.
pub type HouseNumber = (i64, Option<String>);

/// What a street search asked for, already parsed.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Query {
    /// Kinds to include; empty means all.
    pub kinds: Vec<Kind>,
    /// Text before the comma, without the house number.
    pub text: Option<String>,
    /// The house number and letter given after the name (`37`, `12B`).
    pub number: Option<HouseNumber>,
    /// Text after the comma: a district, community or code to narrow by.
    pub within: Option<String>,
    /// A location code to match (`ARN`, `KU8`).
    pub code: Option<String>,
    /// Match the name exactly instead of as a prefix.
    pub exact: bool,
}

impl Query {
    /// A query from FTBook's `search` text: `Drottningholmsvägen 37, Stockholm`.
    pub fn from_search(search: &str) -> Query {
        let (main, within) = match search.split_once(',') {
            Some((main, within)) => (main.trim(), Some(within.trim()).filter(|w| !w.is_empty())),
            None => (search.trim(), None),
        };
        let mut words: Vec<&str> = main.split_whitespace().collect();
        let number = words.last().and_then(|last| {
            let digits: String = last.chars().take_while(char::is_ascii_digit).collect();
            let letter: String = last.chars().skip(digits.len()).collect();
            let valid_letter =
                letter.is_empty() || (letter.chars().count() == 1 && letter.chars().all(char::is_alphabetic));
            (!digits.is_empty() && valid_letter && words.len() > 1)
                .then(|| (digits.parse().ok(), (!letter.is_empty()).then(|| letter.to_uppercase())))
                .and_then(|(n, l)| n.map(|n| (n, l)))
        });
        if number.is_some() {
            words.pop();
        }
        let text = Some(words.join(" ")).filter(|t| !t.is_empty());
        Query { text, number, within: within.map(str::to_owned), ..Query::default() }
    }

    /// Whether `place` matches.
    pub fn matches(&self, place: &Place) -> bool {
        if !self.kinds.is_empty() && !self.kinds.contains(&place.kind) {
            return false;
        }
        if let Some(code) = &self.code
            && !place.location.code.eq_ignore_ascii_case(code)
        {
            return false;
        }
        if let Some(within) = &self.within {
            let within = fold(within);
            let in_it = [place.location.name, place.location.community, place.location.code]
                .iter()
                .any(|field| fold(field).contains(&within));
            if !in_it {
                return false;
            }
        }
        match &self.text {
            None => true,
            Some(text) => {
                let text = fold(text);
                let names = [Some(place.name), place.name_en, Some(place.location.code)];
                names.into_iter().flatten().any(|name| {
                    let name = fold(name);
                    if self.exact {
                        name == text
                    } else {
                        name.starts_with(&text) || name.contains(&format!(" {text}"))
                    }
                })
            }
        }
    }

    /// Whether the house number exists on `place` (true when none was asked for).
    pub fn number_exists(&self, place: &Place) -> bool {
        match (&self.number, place.number_range) {
            (None, _) => true,
            (Some((number, _)), Some((start, end))) => (start..=end).contains(number),
            (Some(_), None) => false,
        }
    }
}

#[cfg(test)]
mod tests;
