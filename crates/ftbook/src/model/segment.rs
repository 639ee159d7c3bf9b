//! A segment: one trip of a booking, with its passenger, product, places and prices.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use serde_with::skip_serializing_none;

use super::{ConnectionType, ReferenceType, SegmentStatus, Street, Time, is_empty, is_empty_vec};

/// One trip of a booking.
#[skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Segment {
    /// Whether the segment is cancelled (required).
    #[serde(default)]
    pub cancelled: bool,
    /// The booking's reference (read only).
    pub booking_reference: Option<String>,
    /// Flygtaxi's id of this segment, `R000000048` (read only).
    pub ftresid: Option<String>,
    /// When the segment was created.
    #[serde(default, with = "super::time::opt")]
    pub booking_date: Option<Time>,
    /// Length of the planned route, in metres.
    pub route_distance_meters: Option<i64>,
    /// Duration of the planned route, in seconds.
    pub route_duration_seconds: Option<i64>,
    /// A taxi company's code, to send the trip to it directly (1–32).
    pub responsible: Option<String>,
    /// PENDING (held) or COMPLETE (sent).
    pub status: Option<SegmentStatus>,
    /// A short message the driver sees (1–256).
    pub info_to_driver: Option<String>,
    /// The client software that created the segment (required, 1–64).
    #[serde(default, skip_serializing_if = "is_empty")]
    pub client_name: String,
    /// An internal comment, not sent to the taxi company (1–256).
    pub comment: Option<String>,
    /// After this the segment cannot be cancelled (read only).
    #[serde(default, with = "super::time::opt")]
    pub latest_cancel_time: Option<Time>,
    /// Who travels (required).
    #[serde(default)]
    pub passenger: Passenger,
    /// What is booked (required).
    #[serde(default)]
    pub product: Product,
    /// The flight or train the trip connects with.
    pub connection: Option<Connection>,
    /// Where and when the trip starts (required).
    #[serde(default)]
    pub start_node: Node,
    /// Where the trip ends.
    pub end_node: Option<Node>,
    /// What the customer pays.
    pub customer_price: Option<Price>,
    /// The booking fee.
    pub fee_price: Option<Price>,
    /// What is paid back on cancellation (so far always the whole customer price).
    pub refund_price: Option<Price>,
    /// Cost centre, project and other references.
    #[serde(default, skip_serializing_if = "is_empty_vec")]
    pub references: Vec<Reference>,
}

/// The traveller.
#[skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Passenger {
    /// `MR`, `MRS`, `MS`, `DR`, `CHD`, ... (1–16).
    pub title: Option<String>,
    /// First name (required, 1–32).
    #[serde(default, skip_serializing_if = "is_empty")]
    pub first_name: String,
    /// Last name (required, 1–32).
    #[serde(default, skip_serializing_if = "is_empty")]
    pub last_name: String,
    /// Phone number, preferably a mobile; characters `+0-9() -` (required, 5–64).
    #[serde(default, skip_serializing_if = "is_empty")]
    pub phone: String,
    /// E-mail address (1–64).
    pub email: Option<String>,
    /// Form of identification for Arlanda Express: `CC`, card type, card number, masked as
    /// `CCVI123456XXXXXX3456` (14–32). Identifies the passenger only; never debited.
    pub foid: Option<String>,
    /// The child's age, when the product requires it.
    pub child_age: Option<u32>,
    /// How many travel, when the product requires it.
    pub number_of_passengers: Option<u32>,
    /// Source of `uniqueId` (1–32).
    pub unique_src: Option<String>,
    /// The traveller's id, unique together with `uniqueSrc` (1–32).
    pub unique_id: Option<String>,
}

/// The flight or train a trip connects with.
#[skip_serializing_none]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Connection {
    /// FLIGHT or TRAIN (required).
    #[serde(rename = "type")]
    pub kind: ConnectionType,
    /// Flight or train number (required, 1–32).
    #[serde(default, skip_serializing_if = "is_empty")]
    pub number: String,
    /// Whether it comes from or goes abroad (required).
    #[serde(default)]
    pub international: bool,
    /// Departure time (required).
    #[serde(default, with = "super::time::opt")]
    pub departure_date: Option<Time>,
    /// IATA code of the airport or UIC code of the station (required, 1–32).
    #[serde(default, skip_serializing_if = "is_empty")]
    pub departure_code: String,
    /// Name of the departure airport or station (read only).
    pub departure_name: Option<String>,
    /// Arrival time (required).
    #[serde(default, with = "super::time::opt")]
    pub arrival_date: Option<Time>,
    /// IATA code of the airport or UIC code of the station (required, 1–32).
    #[serde(default, skip_serializing_if = "is_empty")]
    pub arrival_code: String,
    /// Name of the arrival airport or station (read only).
    pub arrival_name: Option<String>,
}

/// A place and time on a trip.
#[skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Node {
    /// When the trip is there.
    #[serde(default, with = "super::time::opt")]
    pub time: Option<Time>,
    /// Where: a street, or a location such as an airport.
    pub street: Option<Street>,
}

/// A bookable product, such as `VTAX` (Egen TAXI).
#[skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Product {
    /// Name (read only).
    pub name: Option<String>,
    /// Code: `TAXI`, `VTAX`, `VTAX-2`, ... (required, 4–32).
    #[serde(default, skip_serializing_if = "is_empty")]
    pub code: String,
    /// Description (read only).
    pub description: Option<String>,
    /// Most passengers the product takes.
    pub max_passengers: Option<u32>,
    /// Child discount; 0 when there is none.
    pub child_discount_percent: Option<f64>,
    /// The pickup time is set by the product and cannot be changed.
    pub pickup_time_locked: Option<bool>,
    /// The passenger's child age must be given.
    pub child_age_required: Option<bool>,
    /// The passenger must have a FOID.
    pub foid_required: Option<bool>,
    /// The number of passengers must be given.
    pub number_of_passengers_required: Option<bool>,
    /// A connection (flight or train) must be given.
    pub connection_required: Option<bool>,
    /// The product can be booked from this time.
    #[serde(default, with = "super::time::opt")]
    pub first_possible_booking_time: Option<Time>,
    /// The product can be cancelled until this time.
    #[serde(default, with = "super::time::opt")]
    pub latest_cancel_time: Option<Time>,
}

/// An amount of money, as FTBook writes it: decimal strings, never floating point.
#[skip_serializing_none]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Price {
    /// The price list's organisation id (read only).
    pub price_list_organization_id: Option<i64>,
    /// The price list's name (read only).
    pub price_list_name: Option<String>,
    /// Including VAT (`"679.00"`).
    #[serde(with = "rust_decimal::serde::str")]
    pub including_vat: Decimal,
    /// Excluding VAT (`"640.57"`).
    #[serde(with = "rust_decimal::serde::str")]
    pub excluding_vat: Decimal,
    /// VAT as a fraction, 0.00–0.25: `"0.06"` is 6 %.
    #[serde(with = "rust_decimal::serde::str")]
    pub vat_percent: Decimal,
    /// ISO 4217 currency, `SEK`.
    #[serde(default, skip_serializing_if = "is_empty")]
    pub currency_code: String,
}

/// A reference on a segment: cost centre, project, ...
#[skip_serializing_none]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Reference {
    /// The kind of reference (required).
    #[serde(rename = "type")]
    pub kind: ReferenceType,
    /// What the agent is shown as its name.
    pub name: Option<String>,
    /// The value (required, 1–64).
    #[serde(default, skip_serializing_if = "is_empty")]
    pub value: String,
    /// Whether the reference must be given.
    pub mandatory: Option<bool>,
}
