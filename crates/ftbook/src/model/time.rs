//! FTBook's one date form. The documentation gives every date as a string of exactly 25
//! characters (`2014-05-28T22:33:44+02:00`: seconds, no fraction, the offset with a colon).
//! Flygtaxi is Swedish, so times are written in Swedish local time (`Europe/Stockholm`, summer
//! time included), whatever offset the caller's value carries; the instant is unchanged.
//!
//! Reading stays lenient: a reply with milliseconds (`2014-04-25T12:56:57.235+02:00`, as the
//! documentation's own examples show) is still read.

use chrono::Timelike;
use chrono_tz::Europe::Stockholm;

use super::Time;

/// `strftime` form of FTBook's dates.
pub const FORMAT: &str = "%Y-%m-%dT%H:%M:%S%:z";

/// The documented length of every FTBook date.
pub const LENGTH: usize = 25;

/// `time` as FTBook wants it: Swedish local time, whole seconds, 25 characters.
pub fn format(time: &Time) -> String {
    time.with_timezone(&Stockholm).format(FORMAT).to_string()
}

/// Now, in Swedish local time, whole seconds.
pub fn now() -> Time {
    let now = chrono::Utc::now().with_timezone(&Stockholm).fixed_offset();
    now.with_nanosecond(0).unwrap_or(now)
}

/// Whether `text` is in the documented form: 25 characters, readable, seconds and a `±hh:mm`
/// offset. (`Z` and fractions are refused by the length alone.)
pub fn is_documented(text: &str) -> bool {
    text.len() == LENGTH && chrono::DateTime::parse_from_str(text, FORMAT).is_ok()
}

/// `serde(with = ...)` for `Option<Time>` fields: written in the documented form, read leniently.
pub mod opt {
    use serde::{Deserialize, Deserializer, Serializer};

    use super::Time;

    /// Writes `Some(time)` in the documented form (`None` fields are skipped by the structs).
    pub fn serialize<S: Serializer>(time: &Option<Time>, serializer: S) -> Result<S::Ok, S::Error> {
        match time {
            Some(time) => serializer.serialize_str(&super::format(time)),
            None => serializer.serialize_none(),
        }
    }

    /// Reads any ISO 8601 time with an offset.
    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<Time>, D::Error> {
        Option::<Time>::deserialize(deserializer)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> Time {
        chrono::DateTime::parse_from_rfc3339(text).unwrap()
    }

    #[test]
    fn dates_go_out_in_swedish_local_time_in_exactly_25_characters() {
        let cases = [
            ("2026-12-01T15:40:06.960895724Z", "2026-12-01T16:40:06+01:00", "UTC with nanoseconds, winter"),
            ("2026-07-01T07:00:00Z", "2026-07-01T09:00:00+02:00", "summer time"),
            ("2026-03-29T00:59:59Z", "2026-03-29T01:59:59+01:00", "the last second of winter time"),
            ("2026-03-29T01:00:00Z", "2026-03-29T03:00:00+02:00", "the first of summer time"),
            ("2014-05-28T22:33:44+02:00", "2014-05-28T22:33:44+02:00", "the documentation's example"),
            ("2026-12-01T09:00:00+05:30", "2026-12-01T04:30:00+01:00", "another zone's offset"),
        ];
        for (given, sent, why) in cases {
            let written = format(&at(given));
            assert_eq!(written, sent, "{why}");
            assert_eq!(written.len(), LENGTH, "{why}: every FTBook date is 25 characters");
            assert!(is_documented(&written), "{why}");
        }
    }

    #[test]
    fn only_the_documented_form_is_documented() {
        assert!(is_documented("2014-05-28T22:33:44+02:00"));
        for wrong in [
            "2026-12-01T15:40:06.960895724Z",
            "2014-04-25T12:56:57.235+02:00",
            "2026-12-01T15:40:06Z",
            "2026-12-01T15:40+01:00",
            "2026-12-01 15:40:06+01:00",
            "2026-13-01T15:40:06+01:00",
            "2026-12-01T15:40:06+0100",
        ] {
            assert!(!is_documented(wrong), "{wrong} is not FTBook's date form");
        }
    }

    #[test]
    fn now_is_swedish_and_whole_seconds() {
        let now = now();
        assert_eq!(format(&now).len(), LENGTH);
        assert_eq!(now.timestamp_subsec_nanos(), 0);
        assert!([3600, 7200].contains(&now.offset().local_minus_utc()));
    }
}
