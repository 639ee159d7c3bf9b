//! Booking a FASTTRAK quote through the journal (see [`crate::booking`]): the attempt's own key
//! travels in `referencePO`, so a reservation found after a lost reply is known to be this
//! attempt's, and no other attempt's reservation is ever adopted.

use chrono::NaiveDateTime;
use history::{AttemptKind, JournalEvent, Supplier, Target};
use serde::{Deserialize, Serialize};

use crate::booking::{Booked, new_attempt_key};
use crate::calls::safe;
use crate::change::{Change, Found};
use crate::records::fasttrak_reservation;
use crate::retry::Failure;
use crate::suppliers::{FASTTRAK, fasttrak_error, fasttrak_failure};
use crate::{Core, Error, Language, Result};

/// A FASTTRAK quote to book.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FasttrakDraft {
    /// The package.
    pub quote_package_id: i64,
    /// The chosen quote.
    pub quote_id: i64,
    /// The passenger.
    pub passenger: fasttrak::model::Passenger,
    /// The pickup time the package prices (the operator's local time): how a lost reply is found.
    pub pickup: Option<NaiveDateTime>,
    /// Purchase order reference.
    #[serde(default)]
    pub reference_po: Option<String>,
    /// Cost code.
    #[serde(default)]
    pub cost_code: Option<String>,
    /// Notes for the driver.
    #[serde(default)]
    pub trip_notes: Option<String>,
    /// This attempt's own key, sent in `referencePO` (after the agent's PO, if any): how a
    /// reservation found after a lost reply is known to be this attempt's.
    #[serde(default)]
    pub attempt_key: Option<String>,
}

impl FasttrakDraft {
    /// The draft with an attempt key (kept when it has one).
    pub fn with_attempt_key(mut self) -> Self {
        self.attempt_key.get_or_insert_with(new_attempt_key);
        self
    }

    /// What is sent as `referencePO`: the agent's PO and this attempt's key.
    fn reference_po(&self) -> Option<String> {
        match (self.reference_po.as_deref().map(str::trim).filter(|p| !p.is_empty()), &self.attempt_key) {
            (Some(po), Some(key)) => Some(format!("{po} {key}")),
            (Some(po), None) => Some(po.to_owned()),
            (None, key) => key.clone(),
        }
    }

    /// Whether `reservation` is the one this draft made: its key in `referencePO`, or (a draft
    /// journalled before keys) the same passenger, compared without case, at the same time.
    fn made(&self, reservation: &fasttrak::model::Reservation) -> bool {
        match &self.attempt_key {
            Some(key) => {
                reservation.reference_po.as_deref().is_some_and(|po| po.split_whitespace().any(|w| w == key))
            }
            None => {
                reservation.scheduled_pickup_time == self.pickup
                    && reservation.primary_passenger.as_ref().is_some_and(|p| {
                        p.name.trim().to_lowercase() == self.passenger.name.trim().to_lowercase()
                    })
            }
        }
    }
}

impl Core {
    /// Books a FASTTRAK quote with the same journal.
    pub async fn book_fasttrak(&self, draft: FasttrakDraft) -> Result<Booked> {
        let draft = draft.with_attempt_key();
        self.fasttrak()?;
        let json = serde_json::to_value(&draft).map_err(Error::Draft)?;
        let package = format!("package:{}", draft.quote_package_id);
        let attempt = self.db(|h| {
            h.begin_attempt(
                self.profile.name(),
                Supplier::Fasttrak,
                AttemptKind::Book,
                &json,
                Target { locator: Some(&package), ..Target::default() },
            )
        })?;
        self.carry_out(attempt, &Reserve { core: self, attempt, draft: &draft }).await?.into_result()
    }

    pub(crate) fn confirm_fasttrak(
        &self,
        attempt: i64,
        reservation: &fasttrak::model::Reservation,
    ) -> Result<Booked> {
        let fasttrak = self.fasttrak()?;
        let reference = reservation.reservation_id.to_string();
        let (record, rows) = fasttrak_reservation(
            self.profile.name(),
            reservation,
            &fasttrak.settings.currency,
            fasttrak.zone,
        );
        self.keep_confirmed(FASTTRAK, attempt, &record, &rows)?;
        Ok(Booked { attempt, booking: self.saved_view(&reference)? })
    }

    /// The reservation attempt `attempt` made: among the pickup day's active reservations, the
    /// one that carries its key (see [`FasttrakDraft::made`]) and that no other attempt claimed.
    pub(crate) async fn find_fasttrak_reservation(
        &self,
        attempt: i64,
        draft: &FasttrakDraft,
    ) -> Result<Found<fasttrak::model::Reservation>, fasttrak::Error> {
        let client = self.fasttrak_calls()?;
        let Some(pickup) = draft.pickup else { return Ok(Found::No) };
        let day = pickup.date();
        let found = safe(fasttrak_failure, || client.search_reservations(day, day)).await?;
        let mut mine: Vec<fasttrak::model::Reservation> = Vec::new();
        for reservation in found.into_iter().filter(|r| r.reservation_status.is_active() && draft.made(r)) {
            let claimed = self
                .history
                .attempts_for(
                    self.profile.name(),
                    Supplier::Fasttrak,
                    &reservation.reservation_id.to_string(),
                )
                .map_err(|e| fasttrak::Error::Config(e.to_string()))?
                .iter()
                .any(|other| other.id != attempt);
            if !claimed {
                mine.push(reservation);
            }
        }
        Ok(match mine.len() {
            0 => Found::No,
            1 => mine.pop().map_or(Found::No, Found::Yes),
            _ => Found::Several(mine.iter().map(|r| r.reservation_id.to_string()).collect()),
        })
    }
}

/// A FASTTRAK quote booked: found after a lost reply by the attempt's key in `referencePO`
/// among the pickup day's reservations no other attempt claimed.
struct Reserve<'a> {
    core: &'a Core,
    attempt: i64,
    draft: &'a FasttrakDraft,
}

impl Change for Reserve<'_> {
    type Reply = fasttrak::model::Reservation;
    type Fault = fasttrak::Error;
    type Kept = Booked;
    const SUPPLIER: &'static str = FASTTRAK;
    const DONE: JournalEvent = JournalEvent::ReservationCreated;

    fn classify(fault: &fasttrak::Error) -> Failure {
        fasttrak_failure(fault)
    }
    fn error(fault: &fasttrak::Error, language: Language) -> Error {
        fasttrak_error(fault, language)
    }
    fn references(reservation: &fasttrak::model::Reservation) -> (Option<String>, Option<String>) {
        let id = reservation.reservation_id.to_string();
        (Some(id.clone()), Some(id))
    }
    async fn send(&self) -> Result<fasttrak::model::Reservation, fasttrak::Error> {
        let booking = fasttrak::quote::BookQuote {
            quote_id: self.draft.quote_id,
            primary_passenger: self.draft.passenger.clone(),
            reference_po: self.draft.reference_po(),
            cost_code: self.draft.cost_code.clone(),
            trip_notes: self.draft.trip_notes.clone(),
        };
        self.core.fasttrak_calls()?.book_quote(self.draft.quote_package_id, &booking).await
    }
    async fn find(&self) -> Result<Found<fasttrak::model::Reservation>, fasttrak::Error> {
        self.core.find_fasttrak_reservation(self.attempt, self.draft).await
    }
    async fn keep(&self, attempt: i64, reservation: fasttrak::model::Reservation) -> Result<Booked> {
        self.core.confirm_fasttrak(attempt, &reservation)
    }
}

impl Core {
    /// The look-up of a journalled FASTTRAK booking, for reconciliation.
    pub(crate) async fn look_up_fasttrak_booking(
        &self,
        attempt: i64,
        draft: &FasttrakDraft,
    ) -> Result<crate::change::Outcome<Booked>> {
        self.look_up(attempt, &Reserve { core: self, attempt, draft }).await
    }
}
