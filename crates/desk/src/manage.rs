//! Looking after bookings: cancel a segment or a whole booking (the changes [`CancelTrips`] and
//! [`CancelReservation`], run through the journal like a booking; refused here after
//! `latestCancelTime`; "already cancelled" looked up, then counted as done), complete a
//! booking, TBO's agency balance and the connection tests. Refreshing is in [`crate::sync`].

use chrono::{DateTime, Utc};
use history::{AttemptKind, AttemptState, BookingView, JournalEvent, Supplier, Target};

use crate::calls::{Sent, change, safe};
use crate::change::{Change, Found};
use crate::error::Said;
use crate::reconcile::cancel_outcome;
use crate::records::{fasttrak_reservation, ftbook_booking};
use crate::retry::Failure;
use crate::suppliers::{
    FASTTRAK, FTBOOK, TBO, fasttrak_error, fasttrak_failure, ftbook_error, ftbook_failure, tbo_error,
};
use crate::{Core, Error, Language, Result};

/// FTBook's "already cancelled" faults: a segment (1203), every segment of a booking (1302).
const ALREADY_CANCELLED: [i32; 2] = [1203, 1302];

fn cancel_too_late(language: Language, latest: &str) -> String {
    i18n::text(language, "desk-cancel-too-late", &[("latest", latest.to_owned())])
}

impl Core {
    pub(crate) fn stored(&self, reference: &str) -> Result<BookingView> {
        self.db(|h| h.booking(self.profile.name(), reference))?.ok_or_else(|| Error::Validation {
            message: i18n::text(
                self.language(),
                "desk-not-in-history-fetch",
                &[("reference", reference.to_owned())],
            ),
            field: Some("reference".into()),
        })
    }

    /// The stored booking with `segments` as FTBook now has them, as history records.
    pub(crate) fn ftbook_records(
        &self,
        view: &BookingView,
        segments: &[ftbook::model::Segment],
    ) -> (history::BookingRecord, Vec<history::SegmentRecord>) {
        let booking: ftbook::model::Booking =
            serde_json::from_value(view.reply.clone()).unwrap_or_else(|_| ftbook::model::Booking {
                booking_reference: Some(view.reference.clone()),
                ..Default::default()
            });
        ftbook_booking(self.profile.name(), &booking, segments)
    }

    /// Records a confirmed FTBook cancellation: the segments as FTBook has them now and the
    /// attempt settled, in one transaction.
    fn confirm_ftbook_cancel(
        &self,
        attempt: i64,
        view: &BookingView,
        segments: &[ftbook::model::Segment],
    ) -> Result<BookingView> {
        let (record, rows) = self.ftbook_records(view, segments);
        self.keep_confirmed(FTBOOK, attempt, &record, &rows)?;
        self.stored(&view.reference)
    }

    pub(crate) fn store_reservation(&self, reservation: &fasttrak::model::Reservation) -> Result<()> {
        let fasttrak = self.fasttrak()?;
        let (record, rows) = fasttrak_reservation(
            self.profile.name(),
            reservation,
            &fasttrak.settings.currency,
            fasttrak.zone,
        );
        self.db(|h| h.save_booking(&record, &rows))?;
        Ok(())
    }

    /// Cancels one segment (FTBook ftresid or FASTTRAK reservation id) and returns the booking
    /// as history now holds it.
    pub async fn cancel_segment(&self, segment_ref: &str) -> Result<BookingView> {
        let row = match self.db(|h| h.segment(self.profile.name(), segment_ref))? {
            Some(row) => row,
            None => {
                self.sync_one(segment_ref).await?;
                self.db(|h| h.segment(self.profile.name(), segment_ref))?.ok_or_else(|| {
                    Error::Validation {
                        message: Said::new("desk-not-found")
                            .with("reference", segment_ref)
                            .text(self.language()),
                        field: Some("segmentRef".into()),
                    }
                })?
            }
        };
        let view = self.stored(&row.booking_reference)?;
        if row.cancelled {
            return Ok(view);
        }
        if let Some(latest) = &row.latest_cancel_time
            && DateTime::parse_from_rfc3339(latest).is_ok_and(|latest| Utc::now() > latest)
        {
            return Err(Error::Validation {
                message: cancel_too_late(self.language(), latest),
                field: Some("segment.latestCancelTime".into()),
            });
        }
        let attempt = self.db(|h| {
            h.begin_attempt(
                self.profile.name(),
                row.supplier,
                AttemptKind::CancelSegment,
                &serde_json::json!({ "segmentRef": segment_ref }),
                Target {
                    booking_reference: Some(&row.booking_reference),
                    segment_ref: Some(segment_ref),
                    locator: None,
                },
            )
        })?;
        let outcome = match row.supplier {
            Supplier::Ftbook => {
                let cancel = CancelTrips { core: self, view: &view, ftresid: Some(segment_ref) };
                self.carry_out(attempt, &cancel).await?
            }
            Supplier::Fasttrak => {
                let id = segment_ref.parse().map_err(|_| Error::Validation {
                    message: Said::new("desk-not-a-reservation-number")
                        .with("reference", segment_ref)
                        .text(self.language()),
                    field: Some("segmentRef".into()),
                })?;
                self.carry_out(attempt, &CancelReservation { core: self, id }).await?
            }
        };
        outcome.into_result()
    }

    /// Cancels every segment of a booking.
    pub async fn cancel_booking(&self, reference: &str) -> Result<BookingView> {
        let view = self.stored(reference)?;
        if view.supplier == Supplier::Fasttrak {
            return self.cancel_segment(reference).await;
        }
        let now = Utc::now();
        let open: Vec<_> = view.segments.iter().filter(|s| !s.cancelled).collect();
        if !open.is_empty()
            && open.iter().all(|s| {
                s.latest_cancel_time
                    .as_deref()
                    .and_then(|t| DateTime::parse_from_rfc3339(t).ok())
                    .is_some_and(|latest| now > latest)
            })
        {
            let latest = open[0].latest_cancel_time.clone().unwrap_or_default();
            return Err(Error::Validation {
                message: cancel_too_late(self.language(), &latest),
                field: Some("segment.latestCancelTime".into()),
            });
        }
        self.ftbook()?;
        let attempt = self.db(|h| {
            h.begin_attempt(
                self.profile.name(),
                Supplier::Ftbook,
                AttemptKind::CancelBooking,
                &serde_json::json!({ "bookingReference": reference }),
                Target { booking_reference: Some(reference), ..Target::default() },
            )
        })?;
        let cancel = CancelTrips { core: self, view: &view, ftresid: None };
        self.carry_out(attempt, &cancel).await?.into_result()
    }

    /// Completes an FTBook booking (its PENDING segments become COMPLETE).
    pub async fn complete(&self, reference: &str) -> Result<BookingView> {
        let client = &self.ftbook()?.client;
        let complete =
            ftbook::model::Complete { booking_reference: reference.to_owned(), identities: Vec::new() };
        match change(ftbook_failure, || client.complete_booking(&complete)).await {
            Sent::Done(_) | Sent::Unknown(_) => {
                self.sync_one(reference).await?;
                self.stored(reference)
            }
            Sent::Failed(error) => Err(ftbook_error(&error, self.language())),
        }
    }

    /// TBO's agency balance (authenticates only when the day needs a new token).
    pub async fn tbo_balance(&self) -> Result<tbo::model::AgencyBalance> {
        let client = self.tbo()?;
        client.agency_balance().await.map_err(|error| tbo_error(&error, self.language()))
    }

    /// Checks a supplier's credentials: FTBook account authenticate, FASTTRAK login, TBO
    /// authenticate and the agency's balance. Returns, in the agent's language, who answered:
    /// the user and agency, and TBO's balances as amounts.
    pub async fn test_connection(&self, supplier: &str) -> Result<String> {
        let language = self.language();
        match supplier {
            "ftbook" => {
                let ftbook = self.ftbook()?;
                let reply = ftbook.client.authenticate().await.map_err(|e| ftbook_error(&e, language))?;
                Ok(Said::new("desk-test-ftbook")
                    .with("supplier", FTBOOK)
                    .with("name", &reply.name)
                    .with("office", &ftbook.settings.agency_office_id)
                    .text(language))
            }
            "fasttrak" => {
                let fasttrak = self.fasttrak()?;
                fasttrak.client.login().await.map_err(|e| fasttrak_error(&e, language))?;
                Ok(Said::new("desk-test-fasttrak")
                    .with("supplier", FASTTRAK)
                    .with("user", &fasttrak.settings.username)
                    .with("system", &fasttrak.settings.system_id)
                    .text(language))
            }
            "tbo" => {
                let client = self.tbo()?;
                let member = client.authenticate().await.map_err(|e| tbo_error(&e, language))?;
                let balance = client.agency_balance().await.map_err(|e| tbo_error(&e, language))?;
                Ok(Said::new("desk-test-tbo")
                    .with("supplier", TBO)
                    .with("name", format!("{} {}", member.first_name, member.last_name).trim())
                    .with("login", &member.login_name)
                    .with("cash", crate::amount::amount(balance.cash_balance, language))
                    .with("credit", crate::amount::amount(balance.credit_balance, language))
                    .text(language))
            }
            other => Err(Error::Validation {
                message: Said::new("desk-no-such-supplier").with("name", other).text(self.language()),
                field: Some("supplier".into()),
            }),
        }
    }
}

/// Cancelling FTBook trips: one (`ftresid`) or every one of a booking. Done when the look-up
/// shows each of them cancelled, not made when one is still active; an empty list proves
/// nothing. "Already cancelled" (1203, 1302) is looked up, not taken on trust.
pub(crate) struct CancelTrips<'a> {
    pub(crate) core: &'a Core,
    pub(crate) view: &'a BookingView,
    pub(crate) ftresid: Option<&'a str>,
}

impl Change for CancelTrips<'_> {
    type Reply = Vec<ftbook::model::Segment>;
    type Fault = ftbook::Error;
    type Kept = BookingView;
    const SUPPLIER: &'static str = FTBOOK;
    const DONE: JournalEvent = JournalEvent::Cancelled;
    const CANCELS: bool = true;

    fn classify(fault: &ftbook::Error) -> Failure {
        ftbook_failure(fault)
    }
    fn error(fault: &ftbook::Error, language: Language) -> Error {
        ftbook_error(fault, language)
    }
    fn already_done(&self, fault: &ftbook::Error) -> bool {
        matches!(fault, ftbook::Error::Rejected { faults, .. }
            if faults.iter().any(|f| ALREADY_CANCELLED.contains(&f.code)))
    }
    fn references(_: &Vec<ftbook::model::Segment>) -> (Option<String>, Option<String>) {
        (None, None)
    }
    async fn send(&self) -> Result<Vec<ftbook::model::Segment>, ftbook::Error> {
        let client = self.core.ftbook_calls()?;
        match self.ftresid {
            Some(ftresid) => client.cancel_segment(ftresid).await.map(|segment| vec![segment]),
            None => client.cancel_booking(&self.view.reference).await,
        }
    }
    async fn find(&self) -> Result<Found<Vec<ftbook::model::Segment>>, ftbook::Error> {
        let client = self.core.ftbook_calls()?;
        let segments = safe(ftbook_failure, || client.segments(&self.view.reference)).await?;
        let cancelled: Vec<bool> = segments
            .iter()
            .filter(|s| self.ftresid.is_none_or(|ftresid| s.ftresid.as_deref() == Some(ftresid)))
            .map(|s| s.cancelled)
            .collect();
        Ok(match cancel_outcome(&cancelled) {
            AttemptState::Confirmed => Found::Yes(segments),
            AttemptState::NotMade => Found::No,
            _ => Found::Unseen,
        })
    }
    async fn keep(&self, attempt: i64, reply: Vec<ftbook::model::Segment>) -> Result<BookingView> {
        // The booking's every trip as FTBook shows it now (the reply holds only the cancelled).
        let client = self.core.ftbook_calls().map_err(|e| ftbook_error(&e, self.core.language()))?;
        let all = safe(ftbook_failure, || client.segments(&self.view.reference)).await;
        let segments = all.ok().filter(|all| !all.is_empty()).unwrap_or(reply);
        self.core.confirm_ftbook_cancel(attempt, self.view, &segments)
    }
}

/// Cancelling a FASTTRAK reservation: done when the operator shows it cancelled, not made while
/// it is active; a reservation the operator does not show proves nothing.
pub(crate) struct CancelReservation<'a> {
    pub(crate) core: &'a Core,
    pub(crate) id: i64,
}

impl Change for CancelReservation<'_> {
    type Reply = fasttrak::model::Reservation;
    type Fault = fasttrak::Error;
    type Kept = BookingView;
    const SUPPLIER: &'static str = FASTTRAK;
    const DONE: JournalEvent = JournalEvent::Cancelled;
    const CANCELS: bool = true;

    fn classify(fault: &fasttrak::Error) -> Failure {
        fasttrak_failure(fault)
    }
    fn error(fault: &fasttrak::Error, language: Language) -> Error {
        fasttrak_error(fault, language)
    }
    fn references(_: &fasttrak::model::Reservation) -> (Option<String>, Option<String>) {
        (None, None)
    }
    async fn send(&self) -> Result<fasttrak::model::Reservation, fasttrak::Error> {
        self.core.fasttrak_calls()?.cancel_reservation(self.id).await
    }
    async fn find(&self) -> Result<Found<fasttrak::model::Reservation>, fasttrak::Error> {
        let client = self.core.fasttrak_calls()?;
        let found = safe(fasttrak_failure, || client.reservation(self.id)).await?;
        Ok(match found {
            Some(r) if r.reservation_status == fasttrak::model::ReservationStatus::Cancelled => Found::Yes(r),
            Some(_) => Found::No,
            None => Found::Unseen,
        })
    }
    async fn keep(&self, attempt: i64, reservation: fasttrak::model::Reservation) -> Result<BookingView> {
        let fasttrak = self.core.fasttrak()?;
        let (record, rows) = fasttrak_reservation(
            self.core.profile.name(),
            &reservation,
            &fasttrak.settings.currency,
            fasttrak.zone,
        );
        self.core.keep_confirmed(FASTTRAK, attempt, &record, &rows)?;
        self.core.stored(&self.id.to_string())
    }
}
