//! Dates as a PNR writes them: `02DEC` without a year (a flight; the year is the first such day
//! on or after the PNR's date, checked against the weekday digit when the display gives one),
//! `25NOV26` with one (the header, a birth date), times `0710`.

use chrono::{Datelike, NaiveDate, NaiveTime, TimeDelta};

const MONTHS: [&str; 12] =
    ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];

/// How far back from today a flight without a year may lie, when the PNR's header (which dates
/// it) was not pasted: a flight just flown is still shown for a day or two.
const FLOWN_DAYS: i64 = 3;

/// `02DEC` → (2, 12).
fn day_and_month(text: &str) -> Option<(u32, u32)> {
    if text.len() < 5 || !text.is_char_boundary(2) || !text.is_char_boundary(5) {
        return None;
    }
    let day = text[..2].parse().ok()?;
    let month = MONTHS.iter().position(|m| *m == &text[2..5])?;
    Some((day, u32::try_from(month + 1).ok()?))
}

/// `25NOV26` → 2026-11-25.
pub(crate) fn with_year(text: &str) -> Option<NaiveDate> {
    let (day, month) = day_and_month(text)?;
    let year: i32 = text.get(5..7)?.parse().ok()?;
    if text.len() != 7 {
        return None;
    }
    NaiveDate::from_ymd_opt(2000 + year, month, day)
}

/// A birth date `12MAR16`: in the past century's years when 20yy would be after today.
pub(crate) fn birth_date(text: &str, today: NaiveDate) -> Option<NaiveDate> {
    let date = with_year(text)?;
    if date > today { date.with_year(date.year() - 100) } else { Some(date) }
}

/// A birth date with its whole year (`15JAN1960`, the `IDDOB` form).
pub(crate) fn long_birth_date(text: &str) -> Option<NaiveDate> {
    let (day, month) = day_and_month(text)?;
    let year = text.get(5..9)?.parse().ok()?;
    if text.len() != 9 {
        return None;
    }
    NaiveDate::from_ymd_opt(year, month, day)
}

/// Where a flight without a year is looked for: the PNR's own date, or a few days before today.
pub(crate) fn anchor(created: Option<NaiveDate>, today: NaiveDate) -> NaiveDate {
    created.unwrap_or(today - TimeDelta::days(FLOWN_DAYS))
}

/// A flight's day `02DEC`: the first such day on or after `anchor` whose weekday is `weekday`
/// (Amadeus's digit, 1 = Monday) when it is given. `None` when the day does not exist or no
/// year of the next two fits the weekday.
pub(crate) fn flight_day(text: &str, weekday: Option<u32>, anchor: NaiveDate) -> Option<NaiveDate> {
    let (day, month) = day_and_month(text)?;
    if text.len() != 5 {
        return None;
    }
    (anchor.year()..=anchor.year() + 2)
        .filter_map(|year| NaiveDate::from_ymd_opt(year, month, day))
        .filter(|date| *date >= anchor)
        .find(|date| weekday.is_none_or(|w| date.weekday().number_from_monday() == w))
}

/// A day given after another (an arrival's `03DEC`): the first on or after the day before it.
pub(crate) fn day_after(text: &str, from: NaiveDate) -> Option<NaiveDate> {
    flight_day(text, None, from - TimeDelta::days(1))
}

/// `0710` → 07:10.
pub(crate) fn time(text: &str) -> Option<NaiveTime> {
    if text.len() != 4 || !text.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    NaiveTime::from_hms_opt(text[..2].parse().ok()?, text[2..].parse().ok()?, 0)
}

/// A flight's day as an air segment writes it, with its weekday digit (`10DEC 4`): what a PNR
/// built for a test or a training text holds, read back by [`flight_day`].
pub fn segment_day(date: NaiveDate) -> String {
    format!("{} {}", day_month(date), date.weekday().number_from_monday())
}

/// A day with its year as the header writes it (`25NOV26`).
pub fn header_date(date: NaiveDate) -> String {
    format!("{}{:02}", day_month(date), date.year() % 100)
}

/// `10DEC`.
fn day_month(date: NaiveDate) -> String {
    let month = usize::try_from(date.month0()).ok().and_then(|m| MONTHS.get(m)).copied().unwrap_or("JAN");
    format!("{:02}{month}", date.day())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").expect("a date")
    }

    #[test]
    fn a_flight_day_is_the_next_one_whose_weekday_fits() {
        let anchor = date("2026-11-25");
        assert_eq!(flight_day("02DEC", Some(3), anchor), Some(date("2026-12-02")));
        assert_eq!(flight_day("15JAN", None, anchor), Some(date("2027-01-15")));
        // 15 Jan 2027 is a Friday; a Saturday 15JAN is 2028's.
        assert_eq!(flight_day("15JAN", Some(6), anchor), Some(date("2028-01-15")));
        assert_eq!(flight_day("31FEB", None, anchor), None);
        assert_eq!(flight_day("02XYZ", None, anchor), None);
        assert_eq!(flight_day("29FEB", Some(2), anchor), Some(date("2028-02-29")));
    }

    #[test]
    fn years_and_times() {
        assert_eq!(with_year("25NOV26"), Some(date("2026-11-25")));
        assert_eq!(birth_date("12MAY80", date("2026-12-02")), Some(date("1980-05-12")));
        assert_eq!(birth_date("12MAR26", date("2026-12-02")), Some(date("2026-03-12")));
        assert_eq!(time("0710"), NaiveTime::from_hms_opt(7, 10, 0));
        assert_eq!(time("2460"), None);
        assert_eq!(day_after("01JAN", date("2026-12-31")), Some(date("2027-01-01")));
    }

    #[test]
    fn the_written_forms_read_back() {
        let day = NaiveDate::from_ymd_opt(2026, 12, 10).expect("a day");
        assert_eq!(segment_day(day), "10DEC 4");
        assert_eq!(header_date(day), "10DEC26");
        assert_eq!(with_year(&header_date(day)), Some(day));
        assert_eq!(
            flight_day("10DEC", Some(4), NaiveDate::from_ymd_opt(2026, 12, 1).expect("a day")),
            Some(day)
        );
    }
}
