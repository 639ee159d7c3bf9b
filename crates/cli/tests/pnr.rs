//! `desk pnr parse` and `desk pnr suggest` on a PNR as an agent copies it from Amadeus, out and
//! home through Arlanda, with a line the desk cannot read.

use std::process::{Command, Output};

use chrono::{Duration, Utc};

/// Amadeus's date and weekday digit of a day `days` from now (`10DEC 4`).
fn day(days: i64) -> String {
    pnr::segment_day((Utc::now() + Duration::days(days)).date_naive())
}

fn pnr() -> String {
    format!(
        "RP/STOS12345/STOS12345            AA/SU  {created}/1012Z   R7KLMN
  1.OBERG/KARIN MRS
  2  SK 527 M {out} ARNLHR HK1  0640 0840  E  SK/R7KLMN
  3  SK 530 M {home} LHRARN HK1  1700 2035  E  SK/R7KLMN
  4 APM +46701234567/P1
  5 ZZ NOT AN ELEMENT
",
        created = pnr::header_date((Utc::now() - Duration::days(1)).date_naive()),
        out = day(10),
        home = day(14),
    )
}

fn desk(args: &[&str], data: &std::path::Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_desk"))
        .args(args)
        .env("TRANSFER_DESK_DATA_DIR", data)
        .env_remove("DESK_PROFILE")
        .env("DESK_LANG", "en")
        .output()
        .expect("desk runs")
}

fn json(output: &Output) -> serde_json::Value {
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    serde_json::from_slice(&output.stdout).expect("JSON on standard output")
}

#[test]
fn desk_reads_a_pnr_and_says_what_it_left() {
    let dir = tempfile::tempdir().expect("a directory");
    let file = dir.path().join("pnr.txt");
    std::fs::write(&file, pnr()).expect("written");
    let read = json(&desk(&["pnr", "parse", &file.to_string_lossy(), "--json"], dir.path()));
    assert_eq!(read["locator"], "R7KLMN");
    assert_eq!(read["passengers"][0]["lastName"], "Oberg");
    assert_eq!(read["flights"].as_array().map(Vec::len), Some(2));
    assert_eq!(read["contacts"][0]["value"], "+46701234567");
    assert_eq!(read["unread"][0]["why"], "unknownElement");
    assert_eq!(read["unread"][0]["line"], 6);

    let text = desk(&["pnr", "parse", &file.to_string_lossy()], dir.path());
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(text.contains("An element this desk does not know."), "{text}");
    assert!(text.contains("Karin Oberg"), "{text}");
}

#[test]
fn desk_suggests_a_car_each_way_through_arlanda() {
    let dir = tempfile::tempdir().expect("a directory");
    let file = dir.path().join("pnr.txt");
    std::fs::write(&file, pnr()).expect("written");
    let suggested = json(&desk(&["pnr", "suggest", &file.to_string_lossy(), "--json"], dir.path()));
    let legs = suggested["legs"].as_array().expect("legs");
    assert_eq!(legs.len(), 2, "{suggested:#}");
    assert_eq!((legs[0]["flight"].as_str(), legs[0]["arrival"].as_bool()), (Some("SK527"), Some(false)));
    assert_eq!((legs[1]["flight"].as_str(), legs[1]["arrival"].as_bool()), (Some("SK530"), Some(true)));
    // Arlanda's international lead: 2 h 45 before 06:40; 40 minutes after 20:35.
    assert!(legs[0]["pickup"].as_str().is_some_and(|t| t.contains("T03:55:00")), "{}", legs[0]["pickup"]);
    assert!(legs[1]["pickup"].as_str().is_some_and(|t| t.contains("T21:15:00")), "{}", legs[1]["pickup"]);
    assert_eq!(suggested["traveller"]["uniqueSrc"], "TD:STOS12345");
    assert_eq!(suggested["traveller"]["uniqueId"], "OBERG/KARIN");
    assert_eq!(suggested["traveller"]["phone"], "+46701234567");
}
