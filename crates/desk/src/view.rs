//! What crosses IPC about the history: the web view's own types, apart from the database's rows
//! (`history`) and the suppliers' models. They hold what the screens show — a booking's page
//! keeps the supplier's whole reply, for the agent — and are made from the rows here, one field at
//! a time, so a change in storage is a compile error here, not a silent change on the screen.

use serde::{Deserialize, Serialize};
use serde_json::Value;
use ts_rs::TS;

/// Which supplier a booking is at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum Supplier {
    /// Flygtaxi / Sverigetaxi.
    Ftbook,
    /// A FASTTRAK operator.
    Fasttrak,
}

/// What an attempt tries to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum AttemptKind {
    /// Create a booking (and its segment) or a reservation.
    Book,
    /// Cancel one segment.
    CancelSegment,
    /// Cancel a whole booking.
    CancelBooking,
}

/// Where an attempt stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum AttemptState {
    /// Journalled; being sent, or the app stopped before a reply.
    Pending,
    /// Sent, and no reply says whether it worked: to be reconciled before anything is resent.
    Unknown,
    /// The supplier confirmed it.
    Confirmed,
    /// The supplier refused it (the fault is kept).
    Rejected,
    /// Reconciliation showed it never took effect.
    NotMade,
}

/// What happened to an attempt: the steps of a change and the states it was settled in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum JournalEvent {
    /// Written to the journal, before anything was sent.
    Journalled,
    /// The supplier has the booking (FTBook's first step).
    BookingCreated,
    /// The supplier has the trip.
    SegmentCreated,
    /// The operator has the reservation.
    ReservationCreated,
    /// The supplier shows it cancelled.
    Cancelled,
    /// The supplier said it was done already; looked up.
    AlreadyDone,
    /// A look-up did not see it yet (inside the commit window), or it was sent again.
    NotSeen,
    /// Several candidates at the supplier; nothing adopted (the detail names them).
    InDoubt,
    /// Settled `pending`.
    Pending,
    /// Settled `unknown`: no clear reply.
    Unknown,
    /// Settled `confirmed`.
    Confirmed,
    /// Settled `rejected`.
    Rejected,
    /// Settled `not_made`.
    NotMade,
    /// Journals from before `not_seen`: a booking not found.
    BookingNotFound,
    /// Journals from before `not_seen`: a trip not found.
    SegmentNotFound,
}

/// One thing that happened to an attempt.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Event {
    /// When (UTC).
    pub at: String,
    /// What.
    pub event: JournalEvent,
    /// Details for people.
    pub detail: Option<String>,
}

/// A journalled attempt.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Attempt {
    /// Its id.
    pub id: i64,
    /// The profile.
    pub profile: String,
    /// The supplier.
    pub supplier: Supplier,
    /// What it does.
    pub kind: AttemptKind,
    /// Where it stands.
    pub state: AttemptState,
    /// The whole request, as sent (FOIDs masked).
    #[ts(type = "unknown")]
    pub draft: Value,
    /// The booking's reference, once known.
    pub booking_reference: Option<String>,
    /// The segment's reference, once known.
    pub segment_ref: Option<String>,
    /// The GDS locator or other key to find it by at the supplier.
    pub locator: Option<String>,
    /// The supplier's fault, for a rejection.
    pub fault: Option<String>,
    /// What happened, in order.
    pub events: Vec<Event>,
    /// When it was journalled.
    pub created_at: String,
    /// When it last changed.
    pub updated_at: String,
}

/// A stored segment with its booking, as search and look-ups return it.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SegmentRow {
    /// Row id (newer rows have higher ids).
    pub id: i64,
    /// The profile.
    pub profile: String,
    /// The supplier.
    pub supplier: Supplier,
    /// The booking's reference.
    pub booking_reference: String,
    /// The Amadeus locator.
    pub amadeus: Option<String>,
    /// The Sabre locator.
    pub sabre: Option<String>,
    /// The segment's reference (ftresid or reservation id).
    pub segment_ref: String,
    /// The segment's status.
    pub status: String,
    /// Whether it is cancelled.
    pub cancelled: bool,
    /// Passenger.
    pub passenger: String,
    /// Phone.
    pub phone: Option<String>,
    /// E-mail.
    pub email: Option<String>,
    /// Pickup time with its offset, ISO 8601.
    pub pickup_time: Option<String>,
    /// Pickup.
    pub pickup_place: Option<String>,
    /// Drop-off.
    pub dropoff_place: Option<String>,
    /// Flight or train.
    pub flight: Option<String>,
    /// Product or vehicle type.
    pub product: String,
    /// Price including VAT, as text (`"679.00"`).
    pub price: Option<String>,
    /// Currency.
    pub currency: Option<String>,
    /// Latest cancel time, ISO 8601.
    pub latest_cancel_time: Option<String>,
    /// The supplier's reply for the segment.
    #[ts(type = "unknown")]
    pub reply: Value,
    /// When it was first stored.
    pub created_at: String,
    /// When it was last changed.
    pub updated_at: String,
}

/// A booking with everything known about it.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BookingView {
    /// The profile.
    pub profile: String,
    /// The supplier.
    pub supplier: Supplier,
    /// Its reference.
    pub reference: String,
    /// Amadeus locator.
    pub amadeus: Option<String>,
    /// Sabre locator.
    pub sabre: Option<String>,
    /// Its status.
    pub status: String,
    /// The supplier's reply for the booking.
    #[ts(type = "unknown")]
    pub reply: Value,
    /// Its segments, oldest first.
    pub segments: Vec<SegmentRow>,
    /// The journal of what was attempted for it.
    pub attempts: Vec<Attempt>,
    /// When it was first stored.
    pub created_at: String,
    /// When it was last changed.
    pub updated_at: String,
}

/// `From` the history's enum, variant by variant: a variant added there does not compile here
/// until the web view has it too.
macro_rules! from_history {
    ($name:ident { $($variant:ident),* $(,)? }) => {
        impl From<history::$name> for $name {
            fn from(value: history::$name) -> Self {
                match value {
                    $(history::$name::$variant => $name::$variant,)*
                }
            }
        }
    };
}

from_history!(Supplier { Ftbook, Fasttrak });
from_history!(AttemptKind { Book, CancelSegment, CancelBooking });
from_history!(AttemptState { Pending, Unknown, Confirmed, Rejected, NotMade });
from_history!(JournalEvent {
    Journalled,
    BookingCreated,
    SegmentCreated,
    ReservationCreated,
    Cancelled,
    AlreadyDone,
    NotSeen,
    InDoubt,
    Pending,
    Unknown,
    Confirmed,
    Rejected,
    NotMade,
    BookingNotFound,
    SegmentNotFound,
});

impl From<Supplier> for history::Supplier {
    fn from(value: Supplier) -> Self {
        match value {
            Supplier::Ftbook => history::Supplier::Ftbook,
            Supplier::Fasttrak => history::Supplier::Fasttrak,
        }
    }
}

impl From<history::Event> for Event {
    fn from(event: history::Event) -> Self {
        Event { at: event.at, event: event.event.into(), detail: event.detail }
    }
}

impl From<history::Attempt> for Attempt {
    fn from(attempt: history::Attempt) -> Self {
        Attempt {
            id: attempt.id,
            profile: attempt.profile,
            supplier: attempt.supplier.into(),
            kind: attempt.kind.into(),
            state: attempt.state.into(),
            draft: attempt.draft,
            booking_reference: attempt.booking_reference,
            segment_ref: attempt.segment_ref,
            locator: attempt.locator,
            fault: attempt.fault,
            events: attempt.events.into_iter().map(Event::from).collect(),
            created_at: attempt.created_at,
            updated_at: attempt.updated_at,
        }
    }
}

impl From<history::SegmentRow> for SegmentRow {
    fn from(row: history::SegmentRow) -> Self {
        SegmentRow {
            id: row.id,
            profile: row.profile,
            supplier: row.supplier.into(),
            booking_reference: row.booking_reference,
            amadeus: row.amadeus,
            sabre: row.sabre,
            segment_ref: row.segment_ref,
            status: row.status,
            cancelled: row.cancelled,
            passenger: row.passenger,
            phone: row.phone,
            email: row.email,
            pickup_time: row.pickup_time,
            pickup_place: row.pickup_place,
            dropoff_place: row.dropoff_place,
            flight: row.flight,
            product: row.product,
            price: row.price,
            currency: row.currency,
            latest_cancel_time: row.latest_cancel_time,
            reply: row.reply,
            created_at: row.created_at,
            updated_at: row.updated_at,
        }
    }
}

impl From<history::BookingView> for BookingView {
    fn from(view: history::BookingView) -> Self {
        BookingView {
            profile: view.profile,
            supplier: view.supplier.into(),
            reference: view.reference,
            amadeus: view.amadeus,
            sabre: view.sabre,
            status: view.status,
            reply: view.reply,
            segments: view.segments.into_iter().map(SegmentRow::from).collect(),
            attempts: view.attempts.into_iter().map(Attempt::from).collect(),
            created_at: view.created_at,
            updated_at: view.updated_at,
        }
    }
}

/// A confirmed booking.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Booked {
    /// The journal's attempt.
    pub attempt: i64,
    /// The booking with its segments and journal.
    pub booking: BookingView,
}

impl From<crate::booking::Booked> for Booked {
    fn from(booked: crate::booking::Booked) -> Self {
        Booked { attempt: booked.attempt, booking: booked.booking.into() }
    }
}
