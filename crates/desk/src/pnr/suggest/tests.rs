use super::*;

fn pnr(elements: &str) -> pnr::Pnr {
    let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 2).expect("a date");
    pnr::read_amadeus(&format!("RP/STOS12345/STOS12345  AA/SU  25NOV26/1012Z   QX7Z2K\n{elements}"), today)
}

fn legs(pnr: &pnr::Pnr) -> Vec<String> {
    let (found, _) = candidates(pnr);
    let home = home(pnr);
    found
        .iter()
        .map(|c| c.leg(&LeadTimes::default(), home))
        .map(|l| {
            format!(
                "{} {} {} {} pickup {} ({} min) {} {}{}",
                l.flight,
                if l.arrival { "from" } else { "to" },
                l.airport,
                l.at.to_rfc3339(),
                l.pickup.to_rfc3339(),
                l.lead_minutes,
                l.connection.other_code,
                l.connection.other_time.map_or("?".into(), |t| t.to_rfc3339()),
                if l.home { " home" } else { "" },
            )
        })
        .collect()
}

fn left(pnr: &pnr::Pnr) -> Vec<(String, NoTransfer)> {
    candidates(pnr).1.into_iter().map(|l| (l.flight, l.why)).collect()
}

#[test]
fn out_and_home_through_arlanda_gives_a_car_each_way() {
    let pnr = pnr("  1.OBERG/KARIN MRS
  2  SK 527 M 10DEC 4 ARNLHR HK1  0640 0840  10DEC  E  SK/QX7Z2K
  3  SK 530 M 14DEC 1 LHRARN HK1  1700 2035  14DEC  E  SK/QX7Z2K");
    assert_eq!(
        legs(&pnr),
        [
            "SK527 to ARN 2026-12-10T06:40:00+01:00 pickup 2026-12-10T03:55:00+01:00 (165 min) LHR 2026-12-10T08:40:00+00:00 home",
            "SK530 from ARN 2026-12-14T20:35:00+01:00 pickup 2026-12-14T21:15:00+01:00 (40 min) LHR 2026-12-14T17:00:00+00:00 home",
        ]
    );
    assert!(left(&pnr).is_empty());
}

#[test]
fn a_domestic_trip_has_cars_at_both_swedish_ends_and_home_is_where_it_starts() {
    let pnr = pnr("  1.OBERG/KARIN MRS
  2  SK1415 Y 02DEC 3 ARNGOT HK1  0710 0815  02DEC  E  SK/QX7Z2K
  3  SK1416 Y 04DEC 5 GOTARN HK1  1800 1905  04DEC  E  SK/QX7Z2K");
    assert_eq!(
        legs(&pnr),
        [
            "SK1415 to ARN 2026-12-02T07:10:00+01:00 pickup 2026-12-02T05:10:00+01:00 (120 min) GOT 2026-12-02T08:15:00+01:00 home",
            "SK1415 from GOT 2026-12-02T08:15:00+01:00 pickup 2026-12-02T08:35:00+01:00 (20 min) ARN 2026-12-02T07:10:00+01:00",
            "SK1416 to GOT 2026-12-04T18:00:00+01:00 pickup 2026-12-04T16:15:00+01:00 (105 min) ARN 2026-12-04T19:05:00+01:00",
            "SK1416 from ARN 2026-12-04T19:05:00+01:00 pickup 2026-12-04T19:25:00+01:00 (20 min) GOT 2026-12-04T18:00:00+01:00 home",
        ]
    );
}

#[test]
fn a_change_of_planes_needs_no_car_and_says_so() {
    let pnr = pnr("  1.PERSSON/OLA MR
  2  SK 015 Y 05DEC 6 UMEARN HK1  0600 0705  05DEC  E  SK/QX7Z2K
  3  SK 903 Y 05DEC 6 ARNEWR HK1  1050 1335  05DEC  E  SK/QX7Z2K");
    assert_eq!(
        legs(&pnr),
        [
            "SK015 to UME 2026-12-05T06:00:00+01:00 pickup 2026-12-05T04:15:00+01:00 (105 min) ARN 2026-12-05T07:05:00+01:00 home",
        ]
    );
    assert_eq!(
        left(&pnr),
        [("SK015".into(), NoTransfer::ChangeOfPlanes), ("SK903".into(), NoTransfer::ChangeOfPlanes)]
    );
}

#[test]
fn flights_abroad_and_unconfirmed_ones_are_left_with_why() {
    let pnr = pnr("  1.MEYER/JONAS MR
  2  LH 400 Y 10DEC 4 FRAJFK HK1  1010 1240  10DEC  E  LH/QX7Z2K
  3  SK1415 Y 12DEC 6 ARNGOT HL1  0710 0815
  4  SK1417 Y 12DEC 6 ARNGOT UN1  0910 1015");
    assert!(legs(&pnr).is_empty());
    assert_eq!(
        left(&pnr),
        [
            ("SK1417".into(), NoTransfer::NotConfirmed),
            ("LH400".into(), NoTransfer::Abroad),
            ("SK1415".into(), NoTransfer::NotConfirmed),
        ]
    );
    assert_eq!(home(&pnr), None);
}

#[test]
fn an_airport_of_its_own_sets_the_departure_lead() {
    let pnr = pnr("  1.OBERG/KARIN MRS\n  2  SK 101 Y 03DEC 4 BMAGOT HK1  0700 0800");
    assert_eq!(
        legs(&pnr)[0],
        "SK101 to BMA 2026-12-03T07:00:00+01:00 pickup 2026-12-03T05:45:00+01:00 (75 min) GOT 2026-12-03T08:00:00+01:00 home"
    );
}
