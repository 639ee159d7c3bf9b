//! The booking history in the real app: a booking made at the sandbox is found by typing part of
//! the passenger's surname, opened, and its trip cancelled after a confirmation.

use std::sync::Arc;

use chrono::{Duration, FixedOffset, Utc};
use desk::booking::FtbookDraft;
use desk::quotes::{OfferKey, Place, TripRequest, When};
use e2e::{Driver, Prerequisites, element, main_heading, screenshot};
use fantoccini::key::Key;

/// Books Egen TAXI from Drottningholmsvägen 37 to Arlanda for Karin Öberg, in `data_dir`, with the
/// sandbox the app will start on the same files.
async fn book_in(data_dir: &std::path::Path) -> String {
    let paths = desk::AppPaths::in_dir(data_dir);
    let sandbox = desk::Sandbox::start(&paths).await.expect("the sandbox starts");
    let core = desk::Core::open(desk::Options {
        paths,
        profile: desk::Profile::Sandbox,
        language: desk::Language::English,
        overrides: desk::UrlOverrides::default(),
        secrets: Arc::new(desk::secrets::Memory::default()),
        credentials_from_env: false,
        sandbox: Some(sandbox),
    })
    .expect("the desk opens");
    let day = (Utc::now() + Duration::days(3)).date_naive();
    let flight = day
        .and_hms_opt(9, 0, 0)
        .and_then(|t| t.and_local_timezone(FixedOffset::east_opt(3600)?).single())
        .expect("a time");
    let trip = TripRequest {
        from: Place::Street {
            name: "Drottningholmsvägen".into(),
            number: Some("37".into()),
            letter: None,
            city: Some("Stockholm".into()),
        },
        to: Place::Terminal { code: "ARN".into() },
        when: When::Connection { at: flight, arrival: false },
        passengers: 1,
        bags: 1,
        regular_taxi: false,
        service: Some("Taxi".into()),
        international: false,
        pickup: None,
    };
    let offers = core.quotes(&trip).await;
    let availability = offers
        .offers
        .iter()
        .find_map(|o| match &o.key {
            OfferKey::Ftbook { availability } if availability.product.code == "VTAX" => {
                Some(availability.clone())
            }
            _ => None,
        })
        .expect("Egen TAXI is offered");
    let passenger = ftbook::model::Passenger {
        first_name: "Karin".into(),
        last_name: "Öberg".into(),
        phone: "+46 70-123 45 67".into(),
        ..Default::default()
    };
    let connection = ftbook::model::Connection {
        kind: ftbook::model::ConnectionType::Flight,
        number: "SK1415".into(),
        international: false,
        departure_date: Some(flight),
        departure_code: "ARN".into(),
        departure_name: None,
        arrival_date: Some(flight + Duration::hours(1)),
        arrival_code: "GOT".into(),
        arrival_name: None,
    };
    let mut draft = FtbookDraft::from_availability(&availability, passenger, Some(connection));
    if let Some(street) = draft.segment.start_node.street.as_mut() {
        street.number = Some(37);
    }
    let booked = core.book_ftbook(draft).await.expect("booked");
    booked.booking.reference
}

#[tokio::test]
#[ignore = "end-to-end: needs a display, tauri-driver and WebKitWebDriver; run `make e2e`"]
async fn a_booking_is_found_by_part_of_the_surname_and_its_trip_cancelled() {
    let Some(prerequisites) = Prerequisites::find_or_skip() else {
        return;
    };
    let driver = Driver::start(&prerequisites);
    let reference = book_in(driver.data_dir()).await;

    let app = driver.launch().await;
    element(&app, &main_heading("Boka en transfer")).await;
    // Ctrl+F from anywhere: the history's search box.
    app.active_element()
        .await
        .expect("an active element")
        .send_keys(&format!("{}f", Key::Control))
        .await
        .ok();
    let search = element(&app, "//input[@id='history-search']").await;
    element(&app, &main_heading("Bokningshistorik")).await;
    search.send_keys("öber").await.expect("typed");
    element(&app, "//tbody/tr[td[normalize-space(.)='Karin Öberg']]").await;
    screenshot(&app, "history-search").await;
    // Keyboard first: Enter in the search box opens the first row.
    search.send_keys(&Key::Enter.to_string()).await.expect("opened");

    element(&app, &format!("//h2[normalize-space(.)='Bokning {reference}']")).await;
    element(&app, "//dd[normalize-space(.)='679,00\u{a0}kr']").await;
    element(&app, "//button[normalize-space(.)='Avboka resan']").await.click().await.expect("asked");
    element(&app, "//*[@role='alertdialog']//button[normalize-space(.)='Ja, avboka']")
        .await
        .click()
        .await
        .expect("confirmed");
    element(&app, "//p[normalize-space(.)='Resan är avbokad.']").await;
    element(&app, "//h3/span[normalize-space(.)='Avbokad']").await;
    screenshot(&app, "booking-cancelled").await;
    app.close().await.expect("closed");
}
