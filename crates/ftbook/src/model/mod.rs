//! Every object of the FTBook documentation, with the supplier's exact field names.
//!
//! Parsing is lenient where the supplier may be sloppy and strict where money is concerned:
//! - a field the documentation marks required but a reply leaves out becomes empty (`""`,
//!   `false`, an empty list), so one missing field never loses a whole reply; local validation
//!   refuses such values before a create call is sent;
//! - enumerations keep unknown values as text (see `open_enum`);
//! - prices are `Decimal` read from the documented strings (`"679.00"`) and written back with
//!   the same scale; a price that is not a decimal string is an error, never a guess;
//! - times are `DateTime<FixedOffset>`, keeping the supplier's offset.

mod account;
mod booking;
mod enums;
mod segment;
mod service;
mod street;
pub mod time;

pub use account::{AccountRequest, AuthenticateResponse, SabreXmlRequest, SabreXmlResponse};
pub use booking::{Address, AmadeusUpdate, Booking, Complete, Identity};
pub use enums::{
    AccountDebitMethod, AddressType, AmadeusSuffix, ConnectionType, CoordinateType, DebitMethod, Direction,
    Language, LocationType, LocatorType, ReferenceType, SegmentStatus, ServiceName, StreetSearchType,
    TravelAccountType, UserType,
};
pub use segment::{Connection, Node, Passenger, Price, Product, Reference, Segment};
pub use service::{Availability, Profile, Service, ServiceLocation};
pub use street::{Location, NumberRange, Street, StreetSearchResult};

/// A point in time as FTBook writes it: ISO 8601 with offset (`2014-04-30T07:30:00+02:00`).
pub type Time = chrono::DateTime<chrono::FixedOffset>;

/// `skip_serializing_if` for required text that a reply may leave out.
pub(crate) fn is_empty(text: &str) -> bool {
    text.is_empty()
}

/// `skip_serializing_if` for lists that are absent when empty.
pub(crate) fn is_empty_vec<T>(list: &[T]) -> bool {
    list.is_empty()
}
