//! Booking in the real app, on the sandbox profile, in Swedish as a new install starts: an
//! Arlanda departure with Egen TAXI from a Stockholm address, found in history by part of the
//! surname and its trip cancelled; then a regular taxi from address to address where a refused
//! phone number shows on its field and nothing typed is lost.

use chrono::{Duration, Utc};
use e2e::{Driver, Prerequisites, element, main_heading, screenshot};
use fantoccini::Client;
use fantoccini::key::Key;

/// XPath of the input whose `<label for>` text is `label`.
fn field(label: &str) -> String {
    format!("//input[@id=//label[normalize-space(.)='{label}']/@for]")
}

fn button(text: &str) -> String {
    format!("//button[normalize-space(.)='{text}']")
}

/// Types into the place type-ahead labelled `label` and takes the option `option` with Enter.
async fn place(app: &Client, label: &str, typed: &str, option: &str) {
    let input = element(app, &field(label)).await;
    input.send_keys(typed).await.expect("typed");
    element(app, &format!("//ul[@role='listbox']/li[@role='option']/span[normalize-space(.)='{option}']"))
        .await;
    // The first option is highlighted; make sure it is the one wanted, then take it.
    element(app, &format!("//li[@aria-selected='true']/span[normalize-space(.)='{option}']")).await;
    input.send_keys(&Key::Enter.to_string()).await.expect("chosen");
}

/// Types the trip's time into the date-time entry, as the agent does.
async fn set_time(app: &Client, value: &str) {
    set_input(app, "book-time", value).await;
}

/// Types `value` (`2026-12-04T09:00`, typed as `2026-12-04 09:00`) into the date-time entry `id`,
/// replacing what it held.
async fn set_input(app: &Client, id: &str, value: &str) {
    let input = element(app, &format!("//input[@id='{id}']")).await;
    input.clear().await.expect("cleared");
    input.send_keys(&value.replace('T', " ")).await.expect("the time is typed");
}

async fn type_into(app: &Client, label: &str, text: &str) {
    element(app, &field(label)).await.send_keys(text).await.expect("typed");
}

fn in_days(days: i64, time: &str) -> String {
    format!("{}T{time}", (Utc::now() + Duration::days(days)).date_naive().format("%Y-%m-%d"))
}

#[tokio::test]
#[ignore = "end-to-end: needs a display, tauri-driver and WebKitWebDriver; run `make e2e`"]
async fn an_arlanda_departure_with_egen_taxi_then_a_regular_taxi_with_a_refused_phone() {
    let Some(prerequisites) = Prerequisites::find_or_skip() else {
        return;
    };
    let driver = Driver::start(&prerequisites);
    let app = driver.launch().await;
    element(&app, &main_heading("Boka en transfer")).await;

    // 1. The connection, its direction and time, its services, the address.
    place(&app, "Flygplats eller station", "Arlanda flyg", "Stockholm Arlanda Flygplats (ARN)").await;
    element(&app, "//label[normalize-space(.)='Till flygplatsen eller stationen']/input")
        .await
        .click()
        .await
        .expect("to");
    set_time(&app, &in_days(3, "09:00")).await;
    element(&app, &button("Visa tjänster")).await.click().await.expect("services");
    element(&app, "//label[contains(@class, 'service')][.//strong[normalize-space(.)='Taxi']]/input")
        .await
        .click()
        .await
        .expect("taxi");
    place(&app, "Adress, hotell eller kontor", "Drottningholmsvägen 37", "Drottningholmsvägen 37").await;
    screenshot(&app, "book-1-trip").await;
    element(&app, &button("Visa erbjudanden")).await.click().await.expect("asked");

    // 2. Offers from both suppliers; choose Egen TAXI.
    element(&app, "//table//td[normalize-space(.)='FASTTRAK']").await;
    let egen = element(&app, "//input[@type='radio'][starts-with(@aria-label, 'Egen TAXI ')]").await;
    element(&app, "//tr[td[normalize-space(.)='Egen TAXI']]/td[normalize-space(.)='679,00\u{a0}kr']").await;
    egen.click().await.expect("chosen");
    screenshot(&app, "book-2-offers").await;
    element(&app, &button("Fortsätt med Egen TAXI")).await.click().await.expect("continued");

    // 3. Details, 4. review, 5. confirmation.
    type_into(&app, "Förnamn", "Karin").await;
    type_into(&app, "Efternamn", "Öberg").await;
    type_into(&app, "Mobiltelefon", "+46 70-123 45 67").await;
    type_into(&app, "Flyg- eller tågnummer", "SK1415").await;
    type_into(&app, "Flyger till (kod)", "GOT").await;
    set_input(&app, "book-otherTime", &in_days(3, "10:05")).await;
    screenshot(&app, "book-3-details").await;
    element(&app, &button("Granska")).await.click().await.expect("reviewed");
    element(&app, "//h2[normalize-space(.)='Kontrollera och boka']").await;
    screenshot(&app, "book-4-review").await;
    element(&app, &button("Boka nu")).await.click().await.expect("booked");
    let heading = element(&app, "//h2[starts-with(normalize-space(.), 'Bokad: ')]").await;
    let reference = heading.text().await.expect("a heading").replace("Bokad: ", "");
    assert_eq!(reference.len(), 13, "an FTBook booking reference: {reference}");
    element(&app, "//dd[normalize-space(.)='679,00\u{a0}kr']").await;
    element(&app, "//dd[starts-with(normalize-space(.), 'R0')]").await;
    screenshot(&app, "book-5-confirmation").await;

    // Found in history by part of the surname (Ctrl+F from anywhere), and its trip cancelled.
    app.active_element()
        .await
        .expect("an active element")
        .send_keys(&format!("{}f", Key::Control))
        .await
        .ok();
    let search = element(&app, "//input[@id='history-search']").await;
    search.send_keys("öber").await.expect("typed");
    element(&app, "//tbody/tr[td[normalize-space(.)='Karin Öberg']]").await;
    search.send_keys(&Key::Enter.to_string()).await.expect("opened");
    element(&app, &format!("//h2[normalize-space(.)='Bokning {reference}']")).await;
    element(&app, &button("Avboka resan")).await.click().await.expect("asked");
    element(&app, "//*[@role='alertdialog']//button[normalize-space(.)='Ja, avboka']")
        .await
        .click()
        .await
        .expect("confirmed");
    element(&app, "//h3/span[normalize-space(.)='Avbokad']").await;
    screenshot(&app, "history-cancelled").await;
    element(&app, "//nav//button[.//span[normalize-space(.)='Boka']]")
        .await
        .click()
        .await
        .expect("back to Book");

    // Book shows the confirmation as it was left; a regular taxi, address to address, is a new
    // booking.
    element(&app, &main_heading("Boka en transfer")).await;
    element(&app, &button("Boka en till transfer")).await.click().await.expect("a new booking");
    element(&app, "//label[contains(normalize-space(.), 'Vanlig taxi')]/input")
        .await
        .click()
        .await
        .expect("taxi");
    place(&app, "Från", "Sveavägen 10", "Sveavägen 10").await;
    place(&app, "Till", "Hornsgatan 20", "Hornsgatan 20").await;
    set_time(&app, &in_days(2, "14:00")).await;
    element(&app, &button("Visa erbjudanden")).await.click().await.expect("asked");
    element(&app, "//input[@type='radio'][starts-with(@aria-label, 'Sverigetaxi ')]")
        .await
        .click()
        .await
        .expect("chosen");
    element(&app, &button("Fortsätt med Sverigetaxi")).await.click().await.expect("continued");
    type_into(&app, "Förnamn", "Per").await;
    type_into(&app, "Efternamn", "Ek").await;
    type_into(&app, "Mobiltelefon", "phone?").await;
    element(&app, &button("Granska")).await.click().await.expect("reviewed");

    // Refused at the details step, before the review: the fault is on the phone field, no
    // supplier banner, and what was typed is still there.
    element(&app, &format!("{}[@aria-invalid='true']", field("Mobiltelefon"))).await;
    element(&app, "//small[@id='book-phone-error']").await;
    assert!(
        app.find_all(fantoccini::Locator::XPath("//h2[normalize-space(.)='Kontrollera och boka']"))
            .await
            .expect("a search")
            .is_empty(),
        "a bad phone never reaches the review"
    );
    assert!(
        app.find_all(fantoccini::Locator::XPath("//p[contains(concat(' ', @class, ' '), ' problem ')]"))
            .await
            .expect("a search")
            .is_empty(),
        "a local check is not a supplier's refusal"
    );
    let first = element(&app, &field("Förnamn")).await;
    assert_eq!(first.prop("value").await.expect("a value").as_deref(), Some("Per"), "nothing typed is lost");
    screenshot(&app, "book-fault-on-field").await;
    let phone = element(&app, &field("Mobiltelefon")).await;
    phone.clear().await.expect("cleared");
    phone.send_keys("070-111 22 33").await.expect("typed");
    element(&app, &button("Granska")).await.click().await.expect("reviewed");
    element(&app, &button("Boka nu")).await.click().await.expect("booked");
    element(&app, "//h2[starts-with(normalize-space(.), 'Bokad: ')]").await;
    element(&app, "//dd[normalize-space(.)='Sverigetaxi']").await;
    app.close().await.expect("closed");

    // Both bookings are in history, with the journal that made them.
    let history = std::fs::metadata(driver.data_dir().join("history.sqlite3")).expect("a history file");
    assert!(history.len() > 0);
}

/// A connection trip: the terminal, the direction, the time, the passengers and a service.
struct Connection<'a> {
    typed: &'a str,
    terminal: &'a str,
    to_terminal: bool,
    time: String,
    passengers: u32,
    service: &'a str,
}

/// Fills the connection trip and shows the services, then takes `service`.
async fn connection_trip(app: &Client, trip: &Connection<'_>) {
    element(app, &main_heading("Boka en transfer")).await;
    element(app, "//label[contains(normalize-space(.), 'Till eller från flygplats')]/input")
        .await
        .click()
        .await
        .expect("connection");
    place(app, "Flygplats eller station", trip.typed, trip.terminal).await;
    let direction = if trip.to_terminal {
        "Till flygplatsen eller stationen"
    } else {
        "Från flygplatsen eller stationen"
    };
    element(app, &format!("//label[normalize-space(.)='{direction}']/input"))
        .await
        .click()
        .await
        .expect("way");
    set_time(app, &trip.time).await;
    let passengers = element(app, &field("Resenärer")).await;
    passengers.clear().await.expect("cleared");
    passengers.send_keys(&trip.passengers.to_string()).await.expect("typed");
    element(app, &button("Visa tjänster")).await.click().await.expect("services");
    element(
        app,
        &format!(
            "//label[contains(@class, 'service')][.//strong[normalize-space(.)='{}']]/input",
            trip.service
        ),
    )
    .await
    .click()
    .await
    .expect("service");
}

/// Asks for the offers and continues with `product` (the radio's label starts with its name).
async fn choose(app: &Client, product: &str) {
    element(app, &button("Visa erbjudanden")).await.click().await.expect("asked");
    element(app, &format!("//input[@type='radio'][starts-with(@aria-label, '{product} ')]"))
        .await
        .click()
        .await
        .expect("chosen");
    element(app, &button(&format!("Fortsätt med {product}"))).await.click().await.expect("continued");
}

/// The passenger, then review and book; returns the booking reference and takes a screenshot.
async fn book_as_karin(app: &Client, shot: &str) -> String {
    type_into(app, "Förnamn", "Karin").await;
    type_into(app, "Efternamn", "Öberg").await;
    type_into(app, "Mobiltelefon", "070-123 45 67").await;
    element(app, &button("Granska")).await.click().await.expect("reviewed");
    element(app, "//h2[normalize-space(.)='Kontrollera och boka']").await;
    element(app, &button("Boka nu")).await.click().await.expect("booked");
    let heading = element(app, "//h2[starts-with(normalize-space(.), 'Bokad: ')]").await;
    let reference = heading.text().await.expect("a heading").replace("Bokad: ", "");
    screenshot(app, shot).await;
    element(app, &button("Boka en till transfer")).await.click().await.expect("again");
    reference
}

/// The flight or train: number, the other end's code and its time.
async fn connection_details(app: &Client, number: &str, code_label: &str, code: &str, time: &str) {
    type_into(app, "Flyg- eller tågnummer", number).await;
    type_into(app, code_label, code).await;
    set_input(app, "book-otherTime", time).await;
}

#[tokio::test]
#[ignore = "end-to-end: needs a display, tauri-driver and WebKitWebDriver; run `make e2e`"]
async fn every_product_concept_is_booked_through_the_screens() {
    let Some(prerequisites) = Prerequisites::find_or_skip() else {
        return;
    };
    let driver = Driver::start(&prerequisites);
    let app = driver.launch().await;
    let arlanda = |to_terminal: bool, time: String, passengers: u32, service: &'static str| Connection {
        typed: "Arlanda flyg",
        terminal: "Stockholm Arlanda Flygplats (ARN)",
        to_terminal,
        time,
        passengers,
        service,
    };
    let mut references = Vec::new();

    // Flygtaxi (shared) and Egen TAXI Storbil: to Arlanda from an address, for a flight.
    for (passengers, product, shot) in
        [(2, "Flygtaxi", "concept-flygtaxi"), (6, "Egen TAXI Storbil", "concept-storbil")]
    {
        connection_trip(&app, &arlanda(true, in_days(3, "09:00"), passengers, "Taxi")).await;
        place(&app, "Adress, hotell eller kontor", "Drottningholmsvägen 37", "Drottningholmsvägen 37").await;
        choose(&app, product).await;
        connection_details(&app, "SK1415", "Flyger till (kod)", "GOT", &in_days(3, "10:05")).await;
        references.push(book_as_karin(&app, shot).await);
    }

    // Tågtaxi from Stockholm C to an address, for a train from Göteborg.
    let central = Connection {
        typed: "Stockholm Centralstation",
        terminal: "Stockholm Centralstation (CST)",
        to_terminal: false,
        time: in_days(4, "14:00"),
        passengers: 1,
        service: "Taxi",
    };
    connection_trip(&app, &central).await;
    place(&app, "Adress, hotell eller kontor", "Sveavägen 44", "Sveavägen 44").await;
    choose(&app, "Tågtaxi").await;
    connection_details(&app, "SJ523", "Flyger från (kod)", "G", &in_days(4, "11:05")).await;
    references.push(book_as_karin(&app, "concept-tagtaxi").await);

    // Arlanda Express to Stockholm C, with the card (shown masked).
    connection_trip(&app, &arlanda(false, in_days(4, "14:00"), 2, "Tåg")).await;
    element(&app, "//select[@id='book-stop']/option[starts-with(normalize-space(.), 'Stockholm C')]").await;
    choose(&app, "Arlanda Express").await;
    type_into(&app, "Kort som biljetten köptes med (FOID)", "CCVI4111111111111111").await;
    element(&app, "//small[contains(., 'CCVI411111XXXXXX1111')]").await;
    references.push(book_as_karin(&app, "concept-arlanda-express").await);

    // Flygbussarna to Cityterminalen: an adult, no child's age needed.
    connection_trip(&app, &arlanda(false, in_days(4, "15:00"), 2, "Flygbuss")).await;
    let stop = element(&app, "//select[@id='book-stop']").await;
    stop.select_by_value("CTY").await.expect("Cityterminalen");
    choose(&app, "Flygbussarna").await;
    references.push(book_as_karin(&app, "concept-flygbussarna").await);

    // Åretransfer from Åre Östersund Airport to an address in Åre.
    let are = Connection {
        typed: "Åre Östersund",
        terminal: "Åre Östersund Airport (OSD)",
        to_terminal: false,
        time: in_days(5, "14:00"),
        passengers: 2,
        service: "Transfer",
    };
    connection_trip(&app, &are).await;
    place(&app, "Adress, hotell eller kontor", "Årevägen 10", "Årevägen 10").await;
    choose(&app, "Åretransfer").await;
    connection_details(&app, "SK2204", "Flyger från (kod)", "ARN", &in_days(5, "12:55")).await;
    references.push(book_as_karin(&app, "concept-aretransfer").await);

    // The ticket product: Länsbussarna from Luleå Airport.
    let lulea = Connection {
        typed: "Luleå Airport",
        terminal: "Luleå Airport (LLA)",
        to_terminal: false,
        time: in_days(5, "16:00"),
        passengers: 1,
        service: "Biljett",
    };
    connection_trip(&app, &lulea).await;
    element(&app, "//select[@id='book-stop']/option").await;
    choose(&app, "Länsbussarna flygbiljett").await;
    references.push(book_as_karin(&app, "concept-ticket").await);

    // A FASTTRAK vehicle beside the taxis, and Sverigetaxi address to address.
    connection_trip(&app, &arlanda(true, in_days(3, "18:00"), 2, "Taxi")).await;
    place(&app, "Adress, hotell eller kontor", "Drottningholmsvägen 37", "Drottningholmsvägen 37").await;
    choose(&app, "Van").await;
    references.push(book_as_karin(&app, "concept-fasttrak").await);
    element(&app, "//label[contains(normalize-space(.), 'Vanlig taxi')]/input")
        .await
        .click()
        .await
        .expect("taxi");
    place(&app, "Från", "Sveavägen 10", "Sveavägen 10").await;
    place(&app, "Till", "Hornsgatan 20", "Hornsgatan 20").await;
    set_time(&app, &in_days(2, "14:00")).await;
    choose(&app, "Sverigetaxi").await;
    references.push(book_as_karin(&app, "concept-sverigetaxi").await);

    let distinct: std::collections::HashSet<&String> = references.iter().collect();
    assert_eq!(distinct.len(), 9, "nine bookings, each its own: {references:?}");
    app.close().await.expect("closed");
}
