//! Looking after bookings: cancel a segment or a whole booking (journalled like a booking,
//! refused here after `latestCancelTime`, "already cancelled" counted as done), complete a
//! booking, TBO's agency balance and the connection tests. Refreshing is in [`crate::sync`].

use chrono::{DateTime, Utc};
use history::{AttemptKind, AttemptState, BookingView, Supplier, Target};

use crate::calls::{Sent, change, safe};
use crate::records::{fasttrak_reservation, ftbook_booking};
use crate::suppliers::{
    FASTTRAK, FTBOOK, TBO, fasttrak_error, fasttrak_failure, ftbook_error, ftbook_failure, tbo_error,
};
use crate::{Core, Error, Language, Result};

/// FTBook's "already cancelled" faults: a segment (1203), every segment of a booking (1302).
const ALREADY_CANCELLED: [i32; 2] = [1203, 1302];

fn cancel_too_late(language: Language, latest: &str) -> String {
    match language {
        Language::Swedish => format!("Resan kan inte avbokas längre: sista avbokningstid var {latest}."),
        Language::English => {
            format!("The trip can no longer be cancelled: the latest cancellation time was {latest}.")
        }
    }
}

impl Core {
    pub(crate) fn stored(&self, reference: &str) -> Result<BookingView> {
        self.history.booking(self.profile.name(), reference)?.ok_or_else(|| Error::Validation {
            message: match self.language() {
                Language::Swedish => {
                    format!("{reference} finns inte i historiken; hämta den först (desk sync {reference}).")
                }
                Language::English => {
                    format!("{reference} is not in the history; fetch it first (desk sync {reference}).")
                }
            },
            field: Some("reference".into()),
        })
    }

    /// Saves FTBook segments under the stored booking.
    pub(crate) fn store_ftbook(&self, view: &BookingView, segments: &[ftbook::model::Segment]) -> Result<()> {
        let (record, rows) = self.ftbook_records(view, segments);
        self.history.save_booking(&record, &rows)?;
        Ok(())
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
        note: Option<&str>,
    ) -> Result<BookingView> {
        self.history.record_step(attempt, None, None, "cancelled", note)?;
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
        self.history.save_booking(&record, &rows)?;
        Ok(())
    }

    /// Cancels one segment (FTBook ftresid or FASTTRAK reservation id) and returns the booking
    /// as history now holds it.
    pub async fn cancel_segment(&self, segment_ref: &str) -> Result<BookingView> {
        let row = match self.history.segment(self.profile.name(), segment_ref)? {
            Some(row) => row,
            None => {
                self.sync_one(segment_ref).await?;
                self.history.segment(self.profile.name(), segment_ref)?.ok_or_else(|| Error::Validation {
                    message: format!("{segment_ref} was not found."),
                    field: Some("segmentRef".into()),
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
        let attempt = self.history.begin_attempt(
            self.profile.name(),
            row.supplier,
            AttemptKind::CancelSegment,
            &serde_json::json!({ "segmentRef": segment_ref }),
            Target {
                booking_reference: Some(&row.booking_reference),
                segment_ref: Some(segment_ref),
                locator: None,
            },
        )?;
        match row.supplier {
            Supplier::Ftbook => {
                let client = &self.ftbook()?.client;
                match change(ftbook_failure, || client.cancel_segment(segment_ref)).await {
                    Sent::Done(segment) => self.store_cancelled_segment(attempt, &view, segment, None).await,
                    Sent::Failed(ftbook::Error::Rejected { faults, .. })
                        if faults.iter().any(|f| ALREADY_CANCELLED.contains(&f.code)) =>
                    {
                        let segment = safe(ftbook_failure, || client.segment(segment_ref)).await;
                        match segment {
                            Ok(segment) => {
                                self.store_cancelled_segment(
                                    attempt,
                                    &view,
                                    segment,
                                    Some("already cancelled"),
                                )
                                .await
                            }
                            Err(error) => Err(ftbook_error(&error, self.language())),
                        }
                    }
                    Sent::Failed(error) => Err(self.failed(attempt, ftbook_error(&error, self.language()))?),
                    Sent::Unknown(error) => {
                        self.cancel_unknown(attempt, &error.to_string(), &row.booking_reference).await
                    }
                }
            }
            Supplier::Fasttrak => self.cancel_reservation(attempt, segment_ref).await,
        }
    }

    async fn store_cancelled_segment(
        &self,
        attempt: i64,
        view: &BookingView,
        segment: ftbook::model::Segment,
        note: Option<&str>,
    ) -> Result<BookingView> {
        let client = &self.ftbook()?.client;
        let segments =
            safe(ftbook_failure, || client.segments(&view.reference)).await.unwrap_or_else(|_| vec![segment]);
        self.confirm_ftbook_cancel(attempt, view, &segments, note)
    }

    async fn cancel_reservation(&self, attempt: i64, id: &str) -> Result<BookingView> {
        let fasttrak = self.fasttrak()?;
        let number: i64 = id.parse().map_err(|_| Error::Validation {
            message: format!("{id} is not a FASTTRAK reservation number."),
            field: Some("segmentRef".into()),
        })?;
        match change(fasttrak_failure, || fasttrak.client.cancel_reservation(number)).await {
            Sent::Done(reservation) => {
                let (record, rows) = fasttrak_reservation(
                    self.profile.name(),
                    &reservation,
                    &fasttrak.settings.currency,
                    fasttrak.zone,
                );
                self.keep_confirmed(FASTTRAK, attempt, &record, &rows)?;
                self.stored(id)
            }
            Sent::Failed(error) => Err(self.failed(attempt, fasttrak_error(&error, self.language()))?),
            Sent::Unknown(error) => self.cancel_unknown(attempt, &error.to_string(), id).await,
        }
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
        let client = &self.ftbook()?.client;
        let attempt = self.history.begin_attempt(
            self.profile.name(),
            Supplier::Ftbook,
            AttemptKind::CancelBooking,
            &serde_json::json!({ "bookingReference": reference }),
            Target { booking_reference: Some(reference), ..Target::default() },
        )?;
        let done = |segments: Vec<ftbook::model::Segment>, note: Option<&str>| -> Result<BookingView> {
            self.confirm_ftbook_cancel(attempt, &view, &segments, note)
        };
        match change(ftbook_failure, || client.cancel_booking(reference)).await {
            Sent::Done(segments) => {
                let all = safe(ftbook_failure, || client.segments(reference)).await.unwrap_or(segments);
                done(all, None)
            }
            Sent::Failed(ftbook::Error::Rejected { faults, .. })
                if faults.iter().any(|f| ALREADY_CANCELLED.contains(&f.code)) =>
            {
                let all = safe(ftbook_failure, || client.segments(reference))
                    .await
                    .map_err(|e| ftbook_error(&e, self.language()))?;
                done(all, Some("already cancelled"))
            }
            Sent::Failed(error) => Err(self.failed(attempt, ftbook_error(&error, self.language()))?),
            Sent::Unknown(error) => self.cancel_unknown(attempt, &error.to_string(), reference).await,
        }
    }

    /// A cancellation without a clear reply: marked unknown, looked up, and the booking shown as
    /// the supplier now has it.
    /// The result is the booking only when the look-up proved the cancellation; a cancellation
    /// that did not take effect, or is still unknown, is an error saying so.
    async fn cancel_unknown(&self, attempt: i64, why: &str, reference: &str) -> Result<BookingView> {
        self.history.settle(attempt, AttemptState::Unknown, Some(why))?;
        if let Some(row) = self.history.attempt(attempt)? {
            self.reconcile_cancel(&row).await?;
        }
        let supplier = match self.stored(reference)?.supplier {
            Supplier::Ftbook => FTBOOK,
            Supplier::Fasttrak => FASTTRAK,
        };
        match self.history.attempt(attempt)?.map(|a| a.state) {
            Some(AttemptState::Confirmed) => self.stored(reference),
            Some(AttemptState::NotMade) => Err(Error::Supplier {
                supplier,
                message: match self.language() {
                    Language::Swedish => {
                        format!("Avbokningen gick inte fram: {supplier} har resan kvar. Försök igen.")
                    }
                    Language::English => {
                        format!(
                            "The cancellation did not go through: {supplier} still has the trip. Try again."
                        )
                    }
                },
                field: None,
            }),
            _ => Err(Error::Unknown {
                supplier,
                message: match self.language() {
                    Language::Swedish => {
                        format!("Vi kontrollerar med {supplier} om avbokningen gick igenom.")
                    }
                    Language::English => {
                        format!("Checking with {supplier} whether the cancellation went through.")
                    }
                },
                attempt,
            }),
        }
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
    /// authenticate. Returns a sentence describing who answered.
    pub async fn test_connection(&self, supplier: &str) -> Result<String> {
        match supplier {
            "ftbook" => {
                let reply = self
                    .ftbook()?
                    .client
                    .authenticate()
                    .await
                    .map_err(|e| ftbook_error(&e, self.language()))?;
                Ok(format!("{FTBOOK}: {}", serde_json::to_string(&reply).unwrap_or_default()))
            }
            "fasttrak" => {
                self.fasttrak()?.client.login().await.map_err(|e| fasttrak_error(&e, self.language()))?;
                Ok(format!("{FASTTRAK}: OK"))
            }
            "tbo" => {
                let client = self.tbo()?;
                let member = client.authenticate().await.map_err(|e| tbo_error(&e, self.language()))?;
                let balance = client.agency_balance().await.map_err(|e| tbo_error(&e, self.language()))?;
                Ok(format!(
                    "{TBO}: {} {} ({}); cash {}, credit {}",
                    member.first_name,
                    member.last_name,
                    member.login_name,
                    balance.cash_balance,
                    balance.credit_balance
                ))
            }
            other => Err(Error::Validation {
                message: format!("Unknown supplier {other}"),
                field: Some("supplier".into()),
            }),
        }
    }
}
