//! The sandbox operator's quote engine: where a location is, and what each vehicle type costs
//! for a trip between two of them. Stockholm-area prices in SEK, VAT 6 % included (passenger
//! transport), on the same Sweden as the FTBook sandbox.

use std::str::FromStr;

use rust_decimal::Decimal;
use serde_json::Value;

use super::store::{Pricing, Quote, VehicleType};
use crate::geo::Wgs84;
use crate::places::{Kind, Places, Query};

/// One vehicle type of the sandbox operator's fleet, with its tariff.
struct Tariff {
    id: i64,
    name: &'static str,
    passengers: u32,
    bags: u32,
    /// Start fee, SEK (öre precision).
    start: i64,
    /// Per road kilometre, öre.
    per_km: i64,
}

const FLEET: [Tariff; 5] = [
    Tariff { id: 1, name: "Sedan", passengers: 3, bags: 3, start: 15_000, per_km: 1_450 },
    Tariff { id: 2, name: "Premium Sedan", passengers: 3, bags: 3, start: 25_000, per_km: 1_990 },
    Tariff { id: 3, name: "SUV", passengers: 6, bags: 6, start: 30_000, per_km: 2_240 },
    Tariff { id: 4, name: "Van", passengers: 8, bags: 8, start: 35_000, per_km: 2_490 },
    Tariff { id: 5, name: "Minibus", passengers: 14, bags: 14, start: 60_000, per_km: 3_450 },
];

/// The most passengers any vehicle type carries.
pub fn largest_capacity() -> u32 {
    FLEET.iter().map(|t| t.passengers).max().unwrap_or(0)
}

/// The vehicle type with this id.
pub fn vehicle_type(id: i64) -> Option<VehicleType> {
    FLEET.iter().find(|t| t.id == id).map(summary)
}

/// Every vehicle type.
pub fn vehicle_types() -> Vec<VehicleType> {
    FLEET.iter().map(summary).collect()
}

fn summary(tariff: &Tariff) -> VehicleType {
    VehicleType {
        vehicle_type_id: tariff.id,
        vehicle_type_name: tariff.name.into(),
        passenger_capacity: tariff.passengers,
        bag_capacity: tariff.bags,
    }
}

/// Where a location is: its position, and its address on one line. An airport code, a
/// position, or a street address (`Drottningholmsvägen 37`, with the city narrowing it).
pub fn resolve(location: &Value) -> Result<(Wgs84, String), String> {
    let airport = location.pointer("/airportAirlineFlightInfo/airportCode").and_then(Value::as_str);
    if let Some(code) = airport.filter(|code| !code.trim().is_empty()) {
        let place =
            Places::sweden().terminal(code.trim()).ok_or_else(|| format!("Unknown airport code {code}"))?;
        return Ok((place.wgs84, place.name_en.unwrap_or(place.name).to_owned()));
    }
    let street = location.pointer("/address/street1").and_then(Value::as_str).map(str::trim);
    if let Some(street) = street.filter(|s| !s.is_empty()) {
        let city = location.pointer("/address/city").and_then(Value::as_str).map(str::trim).unwrap_or("");
        let search = if city.is_empty() { street.to_owned() } else { format!("{street}, {city}") };
        let mut query = Query::from_search(&search);
        query.kinds = vec![Kind::Address, Kind::Poi];
        let place = Places::sweden()
            .all()
            .iter()
            .find(|place| query.matches(place) && query.number_exists(place))
            .ok_or_else(|| format!("The address {search} could not be found"))?;
        let number = query.number.as_ref().map(|(number, _)| *number);
        let display = match number {
            Some(number) => format!("{} {number}, {}", place.name, place.location.community),
            None => format!("{}, {}", place.name, place.location.community),
        };
        return Ok((place.position_of(number), display));
    }
    match (
        location.get("latitude").and_then(Value::as_f64),
        location.get("longitude").and_then(Value::as_f64),
    ) {
        (Some(lat), Some(lon)) if (55.0..=69.5).contains(&lat) && (10.0..=24.5).contains(&lon) => {
            Ok((Wgs84 { lat, lon }, format!("{lat:.5}, {lon:.5}")))
        }
        (Some(_), Some(_)) => Err("The position is outside the operator's area (Sweden)".into()),
        _ => Err("The location has no address, airport or position".into()),
    }
}

/// Road kilometres between two positions, to one decimal: the straight line and a quarter.
pub fn road_km(from: Wgs84, to: Wgs84) -> Decimal {
    let metres = from.distance_m(to) * 1.25;
    Decimal::from_str(&format!("{:.1}", metres / 1000.0)).unwrap_or(Decimal::ZERO)
}

/// The price of a tariff over `km`: start fee and distance, VAT 6 % included.
fn price(tariff: &Tariff, km: Decimal) -> Pricing {
    let total = (Decimal::new(tariff.start, 2) + Decimal::new(tariff.per_km, 2) * km).round_dp(2);
    let taxes = (total * Decimal::new(6, 0) / Decimal::new(106, 0)).round_dp(2);
    Pricing { base_rate: total - taxes, taxes, total_charge: total }
}

/// The price of vehicle type `id` over `km`.
pub fn price_for(id: i64, km: Decimal) -> Option<Pricing> {
    FLEET.iter().find(|t| t.id == id).map(|tariff| price(tariff, km))
}

/// One quote per vehicle type that carries the party, cheapest first; `next_id` numbers them.
pub fn quotes(km: Decimal, passengers: u32, bags: u32, mut next_id: impl FnMut() -> i64) -> Vec<Quote> {
    let minutes =
        u32::try_from((km * Decimal::new(60, 0) / Decimal::new(45, 0)).round().mantissa()).unwrap_or(0);
    FLEET
        .iter()
        .filter(|tariff| tariff.passengers >= passengers && tariff.bags >= bags)
        .map(|tariff| Quote {
            quote_id: next_id(),
            vehicle_type_summary: summary(tariff),
            pricing_information: price(tariff, km),
            estimated_duration_minutes: minutes + 5,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn locations_resolve_by_airport_address_or_position() {
        let (arn, name) = resolve(&json!({"airportAirlineFlightInfo": {"airportCode": "ARN"}})).unwrap();
        assert!(name.contains("Arlanda"), "{name}");
        let (street, display) =
            resolve(&json!({"address": {"street1": "Drottningholmsvägen 37", "city": "Stockholm"}})).unwrap();
        assert!(display.starts_with("Drottningholmsvägen 37"), "{display}");
        let km = road_km(street, arn);
        assert!(km > Decimal::new(35, 0) && km < Decimal::new(60, 0), "Kungsholmen–Arlanda by road: {km} km");
        assert!(resolve(&json!({"address": {"street1": "Ingenstansgatan 1"}})).is_err());
        assert!(resolve(&json!({"latitude": 48.85, "longitude": 2.35})).is_err(), "Paris is not served");
        assert!(resolve(&json!({})).is_err());
    }

    #[test]
    fn prices_are_exact_include_vat_and_grow_with_the_vehicle() {
        let quotes = quotes(Decimal::new(123, 1), 2, 2, || 1);
        assert_eq!(quotes.len(), 5, "every type carries two");
        let first = &quotes[0].pricing_information;
        assert_eq!(first.total_charge.to_string(), "328.35", "150 + 12.3 km × 14.50");
        assert_eq!(first.taxes.to_string(), "18.59", "6 % VAT included");
        assert_eq!(first.base_rate + first.taxes, first.total_charge);
        let totals: Vec<Decimal> = quotes.iter().map(|q| q.pricing_information.total_charge).collect();
        assert!(totals.windows(2).all(|pair| pair[0] < pair[1]), "{totals:?}");
        assert_eq!(super::quotes(Decimal::ONE, 7, 0, || 1).len(), 2, "only Van and Minibus carry seven");
    }
}
