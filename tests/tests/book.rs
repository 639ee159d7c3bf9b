//! Booking in the real app, on the sandbox profile, in Swedish as a new install starts: an
//! Arlanda departure with Egen TAXI from a Stockholm address, found in history by part of the
//! surname and its trip cancelled; then a regular taxi from address to address where a refused
//! phone number shows on its field and nothing typed is lost.

use chrono::{Duration, Utc};
use e2e::{Driver, Prerequisites, element, main_heading, screenshot};
use fantoccini::Client;
use fantoccini::key::Key;
use serde_json::json;

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

/// Sets a `datetime-local` input as the browser would after the agent picked a time.
async fn set_time(app: &Client, value: &str) {
    set_input(app, "book-time", value).await;
}

/// Sets a `datetime-local` input (WebKit's own picker takes no typed keys under WebDriver).
async fn set_input(app: &Client, id: &str, value: &str) {
    app.execute(
        "const input = document.getElementById(arguments[0]); input.value = arguments[1];
         input.dispatchEvent(new Event('input', { bubbles: true }));",
        vec![json!(id), json!(value)],
    )
    .await
    .expect("the time is set");
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

    // A regular taxi, address to address.
    element(&app, &main_heading("Boka en transfer")).await;
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
    element(&app, &button("Boka nu")).await.click().await.expect("sent");

    // The fault is on the phone field; what was typed is still there.
    element(&app, &format!("{}[@aria-invalid='true']", field("Mobiltelefon"))).await;
    element(&app, "//small[@id='book-phone-error']").await;
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
