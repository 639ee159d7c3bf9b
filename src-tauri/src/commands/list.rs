// The app's commands: the only list of them. Each entry is the command's signature as the web view
// calls it (its arguments after the app handle, and what it resolves with); the compiler checks it
// against the function. `build.rs` includes this file for the permissions (an `allow-` for each, in
// the `app-commands` set that `capabilities/main.json` grants); `lib.rs` for the handler and for
// the typed TypeScript functions in `ui/src/lib/commands.ts` (`tests/commands.rs`, `make bindings`).
commands! {
    /// Version, data and log directories and the active profile.
    app::app_info() -> desk::AppInfo;
    /// The agent's settings.
    settings::get_settings() -> desk::Settings;
    /// Changes and keeps the app's language; resolves with the settings as now stored.
    settings::set_language(language: String) -> desk::Settings;
    /// Changes and keeps the agency's home city; resolves with the settings as now stored.
    settings::set_home_city(city: String) -> desk::Settings;
    /// Changes and keeps the agency's lead times; resolves with the settings as now stored.
    settings::set_lead_times(lead_times: desk::pnr::LeadTimes) -> desk::Settings;
    /// Turns writing back into the Amadeus PNR on or off; resolves with the settings as now stored.
    settings::set_amadeus_write_back(on: bool) -> desk::Settings;
    /// History rows matching what the agent typed and the filters, newest first (offline).
    history::search_history(query: desk::lookup::HistoryQuery) -> Vec<desk::view::SegmentRow>;
    /// A booking's page from the history, by any of its references.
    history::get_booking(reference: String) -> desk::view::BookingView;
    /// Cancels one segment at its supplier; the booking as it now stands.
    history::cancel_segment(segment_ref: String) -> desk::view::BookingView;
    /// Cancels every segment of a booking; the booking as it now stands.
    history::cancel_booking(reference: String) -> desk::view::BookingView;
    /// Fetches the booking again from its supplier.
    history::refresh_booking(reference: String) -> desk::view::BookingView;
    /// A new booking begun from one in the history: the same trip again, or the return trip.
    history::rebook(reference: String, how: desk::rebook::Rebook) -> desk::rebook::Rebooking;
    /// Streets, points of interest, airports and stations for what the agent typed.
    book::search_places(text: String, offset: Option<u32>, field: Option<desk::places::Field>)
        -> desk::places::PlaceHits;
    /// Offers from every supplier for a trip, cheapest first, with the suppliers that failed.
    book::get_offers(trip: desk::quotes::TripRequest) -> desk::quotes::Offers;
    /// Checks a booking as `book` would, sending nothing: faults come back on their fields.
    book::check_booking(request: desk::request::BookingRequest) -> ();
    /// Books the chosen offer through the journal.
    book::book(request: desk::request::BookingRequest) -> desk::view::Booked;
    /// Looks up open attempts at the suppliers; the attempts as they now stand, `attempt` among them.
    book::reconcile(attempt: Option<i64>) -> Vec<desk::view::Attempt>;
    /// Every attempt still open (outcome unknown or not yet sent), from the journal.
    book::open_attempts() -> Vec<desk::view::Attempt>;
    /// FTBook's services at a connection, with their descriptions.
    book::get_services(code: String, arrival: bool, at: String) -> Vec<desk::services::ServiceView>;
    /// The stops or stations of a bus or train service at a connection.
    book::get_service_locations(code: String, arrival: bool, at: String, service: String)
        -> Vec<desk::services::StopView>;
    /// The transfers a pasted Amadeus PNR needs, with what was read and what was not.
    pnr::suggest_transfers(text: String) -> desk::pnr::Suggestion;
    /// The addresses of a traveller's last trips at FTBook, newest first.
    pnr::traveller_places(unique_src: String, unique_id: String) -> Vec<desk::places::PlaceHit>;
    /// Saves a booking's voucher (PDF) where the agent chooses; where, or nothing if closed.
    documents::save_voucher(reference: String, language: desk::Language) -> Option<desk::documents::Saved>;
    /// Opens a booking's voucher as an e-mail to the traveller in the agent's mail program.
    documents::email_voucher(reference: String, language: desk::Language) -> ();
    /// Exports what the history's search finds (CSV or Excel) where the agent chooses.
    documents::export_history(query: desk::lookup::HistoryQuery, format: desk::documents::ExportFormat)
        -> Option<desk::documents::Saved>;
    /// Profiles, their supplier settings, which credentials are stored, and the secret store.
    setup::get_desk_settings() -> desk::setup::DeskSettings;
    /// Keeps a test or production profile's supplier settings.
    setup::save_profile_settings(profile: desk::Profile, settings: desk::profile::ProfileSettings)
        -> desk::setup::DeskSettings;
    /// Stores one credential (write-only: it never comes back).
    setup::set_secret(profile: desk::Profile, name: String, value: String) -> desk::setup::DeskSettings;
    /// Unlocks the encrypted secrets file with the agent's passphrase.
    setup::unlock_secrets(passphrase: String) -> desk::setup::DeskSettings;
    /// Switches the app to another profile.
    setup::switch_profile(profile: desk::Profile) -> desk::setup::DeskSettings;
    /// Tries a supplier's credentials on the active profile: `ftbook`, `fasttrak` or `tbo`.
    setup::test_connection(supplier: String) -> String;
}
