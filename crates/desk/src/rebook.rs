//! A new booking begun from one in the history: "book again" (the same traveller and places, a
//! new time) or "book the return trip" (the places swapped). The places come back as the
//! type-ahead's hits, from the trip FTBook keeps (its start and end nodes), so the Book screens
//! take them as if the agent had picked them; the time is left for the agent, and the services
//! and offers are asked again for it.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::places::PlaceHit;
use crate::quotes::Place;
use crate::request::PassengerInput;
use crate::{Core, Error, Result};

/// Which new trip.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum Rebook {
    /// The same way, at a new time.
    Again,
    /// Back: the places swapped.
    Return,
}

/// What the Book screens start a new booking with.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Rebooking {
    /// Pickup.
    pub from: PlaceHit,
    /// Drop-off.
    pub to: PlaceHit,
    /// Which end is an airport or station, when one is: then it is a connection there (a
    /// departure when it is `to`, an arrival when it is `from`), else a regular taxi.
    pub terminal: Option<String>,
    /// The traveller, as the old booking had them (profile ids included).
    pub passenger: PassengerInput,
    /// For "again": the flight or train the old trip met or made (a new date is the agent's).
    pub flight: Option<String>,
    /// The old booking's GDS locators: a return in the same PNR keeps them.
    pub amadeus: Option<String>,
    pub sabre: Option<String>,
}

impl Core {
    /// A new booking begun from a booking or trip in the history (any of its references): its
    /// first trip not cancelled (or the one named), again or back.
    pub fn rebook(&self, reference: &str, how: Rebook) -> Result<Rebooking> {
        let booking = self.booking_page(reference)?;
        let refuse = |id: &str| Error::Validation {
            message: i18n::text(self.language(), id, &[("reference", booking.reference.clone())]),
            field: Some("reference".into()),
        };
        if booking.supplier != history::Supplier::Ftbook {
            return Err(refuse("desk-rebook-ftbook-only"));
        }
        let named = booking.segments.iter().find(|s| s.segment_ref.eq_ignore_ascii_case(reference.trim()));
        let row = named
            .or_else(|| booking.segments.iter().find(|s| !s.cancelled))
            .or(booking.segments.first())
            .ok_or_else(|| refuse("desk-rebook-no-trip"))?;
        let segment: ftbook::model::Segment =
            serde_json::from_value(row.reply.clone()).map_err(|_| refuse("desk-rebook-no-trip"))?;
        let end = |node: Option<&ftbook::model::Node>| {
            node.and_then(|n| n.street.as_ref()).map(|street| crate::places::hit(street).0)
        };
        let (Some(start), Some(finish)) = (end(Some(&segment.start_node)), end(segment.end_node.as_ref()))
        else {
            return Err(refuse("desk-rebook-no-places"));
        };
        let (from, to) = match how {
            Rebook::Again => (start, finish),
            Rebook::Return => (finish, start),
        };
        let terminal = [&from, &to].into_iter().find_map(|hit| match &hit.place {
            Place::Terminal { code } => Some(code.clone()),
            Place::Street { .. } => None,
        });
        let passenger = &segment.passenger;
        Ok(Rebooking {
            from,
            to,
            terminal,
            passenger: PassengerInput {
                title: passenger.title.clone(),
                first_name: passenger.first_name.clone(),
                last_name: passenger.last_name.clone(),
                phone: passenger.phone.clone(),
                email: passenger.email.clone(),
                unique_src: passenger.unique_src.clone(),
                unique_id: passenger.unique_id.clone(),
                ..PassengerInput::default()
            },
            flight: match how {
                Rebook::Again => segment.connection.as_ref().map(|c| c.number.clone()),
                Rebook::Return => None,
            },
            amadeus: booking.amadeus.clone(),
            sabre: booking.sabre.clone(),
        })
    }
}
