//! The zone of an airport by its IATA code, for the airports Swedish travellers fly from and to:
//! a PNR gives local times, FTBook wants them with their offset. An airport not listed has no
//! zone here, and its times are left for the agent to give rather than guessed.

use chrono::{DateTime, FixedOffset, NaiveDateTime, TimeZone};
use chrono_tz::Tz;

/// Swedish airports (all `Europe/Stockholm`).
const SWEDISH: &[&str] = &[
    "AGH", "AJR", "ARN", "BMA", "EVG", "GEV", "GOT", "GVX", "HAD", "HMV", "HUV", "JKG", "KID", "KLR", "KRF",
    "KRN", "KSD", "KVB", "LLA", "LPI", "LYC", "MMX", "MXX", "NRK", "NYO", "OER", "ORB", "OSD", "PJA", "RNB",
    "SDL", "SFT", "SOO", "THN", "TYF", "UME", "VBY", "VHM", "VST", "VXO",
];

/// Other airports by zone.
const ABROAD: &[(Tz, &[&str])] = &[
    (Tz::Europe__London, &["LHR", "LGW", "STN", "LTN", "LCY", "MAN", "EDI", "BHX", "GLA"]),
    (Tz::Europe__Dublin, &["DUB"]),
    (Tz::Europe__Paris, &["CDG", "ORY", "NCE", "LYS", "MRS", "TLS"]),
    (Tz::Europe__Amsterdam, &["AMS"]),
    (Tz::Europe__Brussels, &["BRU", "CRL"]),
    (Tz::Europe__Berlin, &["BER", "FRA", "MUC", "HAM", "DUS", "STR", "CGN", "HAJ"]),
    (Tz::Europe__Zurich, &["ZRH", "GVA", "BSL"]),
    (Tz::Europe__Vienna, &["VIE"]),
    (Tz::Europe__Copenhagen, &["CPH", "BLL", "AAL", "AAR"]),
    (Tz::Europe__Oslo, &["OSL", "BGO", "TRD", "SVG", "TOS", "BOO"]),
    (Tz::Europe__Helsinki, &["HEL", "TMP", "TKU", "OUL"]),
    (Tz::Europe__Mariehamn, &["MHQ"]),
    (Tz::Europe__Tallinn, &["TLL"]),
    (Tz::Europe__Riga, &["RIX"]),
    (Tz::Europe__Vilnius, &["VNO"]),
    (Tz::Europe__Warsaw, &["WAW", "KRK", "GDN"]),
    (Tz::Europe__Prague, &["PRG"]),
    (Tz::Europe__Budapest, &["BUD"]),
    (Tz::Europe__Madrid, &["MAD", "BCN", "AGP", "PMI", "ALC", "IBZ"]),
    (Tz::Atlantic__Canary, &["LPA", "TFS", "ACE", "FUE"]),
    (Tz::Europe__Lisbon, &["LIS", "OPO", "FAO"]),
    (Tz::Europe__Rome, &["FCO", "MXP", "LIN", "VCE", "NAP", "CTA"]),
    (Tz::Europe__Athens, &["ATH", "HER", "RHO", "CHQ"]),
    (Tz::Europe__Istanbul, &["IST", "SAW", "AYT"]),
    (Tz::Asia__Nicosia, &["LCA"]),
    (Tz::Atlantic__Reykjavik, &["KEF"]),
    (Tz::America__New_York, &["JFK", "EWR", "BOS", "IAD", "MIA"]),
    (Tz::America__Chicago, &["ORD"]),
    (Tz::America__Los_Angeles, &["LAX", "SFO"]),
    (Tz::America__Toronto, &["YYZ"]),
    (Tz::Asia__Dubai, &["DXB"]),
    (Tz::Asia__Qatar, &["DOH"]),
    (Tz::Asia__Bangkok, &["BKK", "HKT"]),
    (Tz::Asia__Singapore, &["SIN"]),
    (Tz::Asia__Tokyo, &["NRT", "HND"]),
    (Tz::Asia__Shanghai, &["PVG", "PEK"]),
    (Tz::Asia__Hong_Kong, &["HKG"]),
    (Tz::Asia__Kolkata, &["DEL", "BOM"]),
];

/// Whether the airport is in Sweden (a flight between two is domestic).
pub fn is_swedish(code: &str) -> bool {
    SWEDISH.contains(&code)
}

/// The airport's zone, when it is one we know.
pub fn zone(code: &str) -> Option<Tz> {
    if is_swedish(code) {
        return Some(Tz::Europe__Stockholm);
    }
    ABROAD.iter().find(|(_, codes)| codes.contains(&code)).map(|(zone, _)| *zone)
}

/// A local time at the airport with its offset; `None` for an airport not known, and for a
/// time the clock change makes ambiguous or skips.
pub fn at(code: &str, local: NaiveDateTime) -> Option<DateTime<FixedOffset>> {
    let zone = zone(code)?;
    zone.from_local_datetime(&local).single().map(|t| t.fixed_offset())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn local(text: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M").expect("a time")
    }

    #[test]
    fn local_times_get_the_offset_of_their_season() {
        let winter = at("ARN", local("2026-12-02 07:10")).expect("known");
        assert_eq!(winter.to_rfc3339(), "2026-12-02T07:10:00+01:00");
        let summer = at("LHR", local("2026-07-01 09:00")).expect("known");
        assert_eq!(summer.to_rfc3339(), "2026-07-01T09:00:00+01:00");
        // 02:30 on the last Sunday of March does not exist in Stockholm.
        assert_eq!(at("GOT", local("2026-03-29 02:30")), None);
        assert_eq!(at("XXX", local("2026-12-02 07:10")), None);
        assert!(is_swedish("LLA") && !is_swedish("CPH"));
    }
}
