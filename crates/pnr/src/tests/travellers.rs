//! Several travellers, their names in every form, their contacts, and the reading as JSON.

use super::*;

#[test]
fn four_travellers_over_two_name_lines_with_their_own_contacts() {
    let display = "\
RP/STOS12345/STOS12345            AA/SU  25NOV26/1012Z   FAM4XY
  1.EK/PER MR   2.EK/LISA MRS   3.EK/MOA MISS(CHD/02FEB17)
  4.EK/OLLE MSTR(CHD/20AUG20)
  5  SK 903 Y 21DEC 1 ARNEWR HK4  1050 1335  21DEC  E  SK/FAM4XY
  6 APN M+46701112233/P1
  7 APN E+PER.EK@EXEMPEL.SE/P1-2
  8 APH 08-55 55 55 55/P2";
    assert_eq!(
        read(display),
        [
            "Amadeus FAM4XY STOS12345 2026-11-25",
            "pax 1 Adult Ek/Per MR -",
            "pax 2 Adult Ek/Lisa MRS -",
            "pax 3 Child Ek/Moa MISS 2017-02-02",
            "pax 4 Child Ek/Olle MSTR 2020-08-20",
            "flight 5 SK903 Y ARN 2026-12-21T10:50:00+01:00 EWR 2026-12-21T13:35:00-05:00 HK4 Confirmed SK/FAM4XY",
            "contact 6 Mobile 46701112233 [1] APN",
            "contact 7 Email per.ek@exempel.se [1, 2] APN",
            "contact 8 Phone 0855555555 [2] APH",
        ]
    );
}

#[test]
fn a_weekday_digit_that_fits_no_near_year_is_said_not_guessed() {
    // 29 February on a Monday: not in 2027 or 2028 (a Tuesday).
    let display = "  1.OBERG/KARIN MRS\n  2  SK1415 Y 29FEB 1 ARNGOT HK1  0710 0815";
    assert_eq!(read(display)[2], "unread 2 DateUnclear 2 SK1415 Y 29FEB 1 ARNGOT HK1  0710 0815");
}

#[test]
fn the_travellers_own_contact_comes_before_one_for_all_and_never_the_agencys() {
    let display = "\
  1.OBERG/KARIN MRS   2.OBERG/PER MR
  3 AP STO 08-123 456 78 - A
  4 APM 0701111111
  5 APM 0702222222/P2";
    let pnr = read_amadeus(display, today());
    assert_eq!(pnr.contact(ContactKind::Mobile, 2).map(|c| c.value.as_str()), Some("0702222222"));
    assert_eq!(pnr.contact(ContactKind::Mobile, 1).map(|c| c.value.as_str()), Some("0701111111"));
    assert_eq!(pnr.contact(ContactKind::Phone, 1), None);
    assert_eq!(pnr.passengers[0].gds_name(), "OBERG/KARIN");
}

#[test]
fn every_name_form_of_amadeuss_name_entry() {
    let display = "\
  1.BROWN/SIOBHAN MS(INF//10SEP26)   2.LEAVEY/KIM(INF/ANU)
  3.GERBER/TERRY(CHD)(ID234567)   4.SMITH/JOHN MR(IDDOB15JAN1960)
  5.JONES/TOM(YTH)   6.WATSON/JANE(INS/01MAR26)";
    assert_eq!(
        read(display)[1..],
        [
            "pax 1 Adult Brown/Siobhan MS -",
            "pax 1 Infant Brown/ - 2026-09-10",
            "pax 2 Adult Leavey/Kim - -",
            "pax 2 Infant Leavey/Anu - -",
            "pax 3 Child Gerber/Terry - -",
            "pax 4 Adult Smith/John MR 1960-01-15",
            "pax 5 Adult Jones/Tom - -",
            "pax 6 Infant Watson/Jane - 2026-03-01",
        ]
    );
}

#[test]
fn the_gds_name_folds_what_amadeus_cannot_write() {
    let pnr = read_amadeus("  1.ÅSTRÖM/BJÖRN MR   2.OBERG/KARIN MRS", today());
    assert_eq!(pnr.passengers[0].gds_name(), "ASTROM/BJORN");
    assert_eq!(pnr.passengers[1].gds_name(), "OBERG/KARIN");
}

#[test]
fn a_reading_goes_to_json_as_the_app_reads_it() {
    let pnr = read_amadeus("  1.OBERG/KARIN MRS\n  2  SK1415 Y 03DEC ARNGOT HK1  0710 0815", today());
    let json = serde_json::to_value(&pnr).expect("json");
    assert_eq!(json["gds"], "AMADEUS");
    assert_eq!(json["flights"][0]["departsAt"], "2026-12-03T07:10:00+01:00");
    assert_eq!(json["flights"][0]["departs"], "2026-12-03T07:10:00");
    assert_eq!(json["passengers"][0]["traveller"], "adult");
}
