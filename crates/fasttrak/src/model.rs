//! FASTTRAK's objects, with the field names public client code shows (`suppliers.md`).
//!
//! Only the fields the desk uses are typed; the API has many more, and unknown fields are
//! ignored rather than refused. Money is [`Decimal`] read from the JSON number's text
//! ([`crate::money`]). Times carry no offset on the wire: they are the operator's local time,
//! and the desk applies the operator's time zone.

use chrono::{NaiveDate, NaiveDateTime};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::money;
use reply::open_enum;

open_enum! {
    /// Where a reservation stands (`reservationStatus`).
    pub enum ReservationStatus {
        /// Not set.
        None = "None",
        /// A quote, not yet a booking.
        Quotation = "Quotation",
        /// The trip is confirmed.
        TripConfirmed = "Trip_Confirmed",
        /// A driver has confirmed.
        DriverConfirmed = "Driver_Confirmed",
        /// The driver is on the way.
        EnRoute = "En_route",
        /// The driver is at the pickup.
        OnLocation = "On_Location",
        /// The passenger was dropped off.
        Dropped = "Dropped",
        /// The passenger did not show.
        NoShow = "No_Show",
        /// Cancelled.
        Cancelled = "Cancelled",
        /// The passenger is on board.
        OnBoard = "On_Board",
        /// Booked.
        Booked = "Booked",
        /// A driver is scheduled.
        DriverScheduled = "Driver_Scheduled",
    }
}

impl ReservationStatus {
    /// Whether the trip still counts as booked (not cancelled, not a quote, not over).
    pub fn is_active(&self) -> bool {
        !matches!(
            self,
            ReservationStatus::None
                | ReservationStatus::Quotation
                | ReservationStatus::Cancelled
                | ReservationStatus::Dropped
                | ReservationStatus::NoShow
        )
    }
}

open_enum! {
    /// What kind of trip (`travelType`).
    pub enum TravelType {
        /// Not set.
        None = "None",
        /// Point to point on the ground.
        Ground = "Ground",
        /// From an arriving flight.
        Arrival = "Arrival",
        /// To a departing flight.
        Departure = "Departure",
        /// Between two terminals.
        Transfer = "Transfer",
    }
}

/// A postal address.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Address {
    /// Street and number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub street1: Option<String>,
    /// More of the address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub street2: Option<String>,
    /// City.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    /// Region or county.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// Postal code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub postal_code: Option<String>,
    /// Country code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// The whole address on one line, as the operator shows it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display_address: Option<String>,
}

/// An airport pickup or drop-off.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FlightInfo {
    /// IATA airport code (`ARN`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub airport_code: Option<String>,
    /// IATA airline code (`SK`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub airline_code: Option<String>,
    /// Flight number (`1415`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flight_number: Option<String>,
    /// The flight's scheduled time, local.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scheduled_date_time: Option<NaiveDateTime>,
}

/// A pickup or drop-off: an address, an airport, or both, with a position.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Location {
    /// The address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<Address>,
    /// The airport and flight.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub airport_airline_flight_info: Option<FlightInfo>,
    /// Latitude in degrees (WGS84).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub latitude: Option<f64>,
    /// Longitude in degrees (WGS84).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub longitude: Option<f64>,
}

/// The passenger the driver asks for.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Passenger {
    /// Full name.
    #[serde(default)]
    pub name: String,
    /// Phone number, international form.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone_number: Option<String>,
    /// E-mail address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email_address: Option<String>,
}

/// A vehicle type and what it carries.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct VehicleTypeSummary {
    /// The operator's id for the type.
    pub vehicle_type_id: i64,
    /// Its name (`Sedan`, `SUV`, `Van`).
    pub vehicle_type_name: String,
    /// Seats for passengers.
    #[serde(default)]
    pub passenger_capacity: u32,
    /// Room for bags.
    #[serde(default)]
    pub bag_capacity: u32,
}

/// A price, in the operator's currency (the reply names none).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PricingInformation {
    /// The fare before extras.
    #[serde(default, with = "money::option_number", skip_serializing_if = "Option::is_none")]
    pub base_rate: Option<Decimal>,
    /// Gratuity included.
    #[serde(default, with = "money::option_number", skip_serializing_if = "Option::is_none")]
    pub gratuity: Option<Decimal>,
    /// Taxes included (VAT).
    #[serde(default, with = "money::option_number", skip_serializing_if = "Option::is_none")]
    pub taxes: Option<Decimal>,
    /// What the customer pays, all included.
    #[serde(with = "money::number")]
    pub total_charge: Decimal,
}

/// A reservation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Reservation {
    /// The operator's reservation number.
    pub reservation_id: i64,
    /// Where it stands.
    pub reservation_status: ReservationStatus,
    /// What kind of trip.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub travel_type: Option<TravelType>,
    /// Pickup time, the operator's local time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scheduled_pickup_time: Option<NaiveDateTime>,
    /// Pickup.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from_location: Option<Location>,
    /// Drop-off.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to_location: Option<Location>,
    /// Passengers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub passenger_count: Option<u32>,
    /// Bags.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub luggage_count: Option<u32>,
    /// The passenger the driver asks for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub primary_passenger: Option<Passenger>,
    /// The vehicle type booked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vehicle_type_summary: Option<VehicleTypeSummary>,
    /// The price.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pricing_information: Option<PricingInformation>,
    /// The total of all charges.
    #[serde(default, with = "money::option_number", skip_serializing_if = "Option::is_none")]
    pub total_charges: Option<Decimal>,
    /// The customer's purchase order reference.
    #[serde(default, rename = "referencePO", skip_serializing_if = "Option::is_none")]
    pub reference_po: Option<String>,
    /// Cost code (cost centre).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cost_code: Option<String>,
    /// Notes for the trip.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trip_notes: Option<String>,
}

/// `POST reservations/search`: reservations whose pickup falls between two dates.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ReservationSearch {
    /// First day.
    pub start_date: NaiveDate,
    /// Last day.
    pub end_date: NaiveDate,
}

/// The trip of a reservation made without a quote.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ReservationDetail {
    /// What kind of trip.
    pub travel_type: TravelType,
    /// Pickup time, the operator's local time.
    pub scheduled_pickup_time: NaiveDateTime,
    /// Pickup.
    pub from_location: Location,
    /// Drop-off.
    pub to_location: Location,
    /// Passengers.
    pub passenger_count: u32,
    /// Bags.
    pub luggage_count: u32,
    /// The passenger the driver asks for.
    pub primary_passenger: Passenger,
    /// The vehicle type wanted.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub vehicle_type_id: Option<i64>,
    /// Purchase order reference.
    #[serde(rename = "referencePO", skip_serializing_if = "Option::is_none")]
    pub reference_po: Option<String>,
    /// Cost code.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cost_code: Option<String>,
    /// Notes for the trip.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub trip_notes: Option<String>,
}

/// The customer a new-customer reservation creates.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CustomerSummary {
    /// First name.
    pub first_name: String,
    /// Last name.
    pub last_name: String,
    /// Phone.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone_number: Option<String>,
    /// E-mail.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email_address: Option<String>,
}

/// `POST reservations/new-customer`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct NewCustomerReservation {
    /// The trip.
    pub reservation_detail: ReservationDetail,
    /// The customer.
    pub customer_summary: CustomerSummary,
}

/// A company (corporate account) of the operator. Shape assumed: id and name.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Company {
    /// Its id.
    pub company_id: i64,
    /// Its name.
    #[serde(default)]
    pub company_name: String,
}

/// A customer profile of the operator. Shape assumed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Customer {
    /// Its id.
    pub customer_id: i64,
    /// First name.
    #[serde(default)]
    pub first_name: String,
    /// Last name.
    #[serde(default)]
    pub last_name: String,
    /// E-mail.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email_address: Option<String>,
    /// Phone.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone_number: Option<String>,
}

/// An employee (dispatcher, driver) of the operator. Shape assumed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Employee {
    /// Its id.
    pub employee_id: i64,
    /// First name.
    #[serde(default)]
    pub first_name: String,
    /// Last name.
    #[serde(default)]
    pub last_name: String,
    /// Role, as the operator names it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
}

/// A vehicle of the operator's fleet. Shape assumed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Vehicle {
    /// Its id.
    pub vehicle_id: i64,
    /// Its name or fleet number.
    #[serde(default)]
    pub vehicle_name: String,
    /// Its type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vehicle_type_summary: Option<VehicleTypeSummary>,
}

#[cfg(test)]
mod tests;
