//! The flight or train a connection trip meets, as FTBook wants it described: `FLIGHT` at an
//! airport and `TRAIN` at a station, `international` when the other end is abroad, and both
//! ends' times as the agent gave them (FTBook marks them required: they are asked for, never
//! invented).

/// The IATA codes of Sweden's airports with scheduled traffic. A connection whose terminal is
/// one of them is a flight; any other terminal FTBook serves (`CST`, `G`, `U` ...) is a station.
/// A flight whose other end is not one of them is international.
pub const SWEDISH_AIRPORTS: [&str; 39] = [
    "AGH", "AJR", "ARN", "BMA", "EVG", "GEV", "GOT", "GSE", "GVX", "HAD", "HFS", "HMV", "HUV", "JKG", "JHB",
    "KID", "KLR", "KRF", "KRN", "KSD", "KVB", "LLA", "LPI", "LYC", "MMX", "MXX", "NRK", "NYO", "OER", "ORB",
    "OSD", "PJA", "RNB", "SCR", "SDL", "SFT", "THN", "UME", "VBY",
];

/// Whether `code` is a Swedish airport.
pub fn is_swedish_airport(code: &str) -> bool {
    let code = code.trim().to_ascii_uppercase();
    SWEDISH_AIRPORTS.contains(&code.as_str())
}

/// FTBook's connection type for a trip at `terminal`: a flight at an airport, else a train.
/// `train` forces a train (a station FTBook knows that has an airport's code).
pub fn kind_at(terminal: &str, train: bool) -> ftbook::model::ConnectionType {
    if train || !is_swedish_airport(terminal) {
        ftbook::model::ConnectionType::Train
    } else {
        ftbook::model::ConnectionType::Flight
    }
}

/// Whether a connection from or to `other` is international when the agent did not say: a
/// flight whose other end is not a Swedish airport. Trains are taken as domestic.
pub fn international_by_default(kind: &ftbook::model::ConnectionType, other: &str) -> bool {
    *kind == ftbook::model::ConnectionType::Flight && !other.trim().is_empty() && !is_swedish_airport(other)
}

#[cfg(test)]
mod tests {
    use super::*;
    use ftbook::model::ConnectionType;

    #[test]
    fn the_terminal_decides_flight_or_train() {
        assert_eq!(kind_at("ARN", false), ConnectionType::Flight);
        assert_eq!(kind_at("got", false), ConnectionType::Flight, "codes are read in any case");
        assert_eq!(kind_at("CST", false), ConnectionType::Train, "Stockholm C is a station");
        assert_eq!(kind_at("G", false), ConnectionType::Train);
        assert_eq!(kind_at("ARN", true), ConnectionType::Train, "the agent may say it is a train");
    }

    #[test]
    fn a_flight_abroad_is_international() {
        assert!(international_by_default(&ConnectionType::Flight, "LHR"), "London is abroad");
        assert!(!international_by_default(&ConnectionType::Flight, "GOT"), "Göteborg is not");
        assert!(!international_by_default(&ConnectionType::Train, "CPH"), "a train is taken as domestic");
        assert!(!international_by_default(&ConnectionType::Flight, " "), "nothing given, nothing guessed");
    }

    #[test]
    fn the_list_holds_distinct_iata_codes() {
        let mut codes = SWEDISH_AIRPORTS.to_vec();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), SWEDISH_AIRPORTS.len());
        assert!(SWEDISH_AIRPORTS.iter().all(|c| c.len() == 3 && c.chars().all(|ch| ch.is_ascii_uppercase())));
    }
}
