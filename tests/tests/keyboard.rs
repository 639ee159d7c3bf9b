//! Book by keyboard only, as an agent booking forty trips a day does, through the real app on the
//! sandbox profile: every key goes to whatever has the focus (nothing is clicked, no field is
//! picked by the test), and the keys are counted. Then the draft: kept across a screen switch,
//! and left behind whole by "New booking"; and the date entry's forms, read back as understood.

use e2e::{Driver, Keyboard, Prerequisites, element, focus_is_on, highlighted, main_heading, screenshot};
use fantoccini::Client;
use fantoccini::key::Key;

/// From the services of an Arlanda departure to the details of its cheapest offer: the cursor
/// on the first service (Taxi), Enter takes it and goes on to the address, Sveavägen 44 taken
/// with Enter, Enter for the offers, and Enter continues with the cheapest.
async fn from_the_services_to_the_details(app: &Client, keys: &mut Keyboard<'_>) {
    element(app, "//label[contains(@class, 'service')][.//strong[normalize-space(.)='Taxi']]").await;
    focus_is_on(app, "book-service-0").await;
    keys.enter().await;
    focus_is_on(app, "book-address").await;
    keys.type_text("Sveavägen 44").await;
    highlighted(app, "Sveavägen 44").await;
    keys.enter().await;
    keys.enter().await;
    element(app, "//table//td[normalize-space(.)='FASTTRAK']").await;
    keys.enter().await;
    focus_is_on(app, "book-firstName").await;
}

#[tokio::test]
#[ignore = "end-to-end: needs a display, tauri-driver and WebKitWebDriver; run `make e2e`"]
async fn an_airport_taxi_is_booked_by_keyboard_only_and_the_keys_are_counted() {
    let Some(prerequisites) = Prerequisites::find_or_skip() else {
        return;
    };
    let driver = Driver::start(&prerequisites);
    let app = driver.launch().await;
    element(&app, &main_heading("Boka en transfer")).await;
    let mut keys = Keyboard::new(&app);

    // Launch puts the cursor on the airport; "arl" lists the airport first.
    focus_is_on(&app, "book-terminal").await;
    keys.type_text("arl").await;
    highlighted(&app, "Stockholm Arlanda Flygplats (ARN)").await;
    keys.enter().await;
    // Taken: the cursor goes on to the flight's time (the direction stands: to the airport).
    focus_is_on(&app, "book-time").await;
    keys.type_text("imorgon 0710").await;
    element(&app, "//*[@id='book-time-understood'][contains(., '07:10')]").await;
    keys.enter().await;
    from_the_services_to_the_details(&app, &mut keys).await;
    keys.type_text("Karin").await;
    keys.tab().await;
    keys.type_text("Öberg").await;
    keys.tab().await;
    keys.type_text("0701234567").await;
    // What must be given comes first: from the phone straight to the flight.
    keys.tab().await;
    focus_is_on(&app, "book-flight").await;
    keys.type_text("SK1415").await;
    keys.tab().await;
    keys.type_text("GOT").await;
    keys.tab().await;
    // A time alone is on the day the flight departs.
    keys.type_text("0815").await;
    element(&app, "//*[@id='book-otherTime-understood'][contains(., '08:15')]").await;
    keys.enter().await;
    element(&app, "//h2[normalize-space(.)='Kontrollera och boka']").await;
    screenshot(&app, "keyboard-review").await;
    keys.enter().await;
    element(&app, "//h2[starts-with(normalize-space(.), 'Bokad: ')]").await;
    screenshot(&app, "keyboard-confirmation").await;

    let navigation = keys.keys - keys.typed;
    println!(
        "keystrokes: {} for the airport taxi from Sveavägen 44 to Arlanda for tomorrow's 07:10 \
         flight ({} typed characters, {navigation} Enter and Tab)",
        keys.keys, keys.typed
    );
    assert!(keys.keys <= 73, "{} keys: more than this walk needs", keys.keys);
    assert!(navigation <= 13, "{navigation} keys to move about: friction came back");
    app.close().await.expect("closed");
}

#[tokio::test]
#[ignore = "end-to-end: needs a display, tauri-driver and WebKitWebDriver; run `make e2e`"]
async fn a_draft_survives_a_screen_switch_and_a_new_booking_leaves_nothing_behind() {
    let Some(prerequisites) = Prerequisites::find_or_skip() else {
        return;
    };
    let driver = Driver::start(&prerequisites);
    let app = driver.launch().await;
    element(&app, &main_heading("Boka en transfer")).await;
    let mut keys = Keyboard::new(&app);

    // The date entry's forms, each read back as it was understood.
    keys.type_text("arl").await;
    highlighted(&app, "Stockholm Arlanda Flygplats (ARN)").await;
    keys.enter().await;
    focus_is_on(&app, "book-time").await;
    // Each typed over the last (Ctrl+A selects it, as an agent does).
    // What it says back names the day in Sweden (`tors 3 dec 07:10`).
    let today = chrono::Utc::now().with_timezone(&chrono_tz::Europe::Stockholm).date_naive();
    let day = |date: chrono::NaiveDate| format!(" {} ", date.format("%-d"));
    let tomorrow = day(today + chrono::Duration::days(1));
    let in_two = day(today + chrono::Duration::days(2));
    for (typed, understood) in [
        ("0710", " "),
        ("7.10", " "),
        ("imorgon 07:10", tomorrow.as_str()),
        ("tomorrow 07:10", tomorrow.as_str()),
        ("+2d 0710", in_two.as_str()),
        ("2/12 0710", " 2 dec "),
    ] {
        keys.press(&format!("{}a", Key::Control)).await;
        keys.type_text(typed).await;
        element(
            &app,
            &format!("//*[@id='book-time-understood'][contains(., '{understood}')][contains(., '07:10')]"),
        )
        .await;
    }
    keys.press(&format!("{}a", Key::Control)).await;
    keys.type_text("imorgon 0710").await;
    keys.enter().await;
    from_the_services_to_the_details(&app, &mut keys).await;
    keys.type_text("Karin").await;

    // History and back (Ctrl+2, Ctrl+1): the booking is where it was left.
    keys.press(&format!("{}2", Key::Control)).await;
    element(&app, &main_heading("Bokningshistorik")).await;
    keys.press(&format!("{}1", Key::Control)).await;
    element(&app, &main_heading("Boka en transfer")).await;
    let first = element(&app, "//input[@id='book-firstName']").await;
    assert_eq!(first.prop("value").await.expect("a value").as_deref(), Some("Karin"), "the draft is kept");
    screenshot(&app, "draft-kept").await;

    // New booking: nothing of Karin's trip in the next one.
    element(&app, "//button[normalize-space(.)='Ny bokning']").await.click().await.expect("new booking");
    element(&app, "//*[@role='status'][contains(., 'rensades')]").await;
    screenshot(&app, "draft-new-booking").await;
    let terminal = element(&app, "//input[@id='book-terminal']").await;
    assert_eq!(terminal.prop("value").await.expect("a value").as_deref(), Some(""));
    element(&app, "//label[contains(normalize-space(.), 'Vanlig taxi')]/input")
        .await
        .click()
        .await
        .expect("a regular taxi");
    keys.tab().await;
    focus_is_on(&app, "book-from").await;
    for (id, typed, option) in
        [("book-from", "Sveavägen 10", "Sveavägen 10"), ("book-to", "Hornsgatan 20", "Hornsgatan 20")]
    {
        focus_is_on(&app, id).await;
        keys.type_text(typed).await;
        highlighted(&app, option).await;
        keys.enter().await;
        keys.tab().await;
    }
    focus_is_on(&app, "book-time").await;
    keys.type_text("imorgon 1400").await;
    keys.enter().await;
    element(&app, "//table//td[normalize-space(.)='FASTTRAK']").await;
    keys.enter().await;
    let first = element(&app, "//input[@id='book-firstName']").await;
    assert_eq!(first.prop("value").await.expect("a value").as_deref(), Some(""), "no name left behind");
    let flights =
        app.find_all(fantoccini::Locator::XPath("//input[@id='book-flight']")).await.expect("a search");
    assert!(flights.is_empty(), "a regular taxi asks for no flight");
    app.close().await.expect("closed");
}
