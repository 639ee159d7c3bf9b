//! Quote packages (`/api/quote-packages`): **the shapes here are assumed**, because FASTTRAK
//! publishes no schema for them (`suppliers.md`). A request names the trip in the reservation's
//! own location shape; the reply is a package holding one quote per vehicle type; booking a
//! chosen quote turns it into a reservation.
//!
//! Everything assumed about quote packages is in this module, so the operator's real schema
//! replaces it here and nowhere else.

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

use crate::error::NotSent;
use crate::model::{FlightInfo, Location, Passenger, PricingInformation, TravelType, VehicleTypeSummary};

/// The path of the quote-package calls under the API root.
pub(crate) const PATH: &str = "quote-packages";
/// The last path segment of booking a quote (`quote-packages/{id}/book`).
pub(crate) const BOOK: &str = "book";

/// `POST quote-packages`: ask for prices for a trip.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct QuoteRequest {
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
    /// The flight, when the trip meets or makes one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flight: Option<FlightInfo>,
}

/// One price for one vehicle type.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Quote {
    /// The quote's id within its package.
    pub quote_id: i64,
    /// The vehicle type quoted.
    pub vehicle_type_summary: VehicleTypeSummary,
    /// Its price.
    pub pricing_information: PricingInformation,
    /// How long the drive is expected to take.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub estimated_duration_minutes: Option<u32>,
}

/// `POST quote-packages` reply item: one quote per vehicle type the operator can send.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct QuotePackage {
    /// The package's id, used to book one of its quotes.
    pub quote_package_id: i64,
    /// Until when the prices hold, the operator's local time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_until: Option<NaiveDateTime>,
    /// The quotes, one per vehicle type.
    #[serde(default)]
    pub quotes: Vec<Quote>,
}

/// `POST quote-packages/{id}/book`: book one quote of a package for a passenger.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct BookQuote {
    /// The chosen quote.
    pub quote_id: i64,
    /// The passenger the driver asks for.
    pub primary_passenger: Passenger,
    /// Purchase order reference.
    #[serde(default, rename = "referencePO", skip_serializing_if = "Option::is_none")]
    pub reference_po: Option<String>,
    /// Cost code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cost_code: Option<String>,
    /// Notes for the driver.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trip_notes: Option<String>,
}

impl BookQuote {
    /// What must be true before the booking is sent.
    pub(crate) fn check(&self) -> Result<(), NotSent> {
        if self.primary_passenger.name.trim().is_empty() {
            return Err(NotSent::NoPassengerName);
        }
        Ok(())
    }
}

impl QuoteRequest {
    /// What must be true before the request is sent.
    pub(crate) fn check(&self) -> Result<(), NotSent> {
        if self.passenger_count == 0 {
            return Err(NotSent::NoPassengers);
        }
        for (problem, location) in
            [(NotSent::NoPickupPlace, &self.from_location), (NotSent::NoDropOffPlace, &self.to_location)]
        {
            let has_place = location.address.is_some()
                || location.airport_airline_flight_info.as_ref().is_some_and(|f| f.airport_code.is_some())
                || (location.latitude.is_some() && location.longitude.is_some());
            if !has_place {
                return Err(problem);
            }
        }
        Ok(())
    }
}
