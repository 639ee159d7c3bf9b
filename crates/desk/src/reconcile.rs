//! Reconciliation: attempts whose outcome is not known (the app stopped between the journal and
//! the reply, or no clear reply came) are looked up at their supplier and settled, before
//! anything is sent again. At start-up every open attempt goes through here.

use history::{Attempt, AttemptKind, AttemptState, Supplier};

use crate::booking::{FasttrakDraft, Found, FtbookDraft};
use crate::calls::safe;
use crate::suppliers::{fasttrak_error, fasttrak_failure, ftbook_error, ftbook_failure};
use crate::{Core, Error, Result};

/// The longest one attempt's look-up may take in [`Core::reconcile_open`]; past it the attempt
/// stays open for the next round.
pub const LOOK_UP_DEADLINE: std::time::Duration = std::time::Duration::from_secs(20);

/// What a look-up proves about a cancellation, from the cancelled flags of the trips it was
/// for: done when every one is cancelled, not made when one is still active, and still unknown
/// when the look-up showed none of them (an empty list proves nothing).
pub(crate) fn cancel_outcome(cancelled: &[bool]) -> AttemptState {
    if cancelled.is_empty() {
        AttemptState::Unknown
    } else if cancelled.iter().all(|c| *c) {
        AttemptState::Confirmed
    } else {
        AttemptState::NotMade
    }
}

/// Whether the supplier's commit window has passed for `attempt`: counted from the last time it
/// was found unknown (a send without a clear reply), or from its journalling.
pub(crate) fn past_commit_window(
    attempt: &Attempt,
    now: chrono::DateTime<chrono::Utc>,
    window: std::time::Duration,
) -> bool {
    let sent = attempt
        .events
        .iter()
        .rev()
        .find(|e| e.event == AttemptState::Unknown.as_str())
        .map_or(attempt.created_at.as_str(), |e| e.at.as_str());
    let Ok(sent) = chrono::DateTime::parse_from_rfc3339(sent) else { return true };
    let window = chrono::TimeDelta::from_std(window).unwrap_or(chrono::TimeDelta::MAX);
    now.signed_duration_since(sent.with_timezone(&chrono::Utc)) >= window
}

impl Core {
    /// Settles `attempt` as not made when the commit window has passed; within it the attempt
    /// stays open (a late commit may still appear) and the error says so.
    fn not_made_after_window(&self, attempt: &Attempt, why: &str) -> Result<()> {
        if past_commit_window(attempt, chrono::Utc::now(), self.commit_window()) {
            Ok(self.history.settle(attempt.id, AttemptState::NotMade, Some(why))?)
        } else {
            let supplier = match attempt.supplier {
                Supplier::Ftbook => crate::suppliers::FTBOOK,
                Supplier::Fasttrak => crate::suppliers::FASTTRAK,
            };
            tracing::info!(
                attempt = attempt.id,
                why,
                "not found yet; looked at again after the commit window"
            );
            Err(Error::Unknown {
                supplier,
                message: crate::suppliers::not_seen_yet_sentence(supplier, self.language()),
                attempt: attempt.id,
            })
        }
    }

    /// Reconciles every attempt left `pending` or `unknown` (at start-up, and while a screen
    /// waits): looks them up at their suppliers all at once, each within [`LOOK_UP_DEADLINE`],
    /// and settles what the look-ups prove. An attempt whose supplier is silent or slow stays
    /// open and holds up no other.
    pub async fn reconcile_open(&self) -> Result<Vec<Attempt>> {
        let open = self.history.open_attempts(self.profile.name())?;
        let looks = open.iter().map(|attempt| async move {
            match tokio::time::timeout(LOOK_UP_DEADLINE, self.reconcile(attempt)).await {
                Ok(Ok(())) => {}
                Ok(Err(error)) => tracing::info!(attempt = attempt.id, %error, "attempt not reconciled yet"),
                Err(_) => tracing::info!(attempt = attempt.id, "look-up past its deadline; stays open"),
            }
        });
        futures_util::future::join_all(looks).await;
        let mut settled = Vec::new();
        for attempt in &open {
            if let Some(now) = self.history.attempt(attempt.id)? {
                settled.push(now);
            }
        }
        Ok(settled)
    }

    async fn reconcile(&self, attempt: &Attempt) -> Result<()> {
        match (attempt.supplier, attempt.kind) {
            (Supplier::Ftbook, AttemptKind::Book) => self.reconcile_ftbook_booking(attempt).await,
            (Supplier::Fasttrak, AttemptKind::Book) => {
                let draft: FasttrakDraft = serde_json::from_value(attempt.draft.clone())
                    .map_err(|e| Error::Validation { message: e.to_string(), field: None })?;
                match self.find_fasttrak_reservation(attempt.id, &draft).await {
                    Ok(Found::Yes(reservation)) => {
                        self.confirm_fasttrak(attempt.id, &reservation).map(|_| ())
                    }
                    Ok(Found::No) => self.not_made_after_window(attempt, "no such reservation"),
                    Ok(Found::Several(n)) => {
                        tracing::warn!(
                            attempt = attempt.id,
                            n,
                            "several reservations could be this attempt's"
                        );
                        Ok(())
                    }
                    Err(error) => Err(fasttrak_error(&error, self.language())),
                }
            }
            (_, AttemptKind::CancelSegment | AttemptKind::CancelBooking) => {
                self.reconcile_cancel(attempt).await
            }
        }
    }

    async fn reconcile_ftbook_booking(&self, attempt: &Attempt) -> Result<()> {
        let client = &self.ftbook()?.client;
        let draft: FtbookDraft = serde_json::from_value(attempt.draft.clone())
            .map_err(|e| Error::Validation { message: e.to_string(), field: None })?;
        let booking = match &attempt.booking_reference {
            Some(reference) => safe(ftbook_failure, || client.booking(reference))
                .await
                .map(Found::Yes)
                .or_else(|e| match e {
                    ftbook::Error::Rejected { .. } => Ok(Found::No),
                    other => Err(other),
                }),
            None => self.find_ftbook_booking(&draft.booking).await,
        };
        let booking = match booking.map_err(|e| ftbook_error(&e, self.language()))? {
            Found::Yes(booking) => booking,
            Found::No => return self.not_made_after_window(attempt, "no booking of this attempt's"),
            Found::Several(_) => return Ok(()),
        };
        let reference = booking.booking_reference.clone().unwrap_or_default();
        if attempt.booking_reference.is_none() {
            self.history.record_step(
                attempt.id,
                Some(&reference),
                None,
                "booking_created",
                Some("found at start-up"),
            )?;
        }
        let segments = safe(ftbook_failure, || client.segments(&reference))
            .await
            .map_err(|e| ftbook_error(&e, self.language()))?;
        if segments.is_empty() {
            return self.not_made_after_window(attempt, "the booking has no trip");
        }
        self.history.record_step(
            attempt.id,
            None,
            segments[0].ftresid.as_deref(),
            "segment_created",
            Some("found at start-up"),
        )?;
        self.confirm_ftbook(attempt.id, &booking, &segments).map(|_| ())
    }

    /// Looks a cancellation up at the supplier and settles it.
    pub(crate) async fn reconcile_cancel(&self, attempt: &Attempt) -> Result<()> {
        let reference = attempt.booking_reference.clone().unwrap_or_default();
        let view = self.stored(&reference)?;
        match attempt.supplier {
            Supplier::Ftbook => {
                let client = &self.ftbook()?.client;
                let segments = safe(ftbook_failure, || client.segments(&reference))
                    .await
                    .map_err(|e| ftbook_error(&e, self.language()))?;
                let wanted = |s: &&ftbook::model::Segment| match &attempt.segment_ref {
                    Some(ftresid) => s.ftresid.as_deref() == Some(ftresid.as_str()),
                    None => true,
                };
                let cancelled: Vec<bool> = segments.iter().filter(wanted).map(|s| s.cancelled).collect();
                match cancel_outcome(&cancelled) {
                    AttemptState::Confirmed => {
                        // What FTBook shows now and the outcome, in one transaction.
                        let (record, rows) = self.ftbook_records(&view, &segments);
                        self.keep_confirmed(crate::suppliers::FTBOOK, attempt.id, &record, &rows)?;
                    }
                    AttemptState::NotMade => {
                        self.store_ftbook(&view, &segments)?;
                        self.not_made_after_window(attempt, "the trip is still active")?
                    }
                    state => {
                        self.store_ftbook(&view, &segments)?;
                        self.history.settle(attempt.id, state, Some("looked up at Flygtaxi"))?
                    }
                }
            }
            Supplier::Fasttrak => {
                let client = &self.fasttrak()?.client;
                let id: i64 = reference.parse().unwrap_or_default();
                let found = safe(fasttrak_failure, || client.reservation(id))
                    .await
                    .map_err(|e| fasttrak_error(&e, self.language()))?;
                let cancelled = found
                    .as_ref()
                    .is_some_and(|r| r.reservation_status == fasttrak::model::ReservationStatus::Cancelled);
                match (&found, found.as_ref().map(|_| cancel_outcome(&[cancelled]))) {
                    (Some(reservation), Some(AttemptState::Confirmed)) => {
                        let fasttrak = self.fasttrak()?;
                        let (record, rows) = crate::records::fasttrak_reservation(
                            self.profile.name(),
                            reservation,
                            &fasttrak.settings.currency,
                            fasttrak.zone,
                        );
                        self.keep_confirmed(crate::suppliers::FASTTRAK, attempt.id, &record, &rows)?;
                    }
                    (Some(reservation), Some(AttemptState::NotMade)) => {
                        self.store_reservation(reservation)?;
                        self.not_made_after_window(attempt, "the reservation is still active")?
                    }
                    (Some(reservation), Some(state)) => {
                        self.store_reservation(reservation)?;
                        self.history.settle(attempt.id, state, Some("looked up at FASTTRAK"))?
                    }
                    _ => self.history.settle(
                        attempt.id,
                        AttemptState::Unknown,
                        Some("not found at FASTTRAK"),
                    )?,
                }
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cancellation_is_done_only_when_the_look_up_shows_it() {
        assert_eq!(cancel_outcome(&[true]), AttemptState::Confirmed);
        assert_eq!(cancel_outcome(&[true, true]), AttemptState::Confirmed);
        assert_eq!(cancel_outcome(&[true, false]), AttemptState::NotMade, "one trip is still booked");
        assert_eq!(cancel_outcome(&[]), AttemptState::Unknown, "an empty look-up (a 204) proves nothing");
    }
}
