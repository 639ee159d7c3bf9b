//! The FTBook sandbox's handlers: each unpacks its request and calls the module that plays
//! the endpoint (bookings, segments, availability ...) on the store.

use axum::Extension;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use serde_json::Value;

use super::params::Params;
use super::reply::Reply;
use super::{App, Login};
use super::{account, availability, bookings, sabre, segments, services, streets, write_back};

fn body_json(bytes: &Bytes) -> Value {
    serde_json::from_slice(bytes).unwrap_or(Value::Null)
}

pub(super) async fn services(State(app): State<App>, Query(pairs): Query<Vec<(String, String)>>) -> Response {
    app.reply(services::services(&Params(pairs)))
}

pub(super) async fn service_locations(
    State(app): State<App>,
    Query(pairs): Query<Vec<(String, String)>>,
) -> Response {
    app.reply(services::service_locations(&Params(pairs)))
}

pub(super) async fn service_availability(
    State(app): State<App>,
    Query(pairs): Query<Vec<(String, String)>>,
) -> Response {
    app.reply(services::service_availability(&Params(pairs)))
}

pub(super) async fn streets(State(app): State<App>, Query(pairs): Query<Vec<(String, String)>>) -> Response {
    app.reply(streets::streets(&Params(pairs)))
}

pub(super) async fn availability(
    State(app): State<App>,
    Extension(Login(login)): Extension<Login>,
    Query(pairs): Query<Vec<(String, String)>>,
) -> Response {
    app.reply(availability::availability(&Params(pairs), account::agency_of(&login)))
}

pub(super) async fn create_booking(
    State(app): State<App>,
    Extension(Login(login)): Extension<Login>,
    body: Bytes,
) -> Response {
    app.create(None, move |store| bookings::create_booking(store, &body_json(&body), &login)).await
}

pub(super) async fn booking(
    State(app): State<App>,
    Extension(login): Extension<Login>,
    Path(reference): Path<String>,
) -> Response {
    app.reply(bookings::booking(&*app.store.lock().await, &reference, login.agency()))
}

pub(super) async fn booking_by_locator(
    State(app): State<App>,
    Extension(login): Extension<Login>,
    Path((kind, locator)): Path<(String, String)>,
) -> Response {
    app.reply(bookings::booking_by_locator(&*app.store.lock().await, &kind, &locator, login.agency()))
}

pub(super) async fn cancel_booking(
    State(app): State<App>,
    Extension(login): Extension<Login>,
    Path(reference): Path<String>,
) -> Response {
    app.change(|store| bookings::cancel_booking(store, &reference, login.agency())).await
}

pub(super) async fn complete(
    State(app): State<App>,
    Extension(login): Extension<Login>,
    body: Bytes,
) -> Response {
    app.change(|store| bookings::complete(store, &body_json(&body), login.agency())).await
}

pub(super) async fn create_segment(
    State(app): State<App>,
    Extension(login): Extension<Login>,
    Path(reference): Path<String>,
    body: Bytes,
) -> Response {
    let late = app.config.knobs.late_segment_commit;
    app.create(late, move |store| {
        segments::create_segment(store, &reference, &body_json(&body), login.agency())
    })
    .await
}

pub(super) async fn segment(
    State(app): State<App>,
    Extension(login): Extension<Login>,
    Path(ftresid): Path<String>,
) -> Response {
    app.reply(segments::segment(&*app.store.lock().await, &ftresid, login.agency()))
}

pub(super) async fn cancel_segment(
    State(app): State<App>,
    Extension(login): Extension<Login>,
    Path(ftresid): Path<String>,
) -> Response {
    app.change(|store| segments::cancel_segment(store, &ftresid, login.agency())).await
}

pub(super) async fn segment_by_reference(
    State(app): State<App>,
    Extension(login): Extension<Login>,
    Path((kind, value)): Path<(String, String)>,
) -> Response {
    app.reply(segments::segment_by_reference(&*app.store.lock().await, &kind, &value, login.agency()))
}

pub(super) async fn segments(
    State(app): State<App>,
    Extension(login): Extension<Login>,
    Path(reference): Path<String>,
) -> Response {
    if app.look_up_misses() {
        return app.reply(Reply::NoContent);
    }
    app.reply(segments::segments(&*app.store.lock().await, &reference, login.agency()))
}

pub(super) async fn segments_by_locator(
    State(app): State<App>,
    Extension(login): Extension<Login>,
    Path((kind, locator)): Path<(String, String)>,
) -> Response {
    if app.look_up_misses() {
        return app.reply(Reply::NoContent);
    }
    app.reply(segments::segments_by_locator(&*app.store.lock().await, &kind, &locator, login.agency()))
}

pub(super) async fn profile_trips(
    State(app): State<App>,
    Path((src, id)): Path<(String, String)>,
    Query(pairs): Query<Vec<(String, String)>>,
) -> Response {
    app.reply(account::profile_trips(&*app.store.lock().await, &src, &id, &Params(pairs)))
}

pub(super) async fn request_account(State(app): State<App>, body: Bytes) -> Response {
    app.change(|store| account::request_account(store, &body_json(&body))).await
}

pub(super) async fn authenticate(
    State(app): State<App>,
    Extension(Login(login)): Extension<Login>,
) -> Response {
    app.reply(account::authenticate(&login))
}

pub(super) async fn decode_sabre(State(app): State<App>, body: Bytes) -> Response {
    app.reply(sabre::decode(&body_json(&body)))
}

/// The trainer's page of what was asked to be written into an Amadeus PNR (no login: like the
/// counters, it is the sandbox's, not FTBook's).
pub(super) async fn write_back(State(app): State<App>, Path(locator): Path<String>) -> axum::Json<Value> {
    axum::Json(write_back::page(&*app.store.lock().await, &locator))
}
