//! Reconciliation: attempts whose outcome is not known (the app stopped between the journal and
//! the reply, or no clear reply came) are looked up at their supplier and settled, before
//! anything is sent again. At start-up every open attempt goes through here.

use history::{Attempt, AttemptKind, AttemptState, Supplier};

use crate::booking::{AddSegment, Booked, CreateBooking, FasttrakDraft, FtbookDraft};
use crate::calls::safe;
use crate::change::Outcome;
use crate::error::Said;
use crate::manage::{CancelReservation, CancelTrips};
use crate::suppliers::ftbook_failure;
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
        .find(|e| e.event == history::JournalEvent::Unknown)
        .map_or(attempt.created_at.as_str(), |e| e.at.as_str());
    let Ok(sent) = chrono::DateTime::parse_from_rfc3339(sent) else { return true };
    let window = chrono::TimeDelta::from_std(window).unwrap_or(chrono::TimeDelta::MAX);
    now.signed_duration_since(sent.with_timezone(&chrono::Utc)) >= window
}

impl Core {
    /// Reconciles every attempt left `pending` or `unknown` (at start-up, and while a screen
    /// waits): looks them up at their suppliers all at once, each within [`LOOK_UP_DEADLINE`],
    /// and settles what the look-ups prove. An attempt whose supplier is silent or slow stays
    /// open and holds up no other.
    pub async fn reconcile_open(&self) -> Result<Vec<Attempt>> {
        let open = self.db(|h| h.open_attempts(self.profile.name()))?;
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
            if let Some(now) = self.db(|h| h.attempt(attempt.id))? {
                settled.push(now);
            }
        }
        Ok(settled)
    }

    /// Looks one open attempt up through the same [`crate::change::Change`] that sent it, and
    /// settles what the look-up proves. An error when it stays open.
    async fn reconcile(&self, attempt: &Attempt) -> Result<()> {
        let id = attempt.id;
        let draft = || attempt.draft.clone();
        match (attempt.supplier, attempt.kind) {
            (Supplier::Ftbook, AttemptKind::Book) => self.reconcile_ftbook_booking(attempt).await?.ended(),
            (Supplier::Fasttrak, AttemptKind::Book) => {
                let draft: FasttrakDraft = serde_json::from_value(draft()).map_err(Error::Draft)?;
                self.look_up_fasttrak_booking(id, &draft).await?.ended()
            }
            (Supplier::Ftbook, AttemptKind::CancelSegment | AttemptKind::CancelBooking) => {
                let view = self.stored(attempt.booking_reference.as_deref().unwrap_or_default())?;
                let ftresid = match attempt.kind {
                    AttemptKind::CancelSegment => attempt.segment_ref.as_deref(),
                    _ => None,
                };
                self.look_up(id, &CancelTrips { core: self, view: &view, ftresid }).await?.ended()
            }
            (Supplier::Fasttrak, AttemptKind::CancelSegment | AttemptKind::CancelBooking) => {
                let reference = attempt.booking_reference.as_deref().unwrap_or_default();
                let id_at_fasttrak = reference.parse().map_err(|_| Error::Validation {
                    message: Said::new("desk-not-a-reservation-number")
                        .with("reference", reference)
                        .text(self.language()),
                    field: None,
                })?;
                self.look_up(id, &CancelReservation { core: self, id: id_at_fasttrak }).await?.ended()
            }
        }
    }

    /// An FTBook booking's two steps looked up in turn: its booking (by the reference the
    /// journal holds, or by the GDS locator and this attempt's identity), then its trip.
    async fn reconcile_ftbook_booking(&self, attempt: &Attempt) -> Result<Outcome<Booked>> {
        let draft: FtbookDraft = serde_json::from_value(attempt.draft.clone()).map_err(Error::Draft)?;
        let booking = match &attempt.booking_reference {
            Some(reference) => {
                let client = &self.ftbook()?.client;
                match safe(ftbook_failure, || client.booking(reference)).await {
                    Ok(booking) => booking,
                    Err(error) => {
                        tracing::info!(attempt = attempt.id, %error, "booking look-up failed");
                        return Ok(Outcome::Open(self.unknown(crate::suppliers::FTBOOK, attempt.id)));
                    }
                }
            }
            None => {
                match self.look_up(attempt.id, &CreateBooking { core: self, booking: &draft.booking }).await?
                {
                    Outcome::Done(booking) => booking,
                    Outcome::Settled(error) => return Ok(Outcome::Settled(error)),
                    Outcome::Open(error) => return Ok(Outcome::Open(error)),
                }
            }
        };
        self.look_up(attempt.id, &AddSegment { core: self, draft: &draft, booking }).await
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
