//! From the traveller's Amadeus PNR to both airport transfers in the real app, by keyboard: the
//! PNR pasted with Ctrl+V on the trip step (from the X clipboard, as an agent copies it from the
//! Amadeus terminal), both legs suggested with their pickups, the address taken from the
//! traveller's profile (built by an earlier trip), both booked; FTBook received the locator and
//! `amadeusUpdate` for each (the sandbox's write-back page), and History finds both under the
//! locator. The keys from the paste to both confirmations are counted.

use std::io::Write;
use std::process::{Command, Stdio};
use std::sync::Arc;

use chrono::{Duration, Utc};
use desk::pnr::LeadTimes;
use desk::quotes::{Place, TripRequest};
use desk::request::BookingRequest;
use e2e::{Driver, Keyboard, Prerequisites, element, focus_is_on, highlighted, main_heading, screenshot};
use fantoccini::key::Key;

const LOCATOR: &str = "R7KLMN";

/// Karin Öberg's PNR under `locator`: out to London through Arlanda in `out` days, home in `home`.
fn pnr_text(locator: &str, out: i64, home: i64) -> String {
    let day = |days: i64| pnr::segment_day((Utc::now() + Duration::days(days)).date_naive());
    format!(
        "RP/STOS12345/STOS12345            AA/SU  {created}/1012Z   {locator}
  1.OBERG/KARIN MRS
  2  SK 527 M {out} ARNLHR HK1  0640 0840  E  SK/{locator}
  3  SK 530 M {home} LHRARN HK1  1700 2035  E  SK/{locator}
  4 APM +46701234567/P1
  5 APE KARIN.OBERG@EXAMPLE.SE/P1
  6 ZZ SOMETHING ODD
",
        created = pnr::header_date((Utc::now() - Duration::days(1)).date_naive()),
        out = day(out),
        home = day(home),
    )
}

fn desk_in(data_dir: &std::path::Path, sandbox: desk::Sandbox) -> desk::Core {
    desk::Core::open(desk::Options {
        paths: desk::AppPaths::in_dir(data_dir),
        profile: desk::Profile::Sandbox,
        language: desk::Language::English,
        overrides: desk::UrlOverrides::default(),
        secrets: Arc::new(desk::secrets::Memory::default()),
        credentials_from_env: false,
        sandbox: Some(sandbox),
    })
    .expect("the desk opens")
}

/// An earlier trip of Karin's (another PNR), from Drottningholmsvägen 37 to Arlanda: FTBook's
/// profile for her now holds the address, which the app offers first.
async fn earlier_trip(data_dir: &std::path::Path) {
    let sandbox = desk::Sandbox::start(&desk::AppPaths::in_dir(data_dir)).await.expect("the sandbox starts");
    let core = desk_in(data_dir, sandbox);
    let suggestion =
        core.suggest_transfers(&pnr_text("AB12CD", 3, 5), &LeadTimes::default()).await.expect("read");
    let leg = suggestion.legs.first().expect("a leg out");
    let trip = TripRequest {
        from: Place::Street {
            name: "Drottningholmsvägen".into(),
            number: Some("37".into()),
            letter: None,
            city: Some("Stockholm".into()),
        },
        to: Place::Terminal { code: leg.airport.clone() },
        when: leg.when,
        passengers: 1,
        bags: 1,
        regular_taxi: false,
        service: Some("Taxi".into()),
        international: leg.international,
        pickup: Some(leg.pickup),
    };
    let offers = core.quotes(&trip).await;
    let egen = offers.offers.iter().find(|o| o.code == "VTAX").expect("Egen TAXI is offered");
    let request = BookingRequest {
        trip,
        offer: egen.id.clone(),
        passenger: suggestion.traveller.clone().expect("a traveller"),
        connection: Some(leg.connection.clone()),
        info_to_driver: None,
        references: vec![],
        debit_method: None,
        debit_reference: None,
        invoice_address: None,
        amadeus: suggestion.pnr.locator.clone(),
        sabre: None,
        write_back: Some(true),
    };
    core.book(&request).await.expect("the earlier trip is booked");
}

/// Puts `text` on the display's clipboard, as copying it from the Amadeus terminal does. `xclip`
/// stays in the background to hand it over when the app pastes.
fn copy_to_clipboard(text: &str) {
    let mut xclip = Command::new("xclip")
        .args(["-selection", "clipboard", "-in"])
        .stdin(Stdio::piped())
        .spawn()
        .expect("xclip (scripts/install-deps.sh system installs it)");
    xclip.stdin.take().expect("its input").write_all(text.as_bytes()).expect("copied");
    xclip.wait().expect("xclip handed the text to its background copy");
}

#[tokio::test]
#[ignore = "end-to-end: needs a display, tauri-driver and WebKitWebDriver; run `make e2e`"]
async fn a_pasted_pnr_books_both_airport_transfers_with_its_locator_written_back() {
    let Some(prerequisites) = Prerequisites::find_or_skip() else {
        return;
    };
    let driver = Driver::start(&prerequisites);
    earlier_trip(driver.data_dir()).await;
    copy_to_clipboard(&pnr_text(LOCATOR, 10, 14));

    let app = driver.launch().await;
    element(&app, &main_heading("Boka en transfer")).await;
    focus_is_on(&app, "book-terminal").await;
    let mut keys = Keyboard::new(&app);

    // Ctrl+V on the trip step: what was read, and both legs with the lead times' pickups
    // (Arlanda: 165 minutes before an international departure, 40 after a landing from abroad).
    keys.press(&format!("{}v", Key::Control)).await;
    element(&app, &format!("//h2[normalize-space(.)='AMADEUS-PNR {LOCATOR}']")).await;
    let out = element(
        &app,
        "//label[contains(., 'Till ARN för SK527') and contains(., 'hämtning 03:55 (165 min före)')]/input",
    )
    .await;
    let home = element(&app, "//label[contains(., 'Från ARN efter SK530') and contains(., 'bilen på plats 21:15 (40 min efter)')]/input").await;
    // What it could not read is shown beside what it read.
    element(
        &app,
        "//*[@role='note']//li[contains(., 'ZZ SOMETHING ODD') and contains(., 'inte känner till')]",
    )
    .await;
    for leg in [&out, &home] {
        assert_eq!(
            leg.prop("checked").await.expect("ticked?").as_deref(),
            Some("true"),
            "both legs at home are booked"
        );
    }
    // The address once, from the traveller's profile: the cursor on it, her last address offered.
    focus_is_on(&app, "pnr-home").await;
    highlighted(&app, "Drottningholmsvägen 37").await;
    screenshot(&app, "pnr-read").await;
    keys.enter().await;
    keys.enter().await;

    // Each leg's offers, FTBook's cheapest picked (it can write back); Enter goes on.
    element(&app, "//table[caption[contains(., 'Till ARN för SK527')]]").await;
    element(&app, "//table[caption[contains(., 'Från ARN efter SK530')]]").await;
    screenshot(&app, "pnr-offers").await;
    keys.enter().await;
    // One details form, filled in from the PNR: Enter reviews both.
    focus_is_on(&app, "book-firstName").await;
    let first = element(&app, "//input[@id='book-firstName']").await;
    assert_eq!(first.prop("value").await.expect("a value").as_deref(), Some("Karin"));
    keys.enter().await;
    element(&app, "//h2[normalize-space(.)='Kontrollera och boka']").await;
    element(&app, "//p[contains(., 'RM*SUR')]").await;
    screenshot(&app, "pnr-review").await;
    keys.enter().await;
    element(&app, "//h2[normalize-space(.)='2 resor bokade']").await;
    element(&app, &format!("//p[contains(., 'RM*SUR-raderna') and contains(., '{LOCATOR}')]")).await;
    screenshot(&app, "pnr-confirmations").await;

    println!(
        "keystrokes: {} from the paste to both confirmations (the paste counts as one; {} typed)",
        keys.keys, keys.typed
    );
    assert!(keys.keys <= 12, "{} keys from the paste to both confirmations: the goal is 12", keys.keys);

    // History finds both under the locator.
    keys.press(&format!("{}f", Key::Control)).await;
    let search = element(&app, "//input[@id='history-search']").await;
    search.send_keys(LOCATOR).await.expect("typed");
    element(&app, &format!("//tbody[count(tr)=2][count(tr[td[contains(., '{LOCATOR}')]])=2]")).await;
    screenshot(&app, "pnr-history").await;
    app.close().await.expect("closed");

    // What FTBook received, as the sandbox recorded it: each booking asked to write back.
    let sandbox =
        desk::Sandbox::start(&desk::AppPaths::in_dir(driver.data_dir())).await.expect("the sandbox starts");
    let body =
        reqwest::get(sandbox.write_back_url(LOCATOR)).await.expect("the page").bytes().await.expect("a body");
    let page: serde_json::Value = serde_json::from_slice(&body).expect("JSON");
    let bookings = page["bookings"].as_array().expect("bookings");
    assert_eq!(bookings.len(), 2, "{page:#}");
    for booking in bookings {
        assert_eq!(booking["amadeusUpdate"]["addRmsur"], true, "{page:#}");
        assert_eq!(booking["amadeusUpdate"]["suffix"], "SELLFT", "{page:#}");
    }
}
