//! The sandbox's places: real Swedish airports, stations, districts and street names.
//!
//! District centres are real; a street's exact position, zip code and number range are derived
//! from its name within its district (see `places.rs`), so they are plausible, not surveyed.

/// An airport or a train station.
pub(crate) struct Terminal {
    pub code: &'static str,
    pub name: &'static str,
    pub name_en: &'static str,
    pub community: &'static str,
    pub lat: f64,
    pub lon: f64,
}

/// Airports FTBook serves, by IATA code.
pub(crate) const AIRPORTS: &[Terminal] = &[
    Terminal {
        code: "ARN",
        name: "Stockholm Arlanda Flygplats",
        name_en: "Stockholm Arlanda Airport",
        community: "Sigtuna",
        lat: 59.64975,
        lon: 17.92372,
    },
    Terminal {
        code: "BMA",
        name: "Stockholm Bromma Flygplats",
        name_en: "Stockholm Bromma Airport",
        community: "Stockholm",
        lat: 59.35438,
        lon: 17.94165,
    },
    Terminal {
        code: "GOT",
        name: "Göteborg Landvetter flygplats",
        name_en: "Göteborg Landvetter Airport",
        community: "Härryda",
        lat: 57.66283,
        lon: 12.27981,
    },
    Terminal {
        code: "MMX",
        name: "Malmö Airport",
        name_en: "Malmö Airport",
        community: "Svedala",
        lat: 55.53633,
        lon: 13.37616,
    },
    Terminal {
        code: "NYO",
        name: "Stockholm Skavsta Flygplats",
        name_en: "Stockholm Skavsta Airport",
        community: "Nyköping",
        lat: 58.78859,
        lon: 16.91219,
    },
    Terminal {
        code: "LLA",
        name: "Luleå Airport",
        name_en: "Luleå Airport",
        community: "Luleå",
        lat: 65.54376,
        lon: 22.12198,
    },
    Terminal {
        code: "UME",
        name: "Umeå Airport",
        name_en: "Umeå Airport",
        community: "Umeå",
        lat: 63.79183,
        lon: 20.28276,
    },
    Terminal {
        code: "OSD",
        name: "Åre Östersund Airport",
        name_en: "Åre Östersund Airport",
        community: "Östersund",
        lat: 63.19441,
        lon: 14.50034,
    },
    Terminal {
        code: "VBY",
        name: "Visby Airport",
        name_en: "Visby Airport",
        community: "Gotland",
        lat: 57.66278,
        lon: 18.34622,
    },
];

/// Main train stations, by Trafikverket's station signature.
pub(crate) const STATIONS: &[Terminal] = &[
    Terminal {
        code: "CST",
        name: "Stockholm Centralstation",
        name_en: "Stockholm Central Station",
        community: "Stockholm",
        lat: 59.33060,
        lon: 18.05960,
    },
    Terminal {
        code: "G",
        name: "Göteborg Centralstation",
        name_en: "Gothenburg Central Station",
        community: "Göteborg",
        lat: 57.70888,
        lon: 11.97340,
    },
    Terminal {
        code: "M",
        name: "Malmö Centralstation",
        name_en: "Malmö Central Station",
        community: "Malmö",
        lat: 55.60920,
        lon: 13.00070,
    },
    Terminal {
        code: "U",
        name: "Uppsala Centralstation",
        name_en: "Uppsala Central Station",
        community: "Uppsala",
        lat: 59.85820,
        lon: 17.64630,
    },
    Terminal {
        code: "ARNC",
        name: "Arlanda Centralstation",
        name_en: "Arlanda Central Station",
        community: "Sigtuna",
        lat: 59.64870,
        lon: 17.92890,
    },
    Terminal {
        code: "LP",
        name: "Linköpings Centralstation",
        name_en: "Linköping Central Station",
        community: "Linköping",
        lat: 58.41640,
        lon: 15.62530,
    },
    Terminal {
        code: "NR",
        name: "Norrköpings Centralstation",
        name_en: "Norrköping Central Station",
        community: "Norrköping",
        lat: 58.59640,
        lon: 16.18360,
    },
    Terminal {
        code: "Ö",
        name: "Örebro Centralstation",
        name_en: "Örebro Central Station",
        community: "Örebro",
        lat: 59.27910,
        lon: 15.21210,
    },
];

/// A district, with its real centre and real streets.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct District {
    /// As FTBook names locations: `Kungsholmen (Stockholm)`.
    pub name: &'static str,
    pub code: &'static str,
    pub community: &'static str,
    /// The district's first zip code; its streets' zips follow it.
    pub zip: u32,
    pub lat: f64,
    pub lon: f64,
    pub streets: Vec<&'static str>,
}

/// The districts and streets, from `data/districts.txt`.
const DISTRICTS_TEXT: &str = include_str!("../data/districts.txt");

/// Every district, read from `data/districts.txt` on first use.
pub(crate) fn districts() -> &'static [District] {
    static DISTRICTS: std::sync::LazyLock<Vec<District>> = std::sync::LazyLock::new(|| {
        parse_districts(DISTRICTS_TEXT).unwrap_or_else(|problem| {
            tracing::error!(%problem, "the sandbox's district table is damaged; it has no streets");
            Vec::new()
        })
    });
    &DISTRICTS
}

/// Reads the district table: `= name | code | community | zip | lat | lon` lines, each followed by
/// its streets, one a line; `#` starts a comment.
fn parse_districts(text: &'static str) -> Result<Vec<District>, String> {
    let mut districts: Vec<District> = Vec::new();
    for (number, line) in text.lines().enumerate().map(|(i, line)| (i + 1, line.trim())) {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(header) = line.strip_prefix('=') {
            let fields: Vec<&'static str> = header.split('|').map(str::trim).collect();
            let [name, code, community, zip, lat, lon] = fields[..] else {
                return Err(format!("line {number}: a district needs six fields"));
            };
            let bad = |what: &str| format!("line {number}: {what} is not a number");
            districts.push(District {
                name,
                code,
                community,
                zip: zip.parse().map_err(|_| bad("the zip code"))?,
                lat: lat.parse().map_err(|_| bad("the latitude"))?,
                lon: lon.parse().map_err(|_| bad("the longitude"))?,
                streets: Vec::new(),
            });
        } else {
            let district =
                districts.last_mut().ok_or(format!("line {number}: a street before any district"))?;
            district.streets.push(line);
        }
    }
    Ok(districts)
}

/// A point of interest: its name, district code, street, number and kind.
pub(crate) struct Poi {
    pub name: &'static str,
    pub district: &'static str,
    pub street: &'static str,
    pub number: i64,
    pub description: &'static str,
}

pub(crate) const POIS: &[Poi] = &[
    Poi {
        name: "Grand Hôtel Stockholm",
        district: "NO1",
        street: "Södra Blasieholmshamnen",
        number: 8,
        description: "Hotell",
    },
    Poi {
        name: "Radisson Blu Royal Viking Hotel",
        district: "NO1",
        street: "Vasagatan",
        number: 1,
        description: "Hotell",
    },
    Poi {
        name: "Scandic Continental",
        district: "NO1",
        street: "Vasagatan",
        number: 22,
        description: "Hotell",
    },
    Poi {
        name: "Clarion Hotel Sign",
        district: "NO1",
        street: "Östra Järnvägsgatan",
        number: 35,
        description: "Hotell",
    },
    Poi { name: "Hotel Rival", district: "SO1", street: "Mariatorget", number: 3, description: "Hotell" },
    Poi {
        name: "Stockholms stadshus",
        district: "KU8",
        street: "Hantverkargatan",
        number: 1,
        description: "Kontor",
    },
    Poi {
        name: "Ericsson Kista",
        district: "KI1",
        street: "Torshamnsgatan",
        number: 21,
        description: "Kontor",
    },
    Poi {
        name: "Strawberry Arena",
        district: "SN1",
        street: "Evenemangsgatan",
        number: 1,
        description: "Arena",
    },
    Poi {
        name: "Elite Park Avenue Hotel",
        district: "LO1",
        street: "Kungsportsavenyen",
        number: 36,
        description: "Hotell",
    },
    Poi {
        name: "Clarion Hotel Post",
        district: "IV1",
        street: "Drottningtorget",
        number: 10,
        description: "Hotell",
    },
    Poi {
        name: "Gothia Towers", district: "JO1", street: "Mässans gata", number: 24, description: "Hotell"
    },
    Poi {
        name: "Chalmers tekniska högskola",
        district: "JO1",
        street: "Chalmers Tvärgata",
        number: 3,
        description: "Universitet",
    },
    Poi {
        name: "Clarion Hotel Malmö Live",
        district: "MC1",
        street: "Dag Hammarskjölds torg",
        number: 2,
        description: "Hotell",
    },
    Poi {
        name: "Hilton Malmö City", district: "MO1", street: "Triangeln", number: 2, description: "Hotell"
    },
    Poi {
        name: "Turning Torso",
        district: "VH1",
        street: "Lilla Varvsgatan",
        number: 14,
        description: "Kontor och bostäder",
    },
    Poi {
        name: "Radisson Blu Hotel Uppsala",
        district: "UC1",
        street: "Stationsgatan",
        number: 4,
        description: "Hotell",
    },
    Poi {
        name: "Clarion Hotel Gillet",
        district: "UC1",
        street: "Dragarbrunnsgatan",
        number: 23,
        description: "Hotell",
    },
    Poi {
        name: "Uppsala universitet, Universitetshuset",
        district: "UC1",
        street: "Övre Slottsgatan",
        number: 2,
        description: "Universitet",
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_district_table_reads_whole() {
        let districts = parse_districts(DISTRICTS_TEXT).expect("the table is well formed");
        assert_eq!(districts.len(), 27);
        assert_eq!(districts.iter().map(|d| d.streets.len()).sum::<usize>(), 541);
        let kungsholmen = districts.iter().find(|d| d.code == "KU8").unwrap();
        assert_eq!((kungsholmen.name, kungsholmen.zip), ("Kungsholmen (Stockholm)", 11220));
        assert_eq!(kungsholmen.streets[0], "Drottningholmsvägen");
    }

    #[test]
    fn a_damaged_table_says_where() {
        assert!(parse_districts("Sveavägen\n").unwrap_err().contains("line 1"));
        assert!(parse_districts("= A | B | C | 111 | north | 18.0\n").unwrap_err().contains("latitude"));
        assert!(parse_districts("= A | B | C\n").unwrap_err().contains("six fields"));
    }
}
