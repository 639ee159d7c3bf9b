//! Amadeus PNR displays as agents paste them, each read whole: every field is in the rendering
//! [`read`] compares, so a field read wrong or not read fails the test.

use super::*;

pub(super) fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 2).expect("a date")
}

/// Everything read, a line per item.
pub(super) fn read(display: &str) -> Vec<String> {
    let pnr = read_amadeus(display, today());
    let mut out = vec![format!(
        "{:?} {} {} {}",
        pnr.gds,
        pnr.locator.as_deref().unwrap_or("-"),
        pnr.office.as_deref().unwrap_or("-"),
        pnr.created.map_or("-".into(), |d| d.to_string())
    )];
    for p in &pnr.passengers {
        out.push(format!(
            "pax {} {:?} {}/{} {} {}",
            p.element,
            p.traveller,
            p.last_name,
            p.first_name,
            p.title.as_deref().unwrap_or("-"),
            p.born.map_or("-".into(), |d| d.to_string())
        ));
    }
    for f in &pnr.flights {
        let at = |t: &Option<DateTime<FixedOffset>>| t.map_or("?".into(), |t| t.to_rfc3339());
        out.push(format!(
            "flight {} {} {} {} {} {} {} {} {:?} {}",
            f.element,
            f.number,
            f.class,
            f.from,
            at(&f.departs_at),
            f.to,
            at(&f.arrives_at),
            f.status,
            f.state,
            f.airline_locator.as_deref().unwrap_or("-")
        ));
        assert_eq!(f.departs_at.map(|t| t.naive_local()).unwrap_or(f.departs), f.departs);
        assert_eq!(f.arrives_at.map(|t| t.naive_local()).unwrap_or(f.arrives), f.arrives);
    }
    for c in &pnr.contacts {
        out.push(format!("contact {} {:?} {} {:?} {}", c.element, c.kind, c.value, c.passengers, c.source));
    }
    for r in &pnr.remarks {
        out.push(format!("remark {} {} {}", r.element, r.code, r.text));
    }
    for u in &pnr.unread {
        out.push(format!("unread {} {:?} {}", u.line, u.why, u.text));
    }
    out
}

#[test]
fn one_traveller_one_flight() {
    let display = "\
RP/STOS12345/STOS12345            AA/SU  25NOV26/1012Z   QX7Z2K
STOS12345/0001AA/25NOV26
  1.OBERG/KARIN MRS
  2  SK1415 Y 02DEC 3 ARNGOT HK1  0710 0815  02DEC  E  SK/QX7Z2K
  3 AP STO 08-123 456 78 - RESEBYRAN AB - A
  4 APM +46701234567/P1
  5 APE KARIN.OBERG@EXAMPLE.SE/P1
  6 TK OK25NOV/STOS12345";
    assert_eq!(
        read(display),
        [
            "Amadeus QX7Z2K STOS12345 2026-11-25",
            "pax 1 Adult Oberg/Karin MRS -",
            "flight 2 SK1415 Y ARN 2026-12-02T07:10:00+01:00 GOT 2026-12-02T08:15:00+01:00 HK1 Confirmed SK/QX7Z2K",
            "contact 3 Agency 0812345678 [] AP",
            "contact 4 Mobile +46701234567 [1] APM",
            "contact 5 Email karin.oberg@example.se [1] APE",
            "remark 6 TK OK25NOV/STOS12345",
        ]
    );
}

#[test]
fn two_travellers_out_and_home_with_three_digit_flights() {
    let display = "\
RP/STOS12345/STOS12345            AA/SU  20NOV26/0815Z   R7KLMN
  1.LINDQVIST/ANNA MRS   2.LINDQVIST/JOHAN MR
  3  SK 527 M 10DEC 4 ARNLHR HK2  0640 0840  10DEC  E  SK/R7KLMN
  4  SK 530 M 14DEC 1 LHRARN HK2  1700 2035  14DEC  E  SK/R7KLMN
  5 APM +46 70 765 43 21/P1
  6 APM +46 73 111 22 33/P2
  7 APE ANNA.LINDQVIST@FORETAGET.SE/P1";
    assert_eq!(
        read(display),
        [
            "Amadeus R7KLMN STOS12345 2026-11-20",
            "pax 1 Adult Lindqvist/Anna MRS -",
            "pax 2 Adult Lindqvist/Johan MR -",
            "flight 3 SK527 M ARN 2026-12-10T06:40:00+01:00 LHR 2026-12-10T08:40:00+00:00 HK2 Confirmed SK/R7KLMN",
            "flight 4 SK530 M LHR 2026-12-14T17:00:00+00:00 ARN 2026-12-14T20:35:00+01:00 HK2 Confirmed SK/R7KLMN",
            "contact 5 Mobile +46707654321 [1] APM",
            "contact 6 Mobile +46731112233 [2] APM",
            "contact 7 Email anna.lindqvist@foretaget.se [1] APE",
        ]
    );
}

#[test]
fn an_infant_on_a_lap_and_a_child_with_their_birth_dates() {
    let display = "\
RP/GOTS28100/GOTS28100            BB/SU  01DEC26/1403Z   M4XQ2P
  1.NILSSON/SARA MRS(INF/ELLA/12MAR26)   2.NILSSON/LEO MSTR(CHD/05JUN19)
  3  SK 164 Y 18DEC 5 GOTARN HK2  0600 0655  18DEC  E  SK/M4XQ2P
  4 APM 0709876543/P1
  5 SSR INFT SK HK1 NILSSON/ELLA 12MAR26/S3/P1
  6 SSR CHLD SK HK1 05JUN19/P2";
    assert_eq!(
        read(display),
        [
            "Amadeus M4XQ2P GOTS28100 2026-12-01",
            "pax 1 Adult Nilsson/Sara MRS -",
            "pax 1 Infant Nilsson/Ella - 2026-03-12",
            "pax 2 Child Nilsson/Leo MSTR 2019-06-05",
            "flight 3 SK164 Y GOT 2026-12-18T06:00:00+01:00 ARN 2026-12-18T06:55:00+01:00 HK2 Confirmed SK/M4XQ2P",
            "contact 4 Mobile 0709876543 [1] APM",
            "remark 5 SSR INFT SK HK1 NILSSON/ELLA 12MAR26/S3/P1",
            "remark 6 SSR CHLD SK HK1 05JUN19/P2",
        ]
    );
}

#[test]
fn an_infant_with_a_last_name_of_its_own() {
    let display = "\
RP/MMXS21200/MMXS21200            CC/SU  28NOV26/0900Z   K2LMPQ
  1.HANSEN/LINE MS(INFBERG/MAJA/01SEP26)
  2  DY 4161 Y 20DEC 7 CPHARN HK1  1005 1115  20DEC  E  DY/K2LMPQ";
    assert_eq!(
        read(display),
        [
            "Amadeus K2LMPQ MMXS21200 2026-11-28",
            "pax 1 Adult Hansen/Line MS -",
            "pax 1 Infant Berg/Maja - 2026-09-01",
            "flight 2 DY4161 Y CPH 2026-12-20T10:05:00+01:00 ARN 2026-12-20T11:15:00+01:00 HK1 Confirmed DY/K2LMPQ",
        ]
    );
}

#[test]
fn an_arrival_the_next_day_written_plus_one() {
    let display = "\
RP/STOS12345/STOS12345            AA/SU  30NOV26/1530Z   TH8ZXC
  1.SVENSSON/ERIK MR
  2  TG 961 C 05DEC 6 ARNBKK HK1  2230 1445+1  *1A/E*";
    assert_eq!(
        read(display),
        [
            "Amadeus TH8ZXC STOS12345 2026-11-30",
            "pax 1 Adult Svensson/Erik MR -",
            "flight 2 TG961 C ARN 2026-12-05T22:30:00+01:00 BKK 2026-12-06T14:45:00+07:00 HK1 Confirmed -",
        ]
    );
}

#[test]
fn an_arrival_the_next_day_written_as_its_own_date() {
    let display = "\
RP/STOS12345/STOS12345            AA/SU  30NOV26/1530Z   TH8ZXC
  1.SVENSSON/ERIK MR
  2  TG 960 C 06DEC 7 BKKARN HK1  2355 0610  07DEC  E  TG/8HJKLM";
    assert_eq!(
        read(display)[2],
        "flight 2 TG960 C BKK 2026-12-06T23:55:00+07:00 ARN 2026-12-07T06:10:00+01:00 HK1 Confirmed TG/8HJKLM"
    );
}

/// A line the screen cut (64 columns: the DOCS line) goes on without a space; a shorter one
/// (the remark, wrapped at a word) with one.
#[test]
fn wrapped_elements_over_two_and_three_lines() {
    let display = "\
RP/STOS12345/STOS12345            AA/SU  25NOV26/1012Z   WR4PQT
  1.LINDQVIST-BERG/ANNA-KARIN MRS(INFLINDQVIST-BERG/ELSA
       /12MAR26)
  2  SK1415 Y 02DEC 3 ARNGOT HK1  0710 0815  02DEC  E
       SK/WR4PQT
  3 SSR DOCS SK HK1 P/SE/12345678/SE/12MAY80/F/31DEC30/LINDQVIST
       -BERG/ANNA-KARIN/P1
  4 RM TRAVELLER PREFERS A QUIET CAR AND WANTS THE DRIVER
       TO CALL FIFTEEN MINUTES BEFORE ARRIVAL AT THE ADDRESS
       GIVEN IN THE BOOKING";
    assert_eq!(
        read(display),
        [
            "Amadeus WR4PQT STOS12345 2026-11-25",
            "pax 1 Adult Lindqvist-Berg/Anna-Karin MRS -",
            "pax 1 Infant Lindqvist-Berg/Elsa - 2026-03-12",
            "flight 2 SK1415 Y ARN 2026-12-02T07:10:00+01:00 GOT 2026-12-02T08:15:00+01:00 HK1 Confirmed SK/WR4PQT",
            "remark 3 SSR DOCS SK HK1 P/SE/12345678/SE/12MAY80/F/31DEC30/LINDQVIST-BERG/ANNA-KARIN/P1",
            "remark 4 RM TRAVELLER PREFERS A QUIET CAR AND WANTS THE DRIVER TO CALL FIFTEEN MINUTES BEFORE ARRIVAL AT THE ADDRESS GIVEN IN THE BOOKING",
        ]
    );
}

#[test]
fn swedish_letters_in_names_and_airline_coded_addresses() {
    let display = "\
RP/UMES22100/UMES22100            DD/SU  02DEC26/0700Z   AAQ9WE
  1.ÅSTRÖM/BJÖRN MR   2.ÄNGQVIST/MÄRTA ÅSA MRS
  3  SK2011 Y 08DEC 2 UMEARN HK2  0650 0800  08DEC  E  SK/AAQ9WE
  4 SSR CTCE SK HK1 BJORN..ASTROM//EXEMPEL.SE/P1
  5 SSR CTCM SK HK1 46705550101/P1
  6 OSI SK CTCM 46705550202 MARTA";
    assert_eq!(
        read(display),
        [
            "Amadeus AAQ9WE UMES22100 2026-12-02",
            "pax 1 Adult Åström/Björn MR -",
            "pax 2 Adult Ängqvist/Märta Åsa MRS -",
            "flight 3 SK2011 Y UME 2026-12-08T06:50:00+01:00 ARN 2026-12-08T08:00:00+01:00 HK2 Confirmed SK/AAQ9WE",
            "contact 4 Email bjorn_astrom@exempel.se [1] SSR CTCE",
            "contact 5 Mobile 46705550101 [1] SSR CTCM",
            "contact 6 Mobile 46705550202 [] OSI",
        ]
    );
}

#[test]
fn a_pnr_with_no_swedish_airport_is_read_all_the_same() {
    let display = "\
RP/STOS12345/STOS12345            AA/SU  25NOV26/1012Z   LH4JFK
  1.MEYER/JONAS MR
  2  LH 400 Y 10DEC 4 FRAJFK HK1  1010 1240  10DEC  E  LH/LH4JFK";
    let pnr = read_amadeus(display, today());
    assert!(pnr.flights.iter().all(|f| !airports::is_swedish(&f.from) && !airports::is_swedish(&f.to)));
    assert_eq!(
        read(display)[2],
        "flight 2 LH400 Y FRA 2026-12-10T10:10:00+01:00 JFK 2026-12-10T12:40:00-05:00 HK1 Confirmed LH/LH4JFK"
    );
}

#[test]
fn a_damaged_pnr_says_what_it_could_not_read_beside_what_it_read() {
    let display = "\
RP/STOS12345/STOS12345            AA/SU  25NOV26/1012Z   QX7Z2K
  1.OBERG/KARIN MRS   2.OBERG KARIN
Fwd: your booking
  3  SK1415 Y 02DEC 3 ARNGOT HK1
  4  SK1416 Y 31NOV 1 GOTARN HK1  1800 1905
  5  SK1417 Y 09DEC 3 GOTARN HK1  1800 1905  09DEC
  6 ZZ SOMETHING ELSE
  7 APM 0701234567/P1";
    assert_eq!(
        read(display),
        [
            "Amadeus QX7Z2K STOS12345 2026-11-25",
            "pax 1 Adult Oberg/Karin MRS -",
            "flight 5 SK1417 Y GOT 2026-12-09T18:00:00+01:00 ARN 2026-12-09T19:05:00+01:00 HK1 Confirmed -",
            "contact 7 Mobile 0701234567 [1] APM",
            "unread 2 NameUnclear 2.OBERG KARIN",
            "unread 3 NotAnElement Fwd: your booking",
            "unread 4 FlightIncomplete 3 SK1415 Y 02DEC 3 ARNGOT HK1",
            "unread 5 DateUnclear 4 SK1416 Y 31NOV 1 GOTARN HK1  1800 1905",
            "unread 7 UnknownElement 6 ZZ SOMETHING ELSE",
        ]
    );
}

#[test]
fn surface_gaps_and_a_domestic_chain() {
    let display = "\
RP/STOS12345/STOS12345            AA/SU  25NOV26/1012Z   ARNK42
  1.PERSSON/OLA MR
  2  SK 006 Y 03DEC 4 ARNLLA HK1  0800 0925  03DEC  E  SK/ARNK42
  3  ARNK
  4  SK 015 Y 05DEC 6 UMEARN HK1  1930 2035  05DEC  E  SK/ARNK42";
    assert_eq!(
        read(display),
        [
            "Amadeus ARNK42 STOS12345 2026-11-25",
            "pax 1 Adult Persson/Ola MR -",
            "flight 2 SK006 Y ARN 2026-12-03T08:00:00+01:00 LLA 2026-12-03T09:25:00+01:00 HK1 Confirmed SK/ARNK42",
            "flight 4 SK015 Y UME 2026-12-05T19:30:00+01:00 ARN 2026-12-05T20:35:00+01:00 HK1 Confirmed SK/ARNK42",
            "remark 3 ARNK ",
        ]
    );
}

#[test]
fn without_a_header_the_flights_are_dated_from_today() {
    let display = "\
  1.OBERG/KARIN MRS
  2  SK1415 Y 03DEC ARNGOT HK1  0710 0815
  3  SK1416 Y 01DEC GOTARN HK1  1800 1905";
    assert_eq!(
        read(display),
        [
            "Amadeus - - -",
            "pax 1 Adult Oberg/Karin MRS -",
            "flight 2 SK1415 Y ARN 2026-12-03T07:10:00+01:00 GOT 2026-12-03T08:15:00+01:00 HK1 Confirmed -",
            // Yesterday's flight is yesterday's, not next year's.
            "flight 3 SK1416 Y GOT 2026-12-01T18:00:00+01:00 ARN 2026-12-01T19:05:00+01:00 HK1 Confirmed -",
        ]
    );
}

#[test]
fn card_numbers_are_masked_wherever_they_are_kept() {
    let display = "\
RP/STOS12345/STOS12345            AA/SU  25NOV26/1012Z   CARD42
  1.OBERG/KARIN MRS
  2 SSR FOID SK HK1 CCVI4111111111111111/P1
  3 FP CCVI4111111111111111/1228*CV/AAPS1OK
  4 QQ CCVI4111111111111111";
    let pnr = read_amadeus(display, today());
    assert!(!format!("{pnr:?}").contains("411111111111"), "a card number rests in the reading");
    assert_eq!(
        read(display)[2..],
        [
            "remark 2 SSR FOID SK HK1 CCVIXXXXXXXXXXXX1111/P1",
            "remark 3 FP CCVIXXXXXXXXXXXX1111/1228*CV/AAPS1OK",
            "unread 5 UnknownElement 4 QQ CCVIXXXXXXXXXXXX1111",
        ]
    );
}

#[test]
fn segment_states_from_their_status_codes() {
    let display = "\
RP/STOS12345/STOS12345            AA/SU  25NOV26/1012Z   STAT42
  1.OBERG/KARIN MRS
  2  SK1415 Y 02DEC 3 ARNGOT HL1  0710 0815
  3  SK1417 Y 02DEC 3 ARNGOT UN1  0910 1015
  4  SK1419 Y 02DEC 3 ARNGOT KK1  1110 1215
  5  SK1421 Y 02DEC 3 ARNGOT ZZ1  1310 1415";
    let states: Vec<_> = read_amadeus(display, today()).flights.iter().map(|f| f.state).collect();
    use SegmentState::*;
    assert_eq!(states, [Waiting, Cancelled, Confirmed, Waiting]);
}

#[test]
fn the_terminals_echo_banner_prompt_and_page_marks_are_not_elements() {
    let display = "\
>RTQX7Z2K
--- TST RLR SFP ---
RP/STOS12345/STOS12345            AA/SU  25NOV26/1012Z   QX7Z2K
  1.OBERG/KARIN MRS
  2  SK1415 Y 02DEC 3 ARNGOT HK1  0710 0815  02DEC  E  SK/QX7Z2K
  3 APM +46701234567/P1                                        )
>";
    let pnr = read_amadeus(display, today());
    assert!(pnr.unread.is_empty(), "{:?}", pnr.unread);
    assert_eq!(pnr.contacts.len(), 1);
    assert_eq!(pnr.flights.len(), 1);
}

mod travellers;
