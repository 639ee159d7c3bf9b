//! Booking a FASTTRAK quote through the journal (see [`crate::booking`]): the attempt's own key
//! travels in `referencePO`, so a reservation found after a lost reply is known to be this
//! attempt's, and no other attempt's reservation is ever adopted.

use chrono::NaiveDateTime;
use history::{AttemptKind, AttemptState, Supplier, Target};
use serde::{Deserialize, Serialize};

use crate::booking::{Booked, Found, new_attempt_key};
use crate::calls::{Sent, change, safe};
use crate::records::fasttrak_reservation;
use crate::suppliers::{FASTTRAK, fasttrak_error, fasttrak_failure};
use crate::{Core, Error, Result};

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
        let fasttrak = self.fasttrak()?;
        let json = serde_json::to_value(&draft)
            .map_err(|e| Error::Validation { message: e.to_string(), field: None })?;
        let package = format!("package:{}", draft.quote_package_id);
        let attempt = self.history.begin_attempt(
            self.profile.name(),
            Supplier::Fasttrak,
            AttemptKind::Book,
            &json,
            Target { locator: Some(&package), ..Target::default() },
        )?;
        let booking = fasttrak::quote::BookQuote {
            quote_id: draft.quote_id,
            primary_passenger: draft.passenger.clone(),
            reference_po: draft.reference_po(),
            cost_code: draft.cost_code.clone(),
            trip_notes: draft.trip_notes.clone(),
        };
        match change(fasttrak_failure, || fasttrak.client.book_quote(draft.quote_package_id, &booking)).await
        {
            Sent::Done(reservation) => self.confirm_fasttrak(attempt, &reservation),
            Sent::Failed(error) => {
                let error = fasttrak_error(&error, self.language());
                Err(self.failed(attempt, error)?)
            }
            Sent::Unknown(error) => {
                self.history.settle(attempt, AttemptState::Unknown, Some(&error.to_string()))?;
                match self.find_fasttrak_reservation(attempt, &draft).await {
                    Ok(Found::Yes(reservation)) => self.confirm_fasttrak(attempt, &reservation),
                    // Not among the day's reservations yet: the operator may commit it late.
                    // It stays unknown and is looked at again after the commit window.
                    Ok(Found::No | Found::Several(_)) | Err(_) => Err(self.unknown(FASTTRAK, attempt)),
                }
            }
        }
    }

    pub(crate) fn confirm_fasttrak(
        &self,
        attempt: i64,
        reservation: &fasttrak::model::Reservation,
    ) -> Result<Booked> {
        let fasttrak = self.fasttrak()?;
        let reference = reservation.reservation_id.to_string();
        self.history.record_step(attempt, Some(&reference), Some(&reference), "reservation_created", None)?;
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
        let client = &self.fasttrak().map_err(|e| fasttrak::Error::Config(e.to_string()))?.client;
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
            n => Found::Several(n),
        })
    }
}
