//! Booking: the place type-ahead, offers from every supplier for a trip, and booking the chosen
//! one through the journal. The web view never calls a supplier itself.

use desk::places::{Field, PlaceHits, Search};
use desk::quotes::{Offers, TripRequest};
use desk::request::BookingRequest;
use desk::view::{Attempt, Booked};
use desk::{CommandError, ForAgent, Said};
use tauri::{AppHandle, Runtime};

use crate::DeskExt;

/// Streets, points of interest, airports and stations for what the agent typed, from `offset`
/// on (more results on demand), ranked for the field asking and the agency's home city.
#[tauri::command]
pub async fn search_places<R: Runtime>(
    app: AppHandle<R>,
    text: String,
    offset: Option<u32>,
    field: Option<Field>,
) -> Result<PlaceHits, CommandError> {
    let home = crate::settings_store::load(&app)?.home_city;
    let core = app.desk().core();
    let asked = Search {
        text: &text,
        offset: offset.unwrap_or(0),
        field: field.unwrap_or_default(),
        home_city: &home,
    };
    core.search_places(&asked).await.for_agent(core.language())
}

/// Offers from FTBook and FASTTRAK for one trip, cheapest first, with suppliers that failed.
#[tauri::command]
pub async fn get_offers<R: Runtime>(app: AppHandle<R>, trip: TripRequest) -> Result<Offers, CommandError> {
    let core = app.desk().core();
    Ok(core.quotes(&trip).await)
}

/// Checks a booking as `book` would, before the review: every rule the desk can check (FTBook's
/// lengths, characters and product rules, a pickup already past) comes back as `rejected` with
/// each fault on its field. Nothing is sent or journalled.
#[tauri::command]
pub async fn check_booking<R: Runtime>(
    app: AppHandle<R>,
    request: BookingRequest,
) -> Result<(), CommandError> {
    let core = app.desk().core();
    core.check_booking(&request).for_agent(core.language())
}

/// Books the chosen offer. A refusal comes back with its faults on their fields; an unknown
/// outcome as `unknown` while the journal reconciles it.
#[tauri::command]
pub async fn book<R: Runtime>(app: AppHandle<R>, request: BookingRequest) -> Result<Booked, CommandError> {
    let core = app.desk().core();
    core.book(&request).await.map(Booked::from).for_agent(core.language())
}

/// Looks up, at the suppliers, every attempt still open, and returns them as they now stand;
/// with `attempt` (the one the screen follows), that attempt too, however it stands, so the
/// screen learns its outcome even when it was settled elsewhere.
#[tauri::command]
pub async fn reconcile<R: Runtime>(
    app: AppHandle<R>,
    attempt: Option<i64>,
) -> Result<Vec<Attempt>, CommandError> {
    let core = app.desk().core();
    let mut attempts = core.reconcile_open().await.for_agent(core.language())?;
    let stored = |core: &desk::Core, id| {
        core.history().attempt(id).map_err(desk::Error::from).for_agent(core.language())
    };
    if let Some(id) = attempt
        && !attempts.iter().any(|a| a.id == id)
        && let Some(mut found) = stored(&core, id)?
    {
        // The agent switched profile since booking: the attempt is looked up with its own.
        if found.state.is_open()
            && let Ok(profile) = desk::Profile::parse(&found.profile)
            && profile != core.profile()
            && let Some(own) = app.desk().core_for(profile).await
        {
            if let Err(error) = own.reconcile_open().await {
                tracing::info!(%error, attempt = id, "the followed attempt's profile could not look it up");
            }
            found = stored(&own, id)?.unwrap_or(found);
        }
        attempts.push(found);
    }
    Ok(attempts.into_iter().map(Attempt::from).collect())
}

/// Every attempt still open (its outcome unknown, or not yet sent), newest last, as the journal
/// holds it: History lists them with what is known and a way to check each now.
#[tauri::command]
pub async fn open_attempts<R: Runtime>(app: AppHandle<R>) -> Result<Vec<Attempt>, CommandError> {
    let core = app.desk().core();
    let open = core.history().open_attempts(core.profile().name());
    Ok(open.map_err(desk::Error::from).for_agent(core.language())?.into_iter().map(Attempt::from).collect())
}

/// The services at a connection (airport or station, arriving or departing, at a time).
#[tauri::command]
pub async fn get_services<R: Runtime>(
    app: AppHandle<R>,
    code: String,
    arrival: bool,
    at: String,
) -> Result<Vec<desk::services::ServiceView>, CommandError> {
    let core = app.desk().core();
    let at = time(&at).for_agent(core.language())?;
    core.services(&code, arrival, at).await.for_agent(core.language())
}

/// The stops or stations of a bus or train service at a connection.
#[tauri::command]
pub async fn get_service_locations<R: Runtime>(
    app: AppHandle<R>,
    code: String,
    arrival: bool,
    at: String,
    service: String,
) -> Result<Vec<desk::services::StopView>, CommandError> {
    let core = app.desk().core();
    let at = time(&at).for_agent(core.language())?;
    core.service_locations(&code, arrival, at, &service).await.for_agent(core.language())
}

fn time(text: &str) -> desk::Result<chrono::DateTime<chrono::FixedOffset>> {
    chrono::DateTime::parse_from_rfc3339(text).map_err(|_| desk::Error::Invalid {
        said: Said::new("desk-not-a-time").with("text", text),
        field: Some("book.time".into()),
    })
}
