//! What the FTBook sandbox sells: services per connection, their products, bus and train stops,
//! and prices.
//!
//! Modelled on FTBook's documentation and Flygtaxi's public offer: a shared Flygtaxi with a
//! locked pickup time, Egen TAXI (`VTAX`, up to 4), a large taxi (up to 8), Flygbussarna,
//! Arlanda Express (identified by card, FOID), Åretransfer and Luleå's airport tickets, and
//! Sverigetaxi between two addresses. Prices include 6 % VAT and are whole kronor.

use rust_decimal::Decimal;

use super::products::{
    ARETRANSFER, ARLANDA_EXPRESS, EGEN_TAXI, FLYGBUSSARNA, FLYGTAXI, LANSBUSS, STORBIL, TAGTAXI,
};
pub use super::products::{PRODUCTS, Pricing, Product, SVERIGETAXI, product};
use serde_json::{Value, json};

/// VAT on taxi and bus travel in Sweden.
pub const TRAVEL_VAT: Decimal = Decimal::from_parts(6, 0, 0, false, 2);
/// VAT on the booking fee.
pub const FEE_VAT: Decimal = Decimal::from_parts(25, 0, 0, false, 2);

/// A service at a connection.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Service {
    pub name: &'static str,
    pub address_type: &'static str,
    pub description: &'static str,
    pub description_en: &'static str,
    pub products: &'static [&'static Product],
}

const AIRPORT_TAXI: Service = Service {
    name: "Taxi",
    address_type: "Address",
    description: "Flygtaxi och Egen TAXI till och från adress.",
    description_en: "Airport taxis to and from an address.",
    products: &[&FLYGTAXI, &EGEN_TAXI, &STORBIL],
};
const AIRPORT_BUS: Service = Service {
    name: "Bus",
    address_type: "Bus Location",
    description: "Flygbussarna till och från stadens hållplatser.",
    description_en: "Flygbussarna to and from the city's stops.",
    products: &[&FLYGBUSSARNA],
};
const ARLANDA_TRAIN: Service = Service {
    name: "Train",
    address_type: "Train Location",
    description: "Arlanda Express mellan Arlanda och Stockholm C.",
    description_en: "Arlanda Express between Arlanda and Stockholm Central.",
    products: &[&ARLANDA_EXPRESS],
};
const STATION_TAXI: Service = Service {
    name: "Taxi",
    address_type: "Address",
    description: "Tågtaxi och Egen TAXI till och från tåget.",
    description_en: "Train taxis to and from the train.",
    products: &[&TAGTAXI, &EGEN_TAXI],
};
const ARE_TRANSFER: Service = Service {
    name: "Transfer",
    address_type: "Address",
    description: "Åretransfer mellan flygplatsen och Åre.",
    description_en: "Åre transfer between the airport and Åre.",
    products: &[&ARETRANSFER],
};
const LULEA_TICKET: Service = Service {
    name: "Ticket",
    address_type: "Bus Location",
    description: "Länsbussarnas biljett till Luleå centrum.",
    description_en: "County bus ticket to Luleå city centre.",
    products: &[&LANSBUSS],
};

/// The services of an airport or station.
pub fn services_at(code: &str) -> &'static [Service] {
    match code.to_ascii_uppercase().as_str() {
        "ARN" => &[AIRPORT_TAXI, AIRPORT_BUS, ARLANDA_TRAIN],
        "BMA" | "GOT" | "MMX" | "NYO" | "UME" => &[AIRPORT_TAXI, AIRPORT_BUS],
        "LLA" => &[AIRPORT_TAXI, LULEA_TICKET],
        "OSD" => &[AIRPORT_TAXI, ARE_TRANSFER],
        "VBY" => &[AIRPORT_TAXI],
        "CST" | "G" | "M" | "U" | "LP" | "NR" | "Ö" | "ARNC" => &[STATION_TAXI],
        _ => &[],
    }
}

/// A bus stop or train station a bus or train service runs to.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Stop {
    pub connection: &'static str,
    pub product: &'static str,
    pub code: &'static str,
    pub name: &'static str,
    pub description: &'static str,
    pub lat: f64,
    pub lon: f64,
    /// Minutes from the connection.
    pub minutes: u32,
}

/// Every stop, by connection.
pub const STOPS: &[Stop] = &[
    Stop {
        connection: "ARN",
        product: "FLYG",
        code: "CTY",
        name: "Cityterminalen",
        description: "Stockholm City, Klarabergsviadukten",
        lat: 59.3318,
        lon: 18.0560,
        minutes: 45,
    },
    Stop {
        connection: "ARN",
        product: "FLYG",
        code: "LHN",
        name: "Liljeholmen",
        description: "Liljeholmens station",
        lat: 59.3105,
        lon: 18.0227,
        minutes: 45,
    },
    Stop {
        connection: "ARN",
        product: "FLYG",
        code: "BRP",
        name: "Brommaplan",
        description: "Brommaplan, hållplats B",
        lat: 59.3386,
        lon: 17.9394,
        minutes: 40,
    },
    Stop {
        connection: "ARN",
        product: "FLYG",
        code: "KTA",
        name: "Kista",
        description: "Kista Galleria",
        lat: 59.4029,
        lon: 17.9444,
        minutes: 25,
    },
    Stop {
        connection: "ARN",
        product: "AEXP",
        code: "CST",
        name: "Stockholm C",
        description: "Arlanda Express-terminalen, Stockholm Central",
        lat: 59.3303,
        lon: 18.0567,
        minutes: 18,
    },
    Stop {
        connection: "BMA",
        product: "FLYG",
        code: "CTY",
        name: "Cityterminalen",
        description: "Stockholm City, Klarabergsviadukten",
        lat: 59.3318,
        lon: 18.0560,
        minutes: 20,
    },
    Stop {
        connection: "GOT",
        product: "FLYG",
        code: "NLS",
        name: "Nils Ericson Terminalen",
        description: "Göteborg, vid Centralstationen",
        lat: 57.7088,
        lon: 11.9733,
        minutes: 30,
    },
    Stop {
        connection: "GOT",
        product: "FLYG",
        code: "KPP",
        name: "Kungsportsplatsen",
        description: "Göteborg, Kungsportsplatsen",
        lat: 57.7045,
        lon: 11.9695,
        minutes: 35,
    },
    Stop {
        connection: "MMX",
        product: "FLYG",
        code: "MCS",
        name: "Malmö C",
        description: "Malmö Centralstation, Centralplan",
        lat: 55.6092,
        lon: 13.0007,
        minutes: 40,
    },
    Stop {
        connection: "MMX",
        product: "FLYG",
        code: "TRI",
        name: "Triangeln",
        description: "Malmö, Triangeln",
        lat: 55.5938,
        lon: 13.0004,
        minutes: 35,
    },
    Stop {
        connection: "NYO",
        product: "FLYG",
        code: "CTY",
        name: "Cityterminalen",
        description: "Stockholm City, Klarabergsviadukten",
        lat: 59.3318,
        lon: 18.0560,
        minutes: 80,
    },
    Stop {
        connection: "UME",
        product: "FLYG",
        code: "VAS",
        name: "Vasaplan",
        description: "Umeå, Vasaplan",
        lat: 63.8258,
        lon: 20.2630,
        minutes: 15,
    },
    Stop {
        connection: "LLA",
        product: "LTKT",
        code: "SMD",
        name: "Smedjegatan",
        description: "Luleå centrum, Smedjegatan",
        lat: 65.5842,
        lon: 22.1547,
        minutes: 20,
    },
];

/// The stops of `product` at `connection`.
pub fn stops(connection: &str, product: &str) -> impl Iterator<Item = &'static Stop> {
    let connection = connection.to_ascii_uppercase();
    let product = product.to_owned();
    STOPS.iter().filter(move |s| s.connection == connection && s.product == product)
}

/// A price as FTBook writes it, from a whole-kronor amount including `vat`.
pub fn price_json(including_vat: i64, vat: Decimal, with_price_list: bool) -> Value {
    let including = Decimal::new(including_vat * 100, 2);
    let excluding = (including / (Decimal::ONE + vat)).round_dp(2);
    let mut price = json!({
        "includingVat": format!("{including:.2}"),
        "excludingVat": format!("{excluding:.2}"),
        "vatPercent": format!("{vat:.2}"),
        "currencyCode": "SEK",
    });
    if with_price_list {
        price["priceListOrganizationId"] = json!(1);
        price["priceListName"] = json!("Standard");
    }
    price
}

/// The booking fee on every segment: 12.50 including 25 % VAT.
pub fn fee_json() -> Value {
    json!({"includingVat": "12.50", "excludingVat": "10.00", "vatPercent": "0.25", "currencyCode": "SEK"})
}

/// The price in whole kronor of `product` for a route, `passengers` travelling.
pub fn price(product: &Product, route_km: f64, arlanda_inner_city: bool, passengers: u32) -> i64 {
    match product.pricing {
        Pricing::ArlandaZone { zone, .. } if arlanda_inner_city => zone,
        Pricing::ArlandaZone { start, per_km, .. } | Pricing::Metered { start, per_km } => {
            start + (route_km * per_km as f64).round() as i64
        }
        Pricing::PerPassenger(each) => each * i64::from(passengers.max(1)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_documentations_prices_come_out_to_the_ore() {
        assert_eq!(
            price_json(679, TRAVEL_VAT, true),
            json!({"includingVat": "679.00", "excludingVat": "640.57", "vatPercent": "0.06", "currencyCode": "SEK",
                   "priceListOrganizationId": 1, "priceListName": "Standard"}),
            "Egen TAXI Arlanda–Kungsholmen in the segment example"
        );
        assert_eq!(
            fee_json(),
            json!({"includingVat": "12.50", "excludingVat": "10.00", "vatPercent": "0.25", "currencyCode": "SEK"})
        );
        let excluding = Decimal::new(1000, 2) * (Decimal::ONE + FEE_VAT);
        assert_eq!(excluding, Decimal::new(1250, 2), "the fee's two amounts agree");
    }

    #[test]
    fn every_airport_offers_a_taxi_and_every_product_has_a_unique_code() {
        for code in ["ARN", "BMA", "GOT", "MMX", "NYO", "LLA", "UME", "OSD", "VBY"] {
            assert!(services_at(code).iter().any(|s| s.name == "Taxi"), "{code}");
        }
        let mut codes: Vec<_> = PRODUCTS.iter().map(|p| p.code).collect();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), PRODUCTS.len());
    }

    #[test]
    fn bus_and_train_services_have_stops() {
        for code in ["ARN", "BMA", "GOT", "MMX", "NYO", "LLA", "UME", "OSD", "VBY"] {
            for service in services_at(code).iter().filter(|s| s.address_type != "Address") {
                for product in service.products {
                    assert!(stops(code, product.code).count() > 0, "{code} {}", product.code);
                }
            }
        }
    }

    #[test]
    fn prices_follow_their_rule() {
        assert_eq!(price(&EGEN_TAXI, 40.0, true, 1), 679, "fixed zone price");
        assert_eq!(price(&EGEN_TAXI, 10.0, false, 1), 115 + 140, "metered elsewhere");
        assert_eq!(price(&ARLANDA_EXPRESS, 40.0, false, 3), 1020, "per passenger");
    }
}
