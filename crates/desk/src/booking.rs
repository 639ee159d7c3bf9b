//! Booking with a journal: nothing is lost, nothing is doubled.
//!
//! Before a create call leaves, an attempt is committed to the journal with the whole draft.
//! Each step is recorded as it is confirmed (booking created with its reference, segment created
//! with its ftresid). A definite refusal ends the attempt as `rejected`. When the outcome is
//! unknown (no reply, a server error, an unreadable success) the attempt is `unknown` and is
//! looked up at the supplier — segments by booking reference, the booking under its GDS
//! locator that carries this attempt's identity, the day's reservation that carries its key —
//! before anything is sent again. What is not found yet stays `unknown` until the commit
//! window has passed. At start-up every attempt still `pending` or `unknown` is reconciled the
//! same way ([`Core::reconcile_open`]).

use history::{AttemptKind, AttemptState, BookingView, Supplier, Target};
use serde::{Deserialize, Serialize};

use crate::calls::{Sent, change, safe};
pub use crate::fasttrak_booking::FasttrakDraft;
use crate::records::ftbook_booking;
use crate::suppliers::{FTBOOK, checking_sentence, ftbook_error, ftbook_failure};
use crate::{Core, Error, Result};

/// An FTBook booking to make: the booking, its one segment, and the product as availability
/// offered it (its rules are checked before sending).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FtbookDraft {
    /// The booking (`agencyOfficeId`, debit method, identities ...); blanks take the profile's
    /// defaults.
    #[serde(default)]
    pub booking: ftbook::model::Booking,
    /// The trip.
    pub segment: ftbook::model::Segment,
    /// The product as availability described it.
    #[serde(default)]
    pub offered: Option<ftbook::model::Product>,
}

impl FtbookDraft {
    /// A draft for an offered product: the trip's ends as availability gave them (with the
    /// pickup's house number), the passenger, and the connection when the product needs one.
    pub fn from_availability(
        availability: &ftbook::model::Availability,
        passenger: ftbook::model::Passenger,
        connection: Option<ftbook::model::Connection>,
    ) -> Self {
        let segment = ftbook::model::Segment {
            passenger,
            product: ftbook::model::Product { code: availability.product.code.clone(), ..Default::default() },
            connection,
            // The pickup time availability offered: a regular taxi comes then; a locked time
            // must be sent as offered.
            start_node: ftbook::model::Node {
                time: availability.start_node.as_ref().and_then(|n| n.time),
                street: availability.start_node.as_ref().and_then(|n| n.street.clone()),
            },
            end_node: availability
                .end_node
                .as_ref()
                .map(|n| ftbook::model::Node { time: None, street: n.street.clone() }),
            ..Default::default()
        };
        FtbookDraft {
            booking: ftbook::model::Booking::default(),
            segment,
            offered: Some(availability.product.clone()),
        }
    }
}

/// The booking system named in the identity each of our FTBook bookings carries.
pub const ATTEMPT_SYSTEM: &str = "TRANSFERDESK";

impl FtbookDraft {
    /// The draft with this attempt's own identity on its booking (`TRANSFERDESK`, unique per
    /// attempt): a booking found after a lost reply is adopted only when it carries it, never
    /// because it is some booking under the same PNR (outbound and return share one). Kept when
    /// the draft already has one.
    pub fn with_attempt_identity(mut self) -> Self {
        if self.attempt_identity().is_none() {
            self.booking.identities.push(ftbook::model::Identity {
                system: ATTEMPT_SYSTEM.into(),
                number: new_attempt_key(),
                unique: Some(true),
            });
        }
        self
    }

    /// This attempt's identity, when the draft has one.
    pub fn attempt_identity(&self) -> Option<&str> {
        attempt_identity(&self.booking)
    }
}

/// The attempt identity a booking carries.
fn attempt_identity(booking: &ftbook::model::Booking) -> Option<&str> {
    booking.identities.iter().find(|i| i.system == ATTEMPT_SYSTEM).map(|i| i.number.as_str())
}

/// A key unique to one attempt: the clock's nanoseconds and the process id.
pub(crate) fn new_attempt_key() -> String {
    let nanos =
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos());
    format!("TD-{nanos:x}-{:x}", std::process::id())
}

/// A confirmed booking, as history now holds it.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Booked {
    /// The journal's attempt.
    pub attempt: i64,
    /// The booking with its segments and journal.
    pub booking: BookingView,
}

/// What a look-up at the supplier found for an attempt.
pub(crate) enum Found<T> {
    Yes(T),
    No,
    /// More than one unclaimed candidate: nothing is guessed, the attempt stays open.
    Several(usize),
}

fn locator(booking: &ftbook::model::Booking) -> Option<(ftbook::model::LocatorType, String)> {
    booking.identities.iter().find_map(|identity| {
        let kind = ftbook::model::LocatorType::from(identity.system.to_uppercase().as_str());
        kind.is_known().then(|| (kind, identity.number.clone()))
    })
}

impl Core {
    /// Settles an attempt that did not take effect: `rejected` when the supplier (or a local
    /// check) refused it, `not_made` when it could not be sent. Returns the error to report.
    pub(crate) fn failed(&self, attempt: i64, error: Error) -> Result<Error> {
        let state = if matches!(error, Error::Rejected { .. }) {
            AttemptState::Rejected
        } else {
            AttemptState::NotMade
        };
        self.history.settle(attempt, state, Some(&error.to_string()))?;
        Ok(error)
    }

    pub(crate) fn saved_view(&self, reference: &str) -> Result<BookingView> {
        self.history.booking(self.profile.name(), reference)?.ok_or_else(|| Error::Supplier {
            supplier: FTBOOK,
            message: format!("{reference} was booked but could not be read back from the history."),
            field: None,
        })
    }

    pub(crate) fn unknown(&self, supplier: &'static str, attempt: i64) -> Error {
        Error::Unknown { supplier, message: checking_sentence(supplier, self.language()), attempt }
    }

    /// Books at FTBook: journal, booking, segment, history. See the module's documentation.
    pub async fn book_ftbook(&self, draft: FtbookDraft) -> Result<Booked> {
        let mut draft = draft.with_attempt_identity();
        let ftbook = self.ftbook()?;
        let now = ftbook::model::time::now();
        let settings = &ftbook.settings;
        if draft.booking.agency_office_id.trim().is_empty() {
            draft.booking.agency_office_id = settings.agency_office_id.clone();
        }
        if draft.booking.agency_iata_number.is_none() {
            draft.booking.agency_iata_number = settings.agency_iata_number.clone();
        }
        draft.booking.booking_date.get_or_insert(now);
        if draft.booking.debit_method.is_none() {
            draft.booking.debit_method =
                Some(ftbook::model::DebitMethod::from(settings.debit_method.as_str()));
        }
        if draft.segment.client_name.trim().is_empty() {
            draft.segment.client_name = settings.client_name.clone();
        }
        draft.segment.booking_date.get_or_insert(now);
        let checked = ftbook::validate::booking(&draft.booking, now)
            .and_then(|()| ftbook::validate::segment(&draft.segment, draft.offered.as_ref()));
        if let Err(faults) = checked {
            return Err(ftbook_error(&ftbook::Error::Invalid(faults), self.language()));
        }
        let json = serde_json::to_value(&draft)
            .map_err(|e| Error::Validation { message: e.to_string(), field: None })?;
        let gds = locator(&draft.booking).map(|(kind, number)| format!("{}:{number}", kind.as_str()));
        let attempt = self.history.begin_attempt(
            self.profile.name(),
            Supplier::Ftbook,
            AttemptKind::Book,
            &json,
            Target { locator: gds.as_deref(), ..Target::default() },
        )?;
        tracing::info!(attempt, "FTBook booking journalled");
        let booking = self.create_ftbook_booking(attempt, &draft).await?;
        self.create_ftbook_segment(attempt, &draft, booking).await
    }

    /// Step 1: the booking. Returns it once FTBook has it, whether it said so or a look-up did.
    async fn create_ftbook_booking(
        &self,
        attempt: i64,
        draft: &FtbookDraft,
    ) -> Result<ftbook::model::Booking> {
        let client = &self.ftbook()?.client;
        for _ in 0..2 {
            match change(ftbook_failure, || client.create_booking(&draft.booking)).await {
                Sent::Done(booking) => {
                    let reference = booking.booking_reference.clone().unwrap_or_default();
                    self.history.record_step(attempt, Some(&reference), None, "booking_created", None)?;
                    return Ok(booking);
                }
                Sent::Failed(error) => {
                    let error = ftbook_error(&error, self.language());
                    return Err(self.failed(attempt, error)?);
                }
                Sent::Unknown(error) => {
                    self.history.settle(attempt, AttemptState::Unknown, Some(&error.to_string()))?;
                    match self.find_ftbook_booking(&draft.booking).await {
                        Ok(Found::Yes(booking)) => {
                            let reference = booking.booking_reference.clone().unwrap_or_default();
                            self.history.record_step(
                                attempt,
                                Some(&reference),
                                None,
                                "booking_created",
                                Some("found by its GDS locator and this attempt's identity"),
                            )?;
                            return Ok(booking);
                        }
                        Ok(Found::No) => {
                            let detail = if locator(&draft.booking).is_some() {
                                "no booking under its GDS locator carries this attempt's identity: sending again (an empty booking without a trip may remain at Flygtaxi)"
                            } else {
                                "no GDS locator to look it up by; sending again (an empty booking without any trip may remain at Flygtaxi)"
                            };
                            self.history.record_step(
                                attempt,
                                None,
                                None,
                                "booking_not_found",
                                Some(detail),
                            )?;
                        }
                        Ok(Found::Several(_)) | Err(_) => return Err(self.unknown(FTBOOK, attempt)),
                    }
                }
            }
        }
        Err(self.unknown(FTBOOK, attempt))
    }

    /// Step 2: the segment, then the history, then `confirmed`.
    async fn create_ftbook_segment(
        &self,
        attempt: i64,
        draft: &FtbookDraft,
        booking: ftbook::model::Booking,
    ) -> Result<Booked> {
        let client = &self.ftbook()?.client;
        let reference = booking.booking_reference.clone().unwrap_or_default();
        let sent = change(ftbook_failure, || {
            client.create_segment(&reference, &draft.segment, draft.offered.as_ref())
        });
        match sent.await {
            Sent::Done(segment) => {
                self.history.record_step(
                    attempt,
                    None,
                    segment.ftresid.as_deref(),
                    "segment_created",
                    None,
                )?;
                self.confirm_ftbook(attempt, &booking, &[segment])
            }
            Sent::Failed(error) => {
                let error = ftbook_error(&error, self.language());
                Err(self.failed(attempt, error)?)
            }
            Sent::Unknown(error) => {
                self.history.settle(attempt, AttemptState::Unknown, Some(&error.to_string()))?;
                match safe(ftbook_failure, || client.segments(&reference)).await {
                    Ok(segments) if !segments.is_empty() => {
                        let ftresid = segments[0].ftresid.clone();
                        self.history.record_step(
                            attempt,
                            None,
                            ftresid.as_deref(),
                            "segment_created",
                            Some("found among the booking's segments"),
                        )?;
                        self.confirm_ftbook(attempt, &booking, &segments)
                    }
                    Ok(_) => {
                        // Not there yet is not "not made": FTBook may commit it late. It is
                        // looked at again after the commit window, never sent again now.
                        self.history.record_step(
                            attempt,
                            None,
                            None,
                            "segment_not_found",
                            Some("not seen yet: looked at again after the commit window"),
                        )?;
                        Err(self.unknown(FTBOOK, attempt))
                    }
                    Err(_) => Err(self.unknown(FTBOOK, attempt)),
                }
            }
        }
    }

    /// Stores what the supplier confirmed and settles the attempt, in one transaction. When the
    /// write fails the booking exists at the supplier but not here: the attempt stays open (it
    /// is reconciled later) and the agent is told it is being checked, never that booking again
    /// is safe.
    pub(crate) fn keep_confirmed(
        &self,
        supplier: &'static str,
        attempt: i64,
        record: &history::BookingRecord,
        rows: &[history::SegmentRecord],
    ) -> Result<()> {
        match self.history.confirm(attempt, record, rows) {
            Ok(_) => Ok(()),
            Err(error) => {
                tracing::error!(attempt, %error, "confirmed at the supplier but not stored");
                let _ = self.history.settle(
                    attempt,
                    AttemptState::Unknown,
                    Some("confirmed but not stored here"),
                );
                Err(self.unknown(supplier, attempt))
            }
        }
    }

    pub(crate) fn confirm_ftbook(
        &self,
        attempt: i64,
        booking: &ftbook::model::Booking,
        segments: &[ftbook::model::Segment],
    ) -> Result<Booked> {
        let (record, rows) = ftbook_booking(self.profile.name(), booking, segments);
        self.keep_confirmed(FTBOOK, attempt, &record, &rows)?;
        Ok(Booked { attempt, booking: self.saved_view(&record.reference)? })
    }

    /// This attempt's booking, found through the draft's GDS locator: among every booking
    /// FTBook holds under the locator, the one carrying the attempt's identity. `No` when the
    /// draft has no locator or no identity, or no booking under it is this attempt's (another
    /// trip on the same PNR is never adopted).
    pub(crate) async fn find_ftbook_booking(
        &self,
        booking: &ftbook::model::Booking,
    ) -> Result<Found<ftbook::model::Booking>, ftbook::Error> {
        let client = &self.ftbook().map_err(|e| ftbook::Error::Config(e.to_string()))?.client;
        let Some((kind, number)) = locator(booking) else { return Ok(Found::No) };
        let Some(ours) = attempt_identity(booking) else { return Ok(Found::No) };
        let not_found = |error: &ftbook::Error| match error {
            ftbook::Error::Rejected { status: 404, .. } => true,
            ftbook::Error::Rejected { faults, .. } => faults.iter().any(|f| f.code == 1100),
            _ => false,
        };
        let mut candidates = Vec::new();
        match safe(ftbook_failure, || client.booking_by_locator(&kind, &number)).await {
            Ok(found) => candidates.push(found),
            Err(error) if not_found(&error) => {}
            Err(error) => return Err(error),
        }
        let segments = match safe(ftbook_failure, || client.segments_by_locator(&kind, &number)).await {
            Ok(segments) => segments,
            Err(error) if not_found(&error) => Vec::new(),
            Err(error) => return Err(error),
        };
        let mut references: Vec<String> = segments.into_iter().filter_map(|s| s.booking_reference).collect();
        references.sort();
        references.dedup();
        for reference in references {
            if candidates.iter().any(|b| b.booking_reference.as_deref() == Some(reference.as_str())) {
                continue;
            }
            candidates.push(safe(ftbook_failure, || client.booking(&reference)).await?);
        }
        Ok(candidates.into_iter().find(|b| attempt_identity(b) == Some(ours)).map_or(Found::No, Found::Yes))
    }
}
