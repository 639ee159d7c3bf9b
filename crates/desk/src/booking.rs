//! Booking at FTBook with a journal: nothing is lost, nothing is doubled.
//!
//! Before anything leaves, an attempt is committed to the journal with the whole draft. The
//! booking is then made in two [`crate::change::Change`]s run by the one journalled-change
//! mechanism: [`CreateBooking`] (found after a lost reply through the GDS locator and this
//! attempt's own identity, `TRANSFERDESK`) and [`AddSegment`] (found among that booking's
//! segments). The FASTTRAK booking is in [`crate::fasttrak_booking`]; at start-up every attempt
//! still `pending` or `unknown` is looked up through the same changes ([`Core::reconcile_open`]).

use history::{AttemptKind, AttemptState, BookingView, JournalEvent, Supplier, Target};
use serde::{Deserialize, Serialize};

use crate::calls::safe;
use crate::change::Change;
pub(crate) use crate::change::Found;
use crate::error::Said;
pub use crate::fasttrak_booking::FasttrakDraft;
use crate::records::ftbook_booking;
use crate::suppliers::{FTBOOK, checking_sentence, ftbook_error, ftbook_failure};
use crate::{Core, Error, Result};
use crate::{Language, retry::Failure};

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

/// A confirmed booking, as history now holds it (the web view gets [`crate::view::Booked`]).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Booked {
    /// The journal's attempt.
    pub attempt: i64,
    /// The booking with its segments and journal.
    pub booking: BookingView,
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
        self.db(|h| h.settle(attempt, state, Some(&error.message(self.language()))))?;
        Ok(error)
    }

    pub(crate) fn saved_view(&self, reference: &str) -> Result<BookingView> {
        self.db(|h| h.booking(self.profile.name(), reference))?.ok_or_else(|| Error::Supplier {
            supplier: FTBOOK,
            message: Said::new("desk-booked-not-read-back")
                .with("reference", reference)
                .text(self.language()),
            field: None,
        })
    }

    pub(crate) fn unknown(&self, supplier: &'static str, attempt: i64) -> Error {
        Error::Unknown { supplier, message: checking_sentence(supplier, self.language()), attempt }
    }

    /// Books at FTBook: journal, booking, segment, history. See the module's documentation.
    pub async fn book_ftbook(&self, draft: FtbookDraft) -> Result<Booked> {
        let draft = self.prepare_ftbook(draft.with_attempt_identity())?;
        let json = serde_json::to_value(&draft).map_err(Error::Draft)?;
        let gds = locator(&draft.booking).map(|(kind, number)| format!("{}:{number}", kind.as_str()));
        let attempt = self.db(|h| {
            h.begin_attempt(
                self.profile.name(),
                Supplier::Ftbook,
                AttemptKind::Book,
                &json,
                Target { locator: gds.as_deref(), ..Target::default() },
            )
        })?;
        tracing::info!(attempt, "FTBook booking journalled");
        let booking = self.carry_out(attempt, &CreateBooking { core: self, booking: &draft.booking }).await?;
        let booking = booking.into_result()?;
        self.carry_out(attempt, &AddSegment { core: self, draft: &draft, booking }).await?.into_result()
    }

    /// An FTBook draft as it would be sent: the profile's agency, client and debit method where
    /// the draft has none, and every rule of FTBook's documents checked here, so a refusal the
    /// client can see never reaches the supplier (and the details step can ask for it early).
    pub(crate) fn prepare_ftbook(&self, mut draft: FtbookDraft) -> Result<FtbookDraft> {
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
        match checked {
            Ok(()) => Ok(draft),
            Err(faults) => Err(ftbook_error(&ftbook::Error::Invalid(faults), self.language())),
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
        match self.db(|h| h.confirm(attempt, record, rows)) {
            Ok(_) => Ok(()),
            Err(error) => {
                tracing::error!(attempt, %error, "confirmed at the supplier but not stored");
                let _ = self
                    .db(|h| h.settle(attempt, AttemptState::Unknown, Some("confirmed but not stored here")));
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
        let client = self.ftbook_calls()?;
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
        let mut mine: Vec<_> = candidates.into_iter().filter(|b| attempt_identity(b) == Some(ours)).collect();
        Ok(match mine.len() {
            0 => Found::No,
            1 => mine.pop().map_or(Found::No, Found::Yes),
            _ => Found::Several(mine.into_iter().filter_map(|b| b.booking_reference).collect()),
        })
    }
}

/// Step 1 of an FTBook booking: the booking, which on its own books nothing (so it may be sent
/// again when a look-up does not find it). Found through its GDS locator and this attempt's
/// identity.
pub(crate) struct CreateBooking<'a> {
    pub(crate) core: &'a Core,
    pub(crate) booking: &'a ftbook::model::Booking,
}

impl Change for CreateBooking<'_> {
    type Reply = ftbook::model::Booking;
    type Fault = ftbook::Error;
    type Kept = ftbook::model::Booking;
    const SUPPLIER: &'static str = FTBOOK;
    const DONE: JournalEvent = JournalEvent::BookingCreated;
    const RESEND_WHEN_NOT_FOUND: bool = true;

    fn classify(fault: &ftbook::Error) -> Failure {
        ftbook_failure(fault)
    }
    fn error(fault: &ftbook::Error, language: Language) -> Error {
        ftbook_error(fault, language)
    }
    fn references(booking: &ftbook::model::Booking) -> (Option<String>, Option<String>) {
        (booking.booking_reference.clone(), None)
    }
    async fn send(&self) -> Result<ftbook::model::Booking, ftbook::Error> {
        self.core.ftbook_calls()?.create_booking(self.booking).await
    }
    async fn find(&self) -> Result<Found<ftbook::model::Booking>, ftbook::Error> {
        self.core.find_ftbook_booking(self.booking).await
    }
    async fn keep(&self, _attempt: i64, booking: ftbook::model::Booking) -> Result<ftbook::model::Booking> {
        Ok(booking)
    }
}

/// Step 2: the trip, under the booking step 1 made. Every segment under that booking is this
/// attempt's (the booking carries its identity, and nothing else adds trips to it).
pub(crate) struct AddSegment<'a> {
    pub(crate) core: &'a Core,
    pub(crate) draft: &'a FtbookDraft,
    pub(crate) booking: ftbook::model::Booking,
}

impl AddSegment<'_> {
    fn reference(&self) -> &str {
        self.booking.booking_reference.as_deref().unwrap_or_default()
    }
}

impl Change for AddSegment<'_> {
    type Reply = Vec<ftbook::model::Segment>;
    type Fault = ftbook::Error;
    type Kept = Booked;
    const SUPPLIER: &'static str = FTBOOK;
    const DONE: JournalEvent = JournalEvent::SegmentCreated;

    fn classify(fault: &ftbook::Error) -> Failure {
        ftbook_failure(fault)
    }
    fn error(fault: &ftbook::Error, language: Language) -> Error {
        ftbook_error(fault, language)
    }
    fn references(segments: &Vec<ftbook::model::Segment>) -> (Option<String>, Option<String>) {
        (None, segments.first().and_then(|s| s.ftresid.clone()))
    }
    async fn send(&self) -> Result<Vec<ftbook::model::Segment>, ftbook::Error> {
        let client = self.core.ftbook_calls()?;
        let segment =
            client.create_segment(self.reference(), &self.draft.segment, self.draft.offered.as_ref());
        segment.await.map(|segment| vec![segment])
    }
    async fn find(&self) -> Result<Found<Vec<ftbook::model::Segment>>, ftbook::Error> {
        let client = self.core.ftbook_calls()?;
        let segments = safe(ftbook_failure, || client.segments(self.reference())).await?;
        Ok(if segments.is_empty() { Found::No } else { Found::Yes(segments) })
    }
    async fn keep(&self, attempt: i64, segments: Vec<ftbook::model::Segment>) -> crate::Result<Booked> {
        self.core.confirm_ftbook(attempt, &self.booking, &segments)
    }
}
