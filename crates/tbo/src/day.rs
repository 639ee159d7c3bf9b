//! The token's day, as the seed states it:
//!
//! - one token a day, valid from 00:00 to 23:59 in the supplier's time zone;
//! - at midnight, a booking under way with yesterday's token may finish with it;
//! - after 00:02 no booking may be started with yesterday's token;
//! - never a token per search.
//!
//! So a token of day D may *start* work until 00:02 of day D+1 and *finish* work at any time.

use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use chrono_tz::Tz;

/// The minute after midnight until which yesterday's token may still start work.
pub fn grace_end() -> NaiveTime {
    NaiveTime::from_hms_opt(0, 2, 0).unwrap_or(NaiveTime::MIN)
}

/// The supplier's day at `now`.
pub fn supplier_day(now: DateTime<Utc>, zone: Tz) -> NaiveDate {
    now.with_timezone(&zone).date_naive()
}

/// Whether a token of `token_day` may start new work at `now`.
pub fn may_start_work(token_day: NaiveDate, now: DateTime<Utc>, zone: Tz) -> bool {
    let local = now.with_timezone(&zone);
    let today = local.date_naive();
    token_day == today || (token_day.succ_opt() == Some(today) && local.time() < grace_end())
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;

    use super::*;

    fn india() -> Tz {
        crate::config::SUPPLIER_ZONE
    }

    /// A moment given in the supplier's local time.
    fn at(day: u32, hour: u32, minute: u32) -> DateTime<Utc> {
        india().with_ymd_and_hms(2026, 11, day, hour, minute, 0).unwrap().with_timezone(&Utc)
    }

    #[test]
    fn which_token_may_start_work_when() {
        let d23 = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        let table = [
            (at(23, 0, 3), true, "a token made at 00:03 serves its day"),
            (at(23, 23, 58), true, "and is still good at 23:58"),
            (at(24, 0, 0), true, "yesterday's token may start work at midnight"),
            (at(24, 0, 1), true, "and at 00:01"),
            (at(24, 0, 2), false, "but not from 00:02"),
            (at(24, 12, 0), false, "nor later that day"),
            (at(22, 23, 0), false, "a token from tomorrow is not for today"),
        ];
        for (now, expected, rule) in table {
            assert_eq!(may_start_work(d23, now, india()), expected, "{rule}");
        }
    }

    #[test]
    fn the_day_is_the_suppliers_not_ours() {
        // 20:00 in Stockholm (UTC+1) on the 23rd is 00:30 on the 24th in India.
        let now = Utc.with_ymd_and_hms(2026, 11, 23, 19, 0, 0).unwrap();
        assert_eq!(supplier_day(now, india()), NaiveDate::from_ymd_opt(2026, 11, 24).unwrap());
    }

    #[test]
    fn a_zone_with_summer_time_moves_the_day_with_it() {
        // A TBO set to Europe/London: 23:30 UTC in July is 00:30 the next day there (BST),
        // while in January it is still 23:30 the same day. A fixed offset gets one of them wrong.
        let london = chrono_tz::Europe::London;
        let july = Utc.with_ymd_and_hms(2026, 7, 1, 23, 30, 0).unwrap();
        let january = Utc.with_ymd_and_hms(2026, 1, 1, 23, 30, 0).unwrap();
        assert_eq!(supplier_day(july, london), NaiveDate::from_ymd_opt(2026, 7, 2).unwrap());
        assert_eq!(supplier_day(january, london), NaiveDate::from_ymd_opt(2026, 1, 1).unwrap());
    }
}
