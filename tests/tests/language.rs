//! The language an agent chooses in Settings is used at once and after a restart.

use e2e::{Driver, Prerequisites, element, labelled_input, main_heading, menu_button, screenshot};

#[tokio::test]
#[ignore = "end-to-end: needs a display, tauri-driver and WebKitWebDriver; run `make e2e`"]
async fn the_chosen_language_is_used_at_once_and_after_a_restart() {
    let Some(prerequisites) = Prerequisites::find_or_skip() else {
        return;
    };
    let driver = Driver::start(&prerequisites);

    // First start: a new install speaks Swedish.
    let app = driver.launch().await;
    element(&app, &main_heading("Boka en transfer")).await;
    screenshot(&app, "01-book-sv").await;
    element(&app, &menu_button("Inställningar")).await.click().await.unwrap();
    element(&app, &main_heading("Inställningar")).await;

    element(&app, &labelled_input("English")).await.click().await.unwrap();
    element(&app, &main_heading("Settings")).await;
    element(&app, &menu_button("Book")).await;
    assert!(
        app.find_all(fantoccini::Locator::XPath(&menu_button("Inställningar"))).await.unwrap().is_empty(),
        "every menu label must switch at once"
    );
    screenshot(&app, "02-settings-en").await;
    app.close().await.unwrap();

    // Restart: the app opens in English, with English chosen in Settings.
    let app = driver.launch().await;
    element(&app, &main_heading("Book a transfer")).await;
    element(&app, &menu_button("Settings")).await.click().await.unwrap();
    element(&app, &main_heading("Settings")).await;
    let english = element(&app, &labelled_input("English")).await;
    assert!(english.is_selected().await.unwrap(), "English must still be chosen after a restart");
    element(&app, "//dd[contains(., 'Sandbox')]").await;
    element(&app, "//dd[contains(., 'http://127.0.0.1:') and contains(., '/ftbook/rest/v1/')]").await;
    screenshot(&app, "main-window").await;
    app.close().await.unwrap();

    let stored = std::fs::read_to_string(driver.data_dir().join("settings.json")).unwrap();
    assert!(stored.contains("\"en\""), "the choice is kept in the settings file, got {stored}");
}
