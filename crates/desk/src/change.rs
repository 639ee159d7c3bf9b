//! One journalled change, the same for everything that leaves the machine and changes something
//! at a supplier: an FTBook booking and its trip, a FASTTRAK reservation, and the cancellation of
//! a trip, a booking or a reservation.
//!
//! journal → send → done / refused / unknown → look up → settle
//!
//! A [`Change`] is the small part each call adds: how to send it once, how to find its effect at
//! the supplier, and how to keep what the supplier shows. The rules are here, once:
//! - only a documented refusal is `rejected`; a change that could not be sent at all is
//!   `not_made` (both are decided by the supplier's `classify`, see [`crate::retry`]);
//! - a change without a clear reply (no reply, a 5xx with or without faults, an unreadable
//!   success) is `unknown` and is looked up before anything is sent again;
//! - a look-up that finds this attempt's own effect adopts it, and the supplier's view is stored
//!   and the attempt settled `confirmed` in one transaction ([`Core::keep_confirmed`]);
//! - a look-up that could have seen it and did not leaves it `unknown` inside the supplier's
//!   commit window (a late commit may still land) and settles it `not_made` only after;
//! - several candidates leave it open, in doubt, with the candidates in the journal: nothing is
//!   guessed;
//! - a look-up that failed, or saw nothing either way (an empty list after a cancellation),
//!   proves nothing.
//!
//! [`Core::carry_out`] runs a change the first time; [`Core::look_up`] is the look-up alone, for
//! reconciliation ([`crate::reconcile`]) of attempts left open.

use history::{AttemptState, JournalEvent, Step};

use crate::calls::Sent;
use crate::reconcile::past_commit_window;
use crate::retry::Failure;
use crate::suppliers::{in_doubt_sentence, not_made_sentence, not_seen_yet_sentence, unknown_sentence};
use crate::{Core, Error, Language, Result};

/// What a look-up at the supplier found for an attempt.
#[derive(Debug)]
pub(crate) enum Found<T> {
    /// This attempt's effect, and no other attempt claimed it.
    Yes(T),
    /// The look-up could have seen it and did not: not made (once the commit window is past).
    No,
    /// More than one unclaimed candidate (their references): in doubt.
    Several(Vec<String>),
    /// Nothing seen either way: proves nothing.
    Unseen,
}

/// How a change ended, as far as this try knows.
#[derive(Debug)]
pub(crate) enum Outcome<T> {
    /// Done at the supplier (confirmed, or for a first step recorded), by its reply or a look-up.
    Done(T),
    /// Settled as not having taken effect (refused, or not made): the agent may do it again.
    Settled(Error),
    /// Still open (unknown, or in doubt): it is looked up again; nothing may be sent meanwhile.
    Open(Error),
}

impl<T> Outcome<T> {
    /// The kept result, or the error the agent reads.
    pub(crate) fn into_result(self) -> Result<T> {
        match self {
            Outcome::Done(kept) => Ok(kept),
            Outcome::Settled(error) | Outcome::Open(error) => Err(error),
        }
    }

    /// For reconciliation: `Ok` once the attempt is settled either way, the error while it stays
    /// open.
    pub(crate) fn ended(self) -> Result<()> {
        match self {
            Outcome::Done(_) | Outcome::Settled(_) => Ok(()),
            Outcome::Open(error) => Err(error),
        }
    }
}

/// One supplier call that changes something, as the journal runs it.
pub(crate) trait Change {
    /// What the supplier answers, or a look-up finds, when it is done.
    type Reply;
    /// The supplier client's error.
    type Fault: std::fmt::Display;
    /// What keeping the reply gives the caller.
    type Kept;
    /// The supplier, as agents know it.
    const SUPPLIER: &'static str;
    /// The journal event recorded when it is done (`booking_created`, `cancelled` ...).
    const DONE: JournalEvent;
    /// Whether it cancels (the sentences say "cancellation" rather than "booking").
    const CANCELS: bool = false;
    /// Whether sending again after a look-up that found nothing harms nobody: an FTBook booking
    /// without a trip books nothing.
    const RESEND_WHEN_NOT_FOUND: bool = false;

    /// How a failed call failed.
    fn classify(fault: &Self::Fault) -> Failure;
    /// The error the agent reads for a fault.
    fn error(fault: &Self::Fault, language: Language) -> Error;
    /// A refusal that proves it is in effect already (FTBook's "already cancelled"): looked up.
    fn already_done(&self, _fault: &Self::Fault) -> bool {
        false
    }
    /// The references to journal once it is done: the booking's and the segment's.
    fn references(reply: &Self::Reply) -> (Option<String>, Option<String>);

    /// Sends it once.
    async fn send(&self) -> std::result::Result<Self::Reply, Self::Fault>;
    /// Looks up whether it took effect, by this attempt's identity.
    async fn find(&self) -> std::result::Result<Found<Self::Reply>, Self::Fault>;
    /// Stores what the supplier shows and settles the attempt (for the last step, `confirmed`,
    /// in one transaction).
    async fn keep(&self, attempt: i64, reply: Self::Reply) -> Result<Self::Kept>;
}

impl Core {
    /// Sends a journalled change and settles what its reply, or the look-up that follows an
    /// unclear one, proves. See the module's documentation.
    pub(crate) async fn carry_out<C: Change>(&self, attempt: i64, change: &C) -> Result<Outcome<C::Kept>> {
        let mut sends = 0;
        loop {
            sends += 1;
            let found = match crate::calls::change(C::classify, || change.send()).await {
                Sent::Done(reply) => return self.done(attempt, change, reply, None).await,
                Sent::Failed(fault) if change.already_done(&fault) => {
                    let fault = C::error(&fault, self.language()).message(self.language());
                    self.history
                        .record_step(attempt, Step::new(JournalEvent::AlreadyDone).detail(Some(&fault)))?;
                    self.look(change).await
                }
                Sent::Failed(fault) => {
                    let error = C::error(&fault, self.language());
                    return Ok(Outcome::Settled(self.failed(attempt, error)?));
                }
                Sent::Unknown(fault) => {
                    let fault = C::error(&fault, self.language()).message(self.language());
                    self.db(|h| h.settle(attempt, AttemptState::Unknown, Some(&fault)))?;
                    self.look(change).await
                }
            };
            if matches!(found, Found::No) && C::RESEND_WHEN_NOT_FOUND && sends < 2 {
                let why = i18n::text(self.language(), "desk-journal-sent-again", &[]);
                self.db(|h| h.record_step(attempt, Step::new(JournalEvent::NotSeen).detail(Some(&why))))?;
                continue;
            }
            return self.settle_found(attempt, change, found).await;
        }
    }

    /// Looks a change up at its supplier and settles what the look-up proves.
    pub(crate) async fn look_up<C: Change>(&self, attempt: i64, change: &C) -> Result<Outcome<C::Kept>> {
        let found = self.look(change).await;
        self.settle_found(attempt, change, found).await
    }

    /// A look-up; one that failed proves nothing.
    async fn look<C: Change>(&self, change: &C) -> Found<C::Reply> {
        match change.find().await {
            Ok(found) => found,
            Err(fault) => {
                tracing::info!(supplier = C::SUPPLIER, %fault, "look-up failed: proves nothing");
                Found::Unseen
            }
        }
    }

    async fn done<C: Change>(
        &self,
        attempt: i64,
        change: &C,
        reply: C::Reply,
        note: Option<&str>,
    ) -> Result<Outcome<C::Kept>> {
        let (booking, segment) = C::references(&reply);
        let step = Step::new(C::DONE).booking(booking.as_deref()).segment(segment.as_deref()).detail(note);
        self.db(|h| h.record_step(attempt, step))?;
        Ok(Outcome::Done(change.keep(attempt, reply).await?))
    }

    async fn settle_found<C: Change>(
        &self,
        attempt: i64,
        change: &C,
        found: Found<C::Reply>,
    ) -> Result<Outcome<C::Kept>> {
        let language = self.language();
        match found {
            Found::Yes(reply) => self.done(attempt, change, reply, Some("found at the supplier")).await,
            Found::No => {
                let row = self.db(|h| h.attempt(attempt))?;
                if row.is_none_or(|row| past_commit_window(&row, chrono::Utc::now(), self.commit_window())) {
                    let why = i18n::text(language, "desk-journal-not-made", &[]);
                    self.db(|h| h.settle(attempt, AttemptState::NotMade, Some(&why)))?;
                    let message = not_made_sentence(C::SUPPLIER, C::CANCELS, language);
                    Ok(Outcome::Settled(Error::Supplier { supplier: C::SUPPLIER, message, field: None }))
                } else {
                    let why = i18n::text(language, "desk-journal-not-seen", &[]);
                    self.note_once(attempt, JournalEvent::NotSeen, &why)?;
                    let message = not_seen_yet_sentence(C::SUPPLIER, language);
                    Ok(Outcome::Open(Error::Unknown { supplier: C::SUPPLIER, message, attempt }))
                }
            }
            Found::Several(candidates) => {
                let listed = candidates.join(", ");
                tracing::warn!(attempt, candidates = %listed, "several trips could be this attempt's");
                self.note_once(attempt, JournalEvent::InDoubt, &listed)?;
                let message = in_doubt_sentence(C::SUPPLIER, &listed, language);
                Ok(Outcome::Open(Error::Unknown { supplier: C::SUPPLIER, message, attempt }))
            }
            Found::Unseen => {
                let message = unknown_sentence(C::SUPPLIER, C::CANCELS, language);
                Ok(Outcome::Open(Error::Unknown { supplier: C::SUPPLIER, message, attempt }))
            }
        }
    }

    /// Journals `event` unless it is already the attempt's last one with the same detail, so a
    /// screen that keeps looking does not fill the journal.
    fn note_once(&self, attempt: i64, event: JournalEvent, detail: &str) -> Result<()> {
        let last = self.db(|h| h.attempt(attempt))?.and_then(|a| a.events.last().cloned());
        if last.is_some_and(|last| last.event == event && last.detail.as_deref() == Some(detail)) {
            return Ok(());
        }
        Ok(self.db(|h| h.record_step(attempt, Step::new(event).detail(Some(detail))))?)
    }
}

#[cfg(test)]
mod tests;
