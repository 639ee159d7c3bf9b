//! Refreshing bookings from their suppliers into the history: one booking by any reference the
//! agent has (booking reference, ftresid, GDS locator — every booking under it — or FASTTRAK
//! reservation id), or every recent one. When a supplier cannot be reached the history keeps
//! answering and the report says so.

use chrono::{TimeDelta, Utc};
use history::{BookingView, Supplier, SyncOutcome};
use serde::Serialize;

use crate::calls::safe;
use crate::error::Said;
use crate::records::ftbook_booking;
use crate::suppliers::{fasttrak_error, fasttrak_failure, ftbook_error, ftbook_failure, offline_sentence};
use crate::{Core, Error, Result};
use ftbook::model::LocatorType;

/// What an FTBook reference the agent typed names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum FtbookReference {
    /// A booking reference: digits, at most 13 (`2014000000058`).
    Booking,
    /// An ftresid: `R` and digits, at most 10 characters (`R000000048`).
    Segment,
    /// Anything else: an Amadeus or Sabre record locator (`QX7Z2K`, `RX7Z2K`).
    Locator,
}

impl FtbookReference {
    pub(crate) fn of(text: &str) -> Self {
        let digits = |t: &str| !t.is_empty() && t.chars().all(|c| c.is_ascii_digit());
        if digits(text) && text.len() <= 13 {
            FtbookReference::Booking
        } else if text.len() <= 10 && text.strip_prefix('R').is_some_and(digits) {
            FtbookReference::Segment
        } else {
            FtbookReference::Locator
        }
    }
}

/// The result of a refresh from the suppliers.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SyncReport {
    /// Bookings refreshed.
    pub refreshed: Vec<String>,
    /// Bookings that could not be refreshed, with why.
    pub failed: Vec<(String, String)>,
    /// Whether a supplier could not be reached (history still answers).
    pub offline: bool,
    /// A sentence for the agent when offline.
    pub message: Option<String>,
}

impl Core {
    /// Refreshes one booking from its supplier (by booking reference, ftresid, locator or
    /// reservation id) into the history.
    pub async fn sync_one(&self, reference: &str) -> Result<BookingView> {
        let stored = self.db(|h| h.booking(self.profile.name(), reference))?;
        let supplier = match &stored {
            Some(view) => view.supplier,
            None if reference.chars().all(|c| c.is_ascii_digit()) && reference.len() < 10 => {
                Supplier::Fasttrak
            }
            None => Supplier::Ftbook,
        };
        let outcome = match supplier {
            Supplier::Ftbook => {
                let reference = stored.as_ref().map_or(reference, |v| v.reference.as_str());
                self.sync_ftbook(reference, stored.as_ref()).await
            }
            Supplier::Fasttrak => {
                let client = &self.fasttrak()?.client;
                let id: i64 = reference.parse().unwrap_or_default();
                match safe(fasttrak_failure, || client.reservation(id)).await {
                    Ok(Some(reservation)) => self.store_reservation(&reservation),
                    Ok(None) => Err(Error::Validation {
                        message: Said::new("desk-fasttrak-no-reservation")
                            .with("reference", reference)
                            .text(self.language()),
                        field: Some("reference".into()),
                    }),
                    Err(error) => Err(fasttrak_error(&error, self.language())),
                }
            }
        };
        let (name, scope) = (supplier, reference);
        match &outcome {
            Ok(()) => self.db(|h| h.log_sync(self.profile.name(), name, scope, SyncOutcome::Ok, None))?,
            Err(Error::Offline { message, .. }) => self
                .db(|h| h.log_sync(self.profile.name(), name, scope, SyncOutcome::Offline, Some(message)))?,
            Err(error) => self.db(|h| {
                h.log_sync(
                    self.profile.name(),
                    name,
                    scope,
                    SyncOutcome::Failed,
                    Some(&error.message(self.language())),
                )
            })?,
        }
        outcome?;
        self.stored(reference)
    }

    async fn sync_ftbook(&self, reference: &str, stored: Option<&BookingView>) -> Result<()> {
        let client = &self.ftbook()?.client;
        let references = match FtbookReference::of(reference) {
            FtbookReference::Booking => vec![reference.to_owned()],
            FtbookReference::Segment => {
                let segment = safe(ftbook_failure, || client.segment(reference))
                    .await
                    .map_err(|e| ftbook_error(&e, self.language()))?;
                vec![segment.booking_reference.unwrap_or_default()]
            }
            FtbookReference::Locator => {
                // The GDS the history knows the locator from, else both: one PNR may hold
                // several bookings (outbound and return), so every booking under it is fetched.
                let systems = match stored {
                    Some(view) if view.sabre.as_deref() == Some(reference) => vec![LocatorType::Sabre],
                    Some(view) if view.amadeus.as_deref() == Some(reference) => vec![LocatorType::Amadeus],
                    _ => vec![LocatorType::Amadeus, LocatorType::Sabre],
                };
                self.bookings_under(reference, &systems).await?
            }
        };
        for booking_reference in references {
            let booking = safe(ftbook_failure, || client.booking(&booking_reference))
                .await
                .map_err(|e| ftbook_error(&e, self.language()))?;
            let segments = safe(ftbook_failure, || client.segments(&booking_reference))
                .await
                .map_err(|e| ftbook_error(&e, self.language()))?;
            let (record, rows) = ftbook_booking(self.profile.name(), &booking, &segments);
            self.db(|h| h.save_booking(&record, &rows))?;
        }
        Ok(())
    }

    /// The booking references FTBook holds under a GDS locator, in the first of `systems` that
    /// knows it (`booking/segments/{type}/{locator}`).
    async fn bookings_under(&self, locator: &str, systems: &[LocatorType]) -> Result<Vec<String>> {
        let client = &self.ftbook()?.client;
        let mut last = None;
        for kind in systems {
            match safe(ftbook_failure, || client.segments_by_locator(kind, locator)).await {
                Ok(segments) => {
                    let mut references: Vec<String> =
                        segments.into_iter().filter_map(|s| s.booking_reference).collect();
                    references.sort();
                    references.dedup();
                    if references.is_empty() {
                        let booking = safe(ftbook_failure, || client.booking_by_locator(kind, locator))
                            .await
                            .map_err(|e| ftbook_error(&e, self.language()))?;
                        references.extend(booking.booking_reference);
                    }
                    return Ok(references);
                }
                Err(error) => last = Some(error),
            }
        }
        Err(last.map_or_else(
            || Error::Validation {
                message: Said::new("desk-not-found").with("reference", locator).text(self.language()),
                field: Some("reference".into()),
            },
            |e| ftbook_error(&e, self.language()),
        ))
    }

    /// Refreshes every booking with a pickup in the last 30 days or later. When a supplier
    /// cannot be reached, says so; the history keeps answering.
    pub async fn sync_recent(&self) -> Result<SyncReport> {
        let since = Utc::now() - TimeDelta::days(30);
        let mut report =
            SyncReport { refreshed: Vec::new(), failed: Vec::new(), offline: false, message: None };
        for (supplier, reference) in self.db(|h| h.recent_references(self.profile.name(), since))? {
            match self.sync_one(&reference).await {
                Ok(_) => report.refreshed.push(reference),
                Err(Error::Offline { supplier: name, .. }) => {
                    report.offline = true;
                    report.message = Some(offline_sentence(name, self.language()));
                    report.failed.push((reference, offline_sentence(name, self.language())));
                }
                Err(error) => {
                    let _ = supplier;
                    report.failed.push((reference, error.message(self.language())));
                }
            }
        }
        Ok(report)
    }
}
