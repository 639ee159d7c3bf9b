//! The booking history: search while typing (offline), a booking's page, cancelling, and
//! refreshing from the supplier.

use desk::lookup::HistoryQuery;
use desk::view::{BookingView, SegmentRow};
use desk::{CommandError, ForAgent};
use tauri::{AppHandle, Runtime};

use crate::DeskExt;

/// Segments matching what the agent typed and the filters, newest first. Works offline. The
/// search runs on a blocking thread, off the async runtime's workers.
#[tauri::command]
pub async fn search_history<R: Runtime>(
    app: AppHandle<R>,
    query: HistoryQuery,
) -> Result<Vec<SegmentRow>, CommandError> {
    let core = app.desk().core();
    let language = core.language();
    let found = tauri::async_runtime::spawn_blocking(move || core.search_history(&query)).await;
    let rows = crate::joined(found).for_agent(language)?;
    Ok(rows.into_iter().map(SegmentRow::from).collect())
}

/// A booking's page: its segments with every field the supplier returned, and its journal.
#[tauri::command]
pub async fn get_booking<R: Runtime>(
    app: AppHandle<R>,
    reference: String,
) -> Result<BookingView, CommandError> {
    let core = app.desk().core();
    let language = core.language();
    let found = tauri::async_runtime::spawn_blocking(move || core.booking_page(&reference)).await;
    let view = crate::joined(found).for_agent(language)?;
    Ok(view.into())
}

/// Cancels one segment; the booking as it now stands.
#[tauri::command]
pub async fn cancel_segment<R: Runtime>(
    app: AppHandle<R>,
    segment_ref: String,
) -> Result<BookingView, CommandError> {
    let core = app.desk().core();
    core.cancel_segment(&segment_ref).await.map(BookingView::from).for_agent(core.language())
}

/// Cancels every segment of a booking; the booking as it now stands.
#[tauri::command]
pub async fn cancel_booking<R: Runtime>(
    app: AppHandle<R>,
    reference: String,
) -> Result<BookingView, CommandError> {
    let core = app.desk().core();
    core.cancel_booking(&reference).await.map(BookingView::from).for_agent(core.language())
}

/// Refreshes one booking from its supplier.
#[tauri::command]
pub async fn refresh_booking<R: Runtime>(
    app: AppHandle<R>,
    reference: String,
) -> Result<BookingView, CommandError> {
    let core = app.desk().core();
    core.sync_one(&reference).await.map(BookingView::from).for_agent(core.language())
}

/// A new booking begun from one in the history: the same trip again, or the return trip.
#[tauri::command]
pub async fn rebook<R: Runtime>(
    app: AppHandle<R>,
    reference: String,
    how: desk::rebook::Rebook,
) -> Result<desk::rebook::Rebooking, CommandError> {
    let core = app.desk().core();
    core.rebook(&reference, how).for_agent(core.language())
}
