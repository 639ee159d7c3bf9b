//! `desk` as a new user runs it from `desk --help`, against `desk sandbox`: both FTBook flows, a
//! FASTTRAK quote-and-book, history, cancel, and the exit codes.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Output, Stdio};

use chrono::{Duration, Utc};

struct Sandbox {
    child: Child,
    url: String,
}

impl Drop for Sandbox {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn sandbox() -> Sandbox {
    let mut child = Command::new(env!("CARGO_BIN_EXE_desk"))
        .args(["sandbox", "--port", "0"])
        .stdout(Stdio::piped())
        .spawn()
        .expect("desk sandbox starts");
    let stdout = child.stdout.take().expect("its output");
    let mut first = String::new();
    BufReader::new(stdout).read_line(&mut first).expect("a first line");
    let url = first.split_whitespace().nth(2).expect("Sandbox on http://…").to_owned();
    assert!(url.starts_with("http://127.0.0.1:"), "{first}");
    Sandbox { child, url }
}

struct Desk {
    data: tempfile::TempDir,
    sandbox: Sandbox,
}

impl Desk {
    fn run(&self, args: &[&str]) -> Output {
        Command::new(env!("CARGO_BIN_EXE_desk"))
            .args(["--sandbox-url", &self.sandbox.url])
            .args(args)
            .env("TRANSFER_DESK_DATA_DIR", self.data.path())
            .env_remove("DESK_PROFILE")
            .env("DESK_LANG", "en")
            .output()
            .expect("desk runs")
    }

    /// Runs and expects success; the standard output.
    fn ok(&self, args: &[&str]) -> String {
        let output = self.run(args);
        let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
        assert!(
            output.status.success(),
            "desk {args:?} failed ({:?}):\n{stdout}\n{}",
            output.status.code(),
            String::from_utf8_lossy(&output.stderr)
        );
        stdout
    }

    fn json(&self, args: &[&str]) -> serde_json::Value {
        let mut with_json = vec!["--json"];
        with_json.extend_from_slice(args);
        serde_json::from_str(&self.ok(&with_json)).expect("--json prints JSON")
    }
}

fn desk() -> Desk {
    Desk { data: tempfile::tempdir().expect("a directory"), sandbox: sandbox() }
}

fn at(days: i64, hour: u32) -> String {
    let day = (Utc::now() + Duration::days(days)).date_naive();
    format!("{}T{hour:02}:00+01:00", day.format("%Y-%m-%d"))
}

#[test]
fn help_names_every_command_and_the_exit_codes() {
    let output = Command::new(env!("CARGO_BIN_EXE_desk")).arg("--help").output().expect("desk runs");
    let help = String::from_utf8_lossy(&output.stdout);
    for command in [
        "sandbox",
        "services",
        "streets",
        "locations",
        "availability",
        "quote",
        "book",
        "segments",
        "cancel",
        "complete",
        "history",
        "show",
        "sync",
        "tbo",
        "voucher",
        "export",
        "pnr",
    ] {
        assert!(help.contains(&format!("\n  {command} ")), "--help lists {command}:\n{help}");
    }
    assert!(help.contains("Exit codes: 0 success, 1 refused"), "{help}");
    let usage =
        Command::new(env!("CARGO_BIN_EXE_desk")).args(["quote", "--bogus"]).output().expect("desk runs");
    assert_eq!(usage.status.code(), Some(2), "a usage error exits 2");
}

#[test]
fn the_connection_flow_then_history_and_cancel() {
    let desk = desk();
    let departure = at(3, 9);
    let services =
        desk.ok(&["services", "--connection", "ARN", "--direction", "departure", "--date", &departure]);
    assert!(services.contains("Taxi"), "{services}");
    let streets = desk.ok(&["streets", "Drottningholmsvägen 37, Stockholm"]);
    assert!(streets.contains("Kungsholmen"), "{streets}");
    let trip = ["--from", "Drottningholmsvägen 37, Stockholm", "--to", "ARN", "--departure", &departure];
    let quote = desk.ok(&[&["quote"][..], &trip[..]].concat());
    assert!(
        quote.contains("Private taxi") && quote.contains("679.00 SEK") && quote.contains("Van"),
        "{quote}"
    );

    let booked = desk.json(
        &[
            &["book"][..],
            &trip[..],
            &[
                "--product",
                "VTAX",
                "--first-name",
                "Karin",
                "--last-name",
                "Öberg",
                "--phone",
                "+46 70-123 45 67",
            ],
            &["--flight", "SK1415", "--flight-to", "GOT", "--flight-time", &at(3, 10), "--amadeus", "QX7Z2K"],
        ]
        .concat(),
    );
    let ftresid = booked["booking"]["segments"][0]["segmentRef"].as_str().expect("an ftresid").to_owned();
    assert_eq!(booked["booking"]["segments"][0]["price"], "679.00");

    let history = desk.ok(&["history", "oberg"]);
    assert!(history.contains("Karin Öberg") && history.contains(&ftresid), "{history}");
    let shown = desk.json(&["show", "QX7Z2K"]);
    assert_eq!(shown["segments"][0]["segmentRef"], ftresid.as_str(), "found by its Amadeus locator");
    let segments = desk.json(&["segments", shown["reference"].as_str().expect("a reference")]);
    assert_eq!(
        segments["segments"][0]["reply"]["ftresid"],
        ftresid.as_str(),
        "refreshed from FTBook: the booking as the history now holds it, with FTBook's own reply"
    );

    // The voucher and the export, from the history, written where told.
    let pdf = desk.data.path().join("voucher.pdf");
    let written = desk.json(&["voucher", &ftresid, "--out", &pdf.to_string_lossy(), "--language", "sv"]);
    assert_eq!(written["rows"], 1);
    assert!(std::fs::read(&pdf).expect("the voucher").starts_with(b"%PDF-"), "a PDF");
    let csv = desk.data.path().join("history.csv");
    let said = desk.ok(&["export", "--format", "csv", "--out", &csv.to_string_lossy(), "oberg"]);
    assert!(said.contains("Trips written: 1,"), "{said}");
    let text = std::fs::read_to_string(&csv).expect("the CSV");
    assert!(text.contains(&ftresid) && text.contains("679.00") && text.contains("Karin Öberg"), "{text}");
    let xlsx = desk.data.path().join("history.xlsx");
    let written = desk.json(&["export", "--format", "xlsx", "--out", &xlsx.to_string_lossy(), "QX7Z2K"]);
    assert_eq!(written["rows"], 1);
    assert!(std::fs::read(&xlsx).expect("the workbook").starts_with(b"PK"), "an Excel workbook (a zip)");
    assert_eq!(
        desk.run(&["export", "--format", "pdf", "--out", "x"]).status.code(),
        Some(2),
        "a usage error"
    );

    let cancelled = desk.json(&["cancel", &ftresid]);
    assert_eq!(cancelled["segments"][0]["cancelled"], true);
    assert_eq!(desk.run(&["cancel", &ftresid]).status.code(), Some(0), "cancelling again is fine");
}

#[test]
fn the_regular_taxi_flow_and_a_refusal_with_its_fault() {
    let desk = desk();
    let pickup = at(2, 14);
    let trip = [
        "--taxi",
        "--from",
        "Sveavägen 10, Stockholm",
        "--to",
        "Hornsgatan 20, Stockholm",
        "--pickup",
        &pickup,
    ];
    let offers = desk.ok(&[&["availability"][..], &trip[..]].concat());
    assert!(offers.contains("STAX"), "{offers}");
    let booked = desk.json(
        &[
            &["book"][..],
            &trip[..],
            &["--product", "STAX", "--first-name", "Per", "--last-name", "Ek", "--phone", "0701112233"],
        ]
        .concat(),
    );
    assert_eq!(booked["booking"]["segments"][0]["product"], "Sverigetaxi");
    let refused = desk.run(
        &[
            &["book"][..],
            &trip[..],
            &["--product", "STAX", "--first-name", "Per", "--last-name", "Ek", "--phone", "phone?"],
        ]
        .concat(),
    );
    assert_eq!(refused.status.code(), Some(1), "a refusal exits 1");
    let said = String::from_utf8_lossy(&refused.stderr);
    assert!(said.contains("[segment.passenger.phone]"), "the fault names its field: {said}");
}

#[test]
fn a_fasttrak_quote_and_book_and_the_tbo_balance() {
    let desk = desk();
    let pickup = at(2, 7);
    let trip = ["--from", "Sveavägen 10, Stockholm", "--to", "ARN", "--pickup", &pickup, "--passengers", "5"];
    let quote = desk.json(&[&["quote"][..], &trip[..]].concat());
    let names: Vec<&str> =
        quote["offers"].as_array().expect("offers").iter().filter_map(|o| o["name"].as_str()).collect();
    assert!(names.contains(&"SUV") && !names.contains(&"Sedan"), "only vehicles for five: {names:?}");
    let booked = desk.json(
        &[
            &["book", "--supplier", "fasttrak", "--vehicle", "SUV"][..],
            &trip[..],
            &["--first-name", "Olof", "--last-name", "Sjöberg", "--phone", "+46701112233"],
        ]
        .concat(),
    );
    assert_eq!(booked["booking"]["supplier"], "fasttrak");
    assert_eq!(booked["booking"]["status"], "Trip_Confirmed");
    let history = desk.ok(&["history", "--supplier", "fasttrak"]);
    assert!(history.contains("Olof Sjöberg") && history.contains("SUV"), "{history}");
    let balance = desk.ok(&["tbo", "balance"]);
    assert!(balance.contains("15234.75"), "{balance}");
}

/// Books `product` for the trip and passenger given and returns the booking as history holds
/// it (the sandbox is strict: what it accepts, the real FTBook would).
fn booked(desk: &Desk, trip: &[&str], product: &str, extra: &[&str]) -> serde_json::Value {
    let passenger = ["--first-name", "Karin", "--last-name", "Öberg", "--phone", "+46 70-123 45 67"];
    desk.json(&[&["book", "--product", product][..], trip, &passenger[..], extra].concat())
}

#[test]
fn every_product_concept_books_from_the_command_line() {
    // Segments carry the product's name as FTBook's createSegment reply gives it (Swedish: the
    // call takes no language); offers are named in the agent's language.
    let desk = desk();
    let (departure, landing) = (at(3, 9), at(3, 10));
    let (arrival, left) = (at(4, 14), at(4, 12));
    let to_arlanda =
        ["--from", "Drottningholmsvägen 37, Stockholm", "--to", "ARN", "--departure", &departure];
    let flight = ["--flight", "SK1415", "--flight-to", "GOT", "--flight-time", &landing];

    // Flygtaxi, shared, with its locked pickup time; Egen TAXI's large car for six.
    let shared = booked(&desk, &[&to_arlanda[..], &["--passengers", "2"]].concat(), "TAXI", &flight);
    assert_eq!(shared["booking"]["segments"][0]["product"], "Flygtaxi");
    let large = booked(&desk, &[&to_arlanda[..], &["--passengers", "6"]].concat(), "VTAX-8", &flight);
    assert_eq!(large["booking"]["segments"][0]["product"], "Egen TAXI Storbil");
    let quote = desk.ok(&[&["quote"][..], &to_arlanda[..]].concat());
    assert!(!quote.contains("Flygbussarna"), "only the Taxi service's products are offered: {quote}");

    // Tågtaxi from Stockholm C: the connection is a train.
    let from_the_train = ["--from", "CST", "--to", "Sveavägen 44, Stockholm", "--arrival", &arrival];
    let train = ["--flight", "SJ523", "--flight-from", "G", "--flight-time", &left];
    let tagtaxi = booked(&desk, &from_the_train, "TTAX", &train);
    let reply = &tagtaxi["booking"]["segments"][0]["reply"];
    assert_eq!(reply["connection"]["type"], "TRAIN", "a station makes a train: {reply}");
    assert_eq!(reply.get("status"), None, "FTBook's reply carries no status");
    assert_eq!(tagtaxi["booking"]["segments"][0]["status"], "BOOKED", "and it is booked, not on hold");

    // Arlanda Express to its Stockholm C stop, identified by card; the card rests masked.
    let express = ["--from", "ARN", "--stop", "CST", "--service", "Train", "--arrival", &arrival];
    let aexp = booked(
        &desk,
        &[&express[..], &["--passengers", "2"]].concat(),
        "AEXP",
        &["--foid", "CCVI4111111111111111"],
    );
    assert_eq!(aexp["booking"]["segments"][0]["product"], "Arlanda Express");
    let text = aexp.to_string();
    assert!(text.contains("CCVI411111XXXXXX1111") && !text.contains("4111111111111111"), "{text}");

    // Flygbussarna to Cityterminalen: an adult books without a child's age; a child needs it.
    let bus =
        ["--from", "ARN", "--stop", "CTY", "--service", "Bus", "--arrival", &arrival, "--passengers", "2"];
    let adult = booked(&desk, &bus, "FLYG", &[]);
    assert_eq!(adult["booking"]["segments"][0]["product"], "Flygbussarna");
    let child = desk.run(
        &[&["book", "--product", "FLYG"][..], &bus[..], &["--first-name", "Ella", "--last-name", "Öberg"]]
            .concat()
            .into_iter()
            .chain(["--phone", "0701234567", "--title", "CHD"])
            .collect::<Vec<_>>(),
    );
    assert_eq!(child.status.code(), Some(1), "a child without an age is refused");
    assert!(
        String::from_utf8_lossy(&child.stderr).contains("1265"),
        "{}",
        String::from_utf8_lossy(&child.stderr)
    );
    booked(&desk, &bus, "FLYG", &["--title", "CHD", "--child-age", "8"]);

    // Åretransfer from Åre Östersund Airport to an address in Åre.
    let are = ["--from", "OSD", "--to", "Årevägen 10, Åre", "--service", "Transfer", "--arrival", &arrival];
    let aret =
        booked(&desk, &are, "ARET", &["--flight", "SK2204", "--flight-from", "ARN", "--flight-time", &left]);
    assert_eq!(aret["booking"]["segments"][0]["product"], "Åretransfer");

    // Luleå's airport ticket to Smedjegatan.
    let ticket = ["--from", "LLA", "--stop", "SMD", "--service", "Ticket", "--arrival", &arrival];
    let ltkt = booked(&desk, &ticket, "LTKT", &[]);
    assert_eq!(ltkt["booking"]["segments"][0]["product"], "Länsbussarna flygbiljett");

    // A flight to London is international, on the wire.
    let london = ["--flight", "BA777", "--flight-to", "LHR", "--flight-time", &landing];
    let abroad = booked(&desk, &to_arlanda, "VTAX", &london);
    assert_eq!(abroad["booking"]["segments"][0]["reply"]["connection"]["international"], true);
}

#[test]
fn a_second_process_on_a_held_data_directory_says_so_and_exits_3() {
    let desk = desk();
    std::fs::create_dir_all(desk.data.path()).expect("the data directory");
    let held =
        desk::lock::DataDirLock::acquire(desk.data.path()).expect("this test holds it, as the app would");
    let refused = desk.run(&["history"]);
    assert_eq!(refused.status.code(), Some(3), "the directory is busy");
    let said = String::from_utf8_lossy(&refused.stderr);
    assert!(said.contains("is using"), "it says why: {said}");
    drop(held);
    assert_eq!(desk.run(&["history"]).status.code(), Some(0), "free once the other process is gone");
}

/// Every front end speaks the language the agent chose in Settings, unless told otherwise: a
/// command's failure is written in it, and so is a refused `--lang`.
#[test]
fn desk_speaks_the_language_settings_keep_unless_told_otherwise() {
    let data = tempfile::tempdir().expect("a directory");
    let show = |lang: Option<&str>| {
        let mut command = Command::new(env!("CARGO_BIN_EXE_desk"));
        command.env("TRANSFER_DESK_DATA_DIR", data.path()).env_remove("DESK_LANG").env_remove("DESK_PROFILE");
        if let Some(lang) = lang {
            command.args(["--lang", lang]);
        }
        let output = command.args(["show", "FT9999999"]).output().expect("desk runs");
        (output.status.code(), String::from_utf8_lossy(&output.stderr).into_owned())
    };
    let (code, said) = show(None);
    assert_eq!(code, Some(1), "{said}");
    assert!(said.contains("FT9999999 finns inte i historiken"), "a new install speaks Swedish: {said}");
    std::fs::write(data.path().join("settings.json"), r#"{"language": "en"}"#).expect("settings written");
    let (_, said) = show(None);
    assert!(said.contains("FT9999999 is not in the history"), "as Settings keeps it: {said}");
    let (_, said) = show(Some("sv"));
    assert!(said.contains("finns inte i historiken"), "--lang wins: {said}");
    let (code, said) = show(Some("de"));
    assert_eq!(code, Some(2), "an unknown --lang is a usage error: {said}");
    assert!(said.contains("Unknown language “de”"), "said in the language Settings keep: {said}");
}
