//! Offers for one trip from every configured supplier at once: FTBook's availability and
//! FASTTRAK's quote packages are asked concurrently and come back as one list, cheapest first.
//! A supplier that fails or is not set up is reported beside the list, never hiding the others.

use chrono::{DateTime, FixedOffset, TimeDelta};
use history::Supplier;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::Core;
use crate::suppliers::{FASTTRAK, FTBOOK, fasttrak_error, ftbook_error};

/// An end of a trip.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", tag = "kind")]
pub enum Place {
    /// An airport or station by its code (`ARN`, `CST`).
    Terminal {
        /// The code.
        code: String,
    },
    /// A street address, as the street search returned it.
    Street {
        /// Street name (`Drottningholmsvägen`).
        name: String,
        /// House number.
        #[serde(default)]
        #[ts(optional)]
        number: Option<String>,
        /// House letter.
        #[serde(default)]
        #[ts(optional)]
        letter: Option<String>,
        /// The city or district, to tell streets of the same name apart.
        #[serde(default)]
        #[ts(optional)]
        city: Option<String>,
    },
}

/// When the trip is: a wanted pickup time, or a flight or train to meet or make.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", tag = "kind")]
pub enum When {
    /// Picked up at this time.
    Pickup {
        /// The time, with the pickup's offset.
        #[ts(type = "string")]
        at: DateTime<FixedOffset>,
    },
    /// A connection: the flight or train's time, arriving (pick up after it) or departing.
    Connection {
        /// The connection's time.
        #[ts(type = "string")]
        at: DateTime<FixedOffset>,
        /// Whether it arrives (else it departs).
        arrival: bool,
    },
}

/// One trip to price.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TripRequest {
    /// Pickup.
    pub from: Place,
    /// Drop-off.
    pub to: Place,
    /// When.
    pub when: When,
    /// Passengers.
    pub passengers: u32,
    /// Bags.
    pub bags: u32,
    /// A regular taxi (FTBook service type `Taxi`, Sverigetaxi) rather than a connection service.
    #[serde(default)]
    pub regular_taxi: bool,
    /// The FTBook service chosen at the connection (`Taxi`, `Bus`, `Train`, `Transfer`,
    /// `Ticket`): availability is asked for it only, as FTBook's flow says ("with the
    /// serviceType set"). FASTTRAK's vehicles are priced beside a taxi, not beside a bus,
    /// train, transfer or ticket.
    #[serde(default)]
    #[ts(optional)]
    pub service: Option<String>,
    /// Whether the flight or train comes from or goes abroad (FTBook's `international`).
    #[serde(default)]
    pub international: bool,
}

/// What to book an offer with at its supplier. The UI hands it back unchanged.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", tag = "supplier")]
pub enum OfferKey {
    /// FTBook: the product as availability described it (its rules are checked before booking).
    Ftbook {
        /// The availability entry, as FTBook sent it.
        availability: Box<ftbook::model::Availability>,
    },
    /// FASTTRAK: a quote of a package.
    Fasttrak {
        /// The package.
        quote_package_id: i64,
        /// The quote.
        quote_id: i64,
        /// The pickup time the package prices (the operator's local time).
        pickup: Option<chrono::NaiveDateTime>,
    },
}

/// What the details form must ask for before an offer can be booked.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Needs {
    /// The flight or train.
    pub connection: bool,
    /// The card the ticket was paid with (FOID).
    pub foid: bool,
    /// A child's age.
    pub child_age: bool,
}

/// One offer, whichever supplier it comes from.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Offer {
    /// Who offers it.
    pub supplier: Supplier,
    /// Product code or vehicle type id.
    pub code: String,
    /// Product or vehicle type name.
    pub name: String,
    /// Most passengers.
    pub capacity: Option<u32>,
    /// Price including VAT.
    #[serde(with = "rust_decimal::serde::str")]
    #[ts(type = "string")]
    pub price_including_vat: Decimal,
    /// Price excluding VAT, when known.
    #[serde(with = "rust_decimal::serde::str_option")]
    #[ts(type = "string | null")]
    pub price_excluding_vat: Option<Decimal>,
    /// Currency.
    pub currency: String,
    /// The pickup time the offer is for, when the supplier says.
    #[ts(type = "string | null")]
    pub pickup_time: Option<DateTime<FixedOffset>>,
    /// After this it cannot be cancelled, when the supplier says.
    #[ts(type = "string | null")]
    pub latest_cancel_time: Option<DateTime<FixedOffset>>,
    /// The product's rules, in words, shown before the agent chooses.
    pub rules: Vec<String>,
    /// What the details form must ask for.
    pub needs: Needs,
    /// What to book it with (handed back unchanged).
    #[ts(type = "unknown")]
    pub key: OfferKey,
}

/// A supplier that gave no offers, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SupplierProblem {
    /// Which supplier.
    pub supplier: String,
    /// A sentence for the agent.
    pub message: String,
    /// Whether it is only not set up in this profile.
    pub not_configured: bool,
}

/// Offers for one trip.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Offers {
    /// Every offer, cheapest first.
    pub offers: Vec<Offer>,
    /// Suppliers that gave none, and why.
    pub problems: Vec<SupplierProblem>,
}

fn ftbook_rules(product: &ftbook::model::Product, english: bool) -> Vec<String> {
    let mut rules = Vec::new();
    let mut rule = |on: Option<bool>, en: &str, sv: &str| {
        if on == Some(true) {
            rules.push(if english { en } else { sv }.to_owned());
        }
    };
    rule(
        product.pickup_time_locked,
        "The pickup time is set by Flygtaxi",
        "Flygtaxi bestämmer hämtningstiden",
    );
    rule(product.connection_required, "Needs the flight or train", "Kräver flyg eller tåg");
    rule(
        product.foid_required,
        "Needs the card used for the ticket (FOID)",
        "Kräver kortet biljetten köptes med (FOID)",
    );
    rule(product.child_age_required, "Needs the child's age", "Kräver barnets ålder");
    rule(product.number_of_passengers_required, "Needs the number of passengers", "Kräver antal resenärer");
    if let Some(max) = product.max_passengers {
        rules.push(if english {
            format!("At most {max} passengers")
        } else {
            format!("Högst {max} resenärer")
        });
    }
    rules
}

impl TripRequest {
    /// Whether FASTTRAK prices this trip: a regular taxi, or the taxi service at a connection.
    pub fn asks_fasttrak(&self) -> bool {
        self.regular_taxi || self.service.as_deref().is_none_or(|s| s.eq_ignore_ascii_case("Taxi"))
    }

    fn ftbook_query(&self, office_id: &str, english: bool) -> ftbook::query::AvailabilityQuery {
        let mut query = ftbook::query::AvailabilityQuery {
            office_id: Some(office_id.to_owned()),
            language: Some(if english {
                ftbook::model::Language::English
            } else {
                ftbook::model::Language::Swedish
            }),
            ..Default::default()
        };
        match &self.from {
            Place::Terminal { code } => query.start_location_code = Some(code.clone()),
            Place::Street { name, number, letter, city } => {
                query.start_street_name = Some(match city {
                    Some(city) => format!("{name}, {city}"),
                    None => name.clone(),
                });
                query.start_street_number = number.clone();
                query.start_street_letter = letter.clone();
            }
        }
        match &self.to {
            Place::Terminal { code } => query.end_location_code = Some(code.clone()),
            Place::Street { name, number, letter, city } => {
                query.end_street_name = Some(match city {
                    Some(city) => format!("{name}, {city}"),
                    None => name.clone(),
                });
                query.end_street_number = number.clone();
                query.end_street_letter = letter.clone();
            }
        }
        match self.when {
            When::Pickup { at } => query.desired_date = Some(at),
            When::Connection { at, arrival } => {
                query.connection_date = Some(at);
                query.connection_arrival = Some(arrival);
                query.international = Some(self.international);
            }
        }
        if self.regular_taxi {
            query.service_type = Some(ftbook::model::ServiceName::Taxi);
        } else if let Some(service) = &self.service {
            query.service_type = Some(ftbook::model::ServiceName::from(service.as_str()));
        }
        query
    }

    /// The pickup time FASTTRAK is asked to price: the wanted pickup, 20 minutes after an
    /// arrival, or two hours before a departure.
    pub fn fasttrak_pickup(&self) -> DateTime<FixedOffset> {
        match self.when {
            When::Pickup { at } => at,
            When::Connection { at, arrival: true } => at + TimeDelta::minutes(20),
            When::Connection { at, arrival: false } => at - TimeDelta::hours(2),
        }
    }

    fn fasttrak_request(&self, zone: chrono_tz::Tz) -> fasttrak::quote::QuoteRequest {
        use fasttrak::model::{Address, FlightInfo, Location, TravelType};
        let location = |place: &Place| match place {
            Place::Terminal { code } => Location {
                airport_airline_flight_info: Some(FlightInfo {
                    airport_code: Some(code.clone()),
                    ..FlightInfo::default()
                }),
                ..Location::default()
            },
            Place::Street { name, number, letter, city } => Location {
                address: Some(Address {
                    street1: Some(match number {
                        Some(number) => format!("{name} {number}{}", letter.as_deref().unwrap_or("")),
                        None => name.clone(),
                    }),
                    city: city.clone(),
                    country: Some("SE".into()),
                    ..Address::default()
                }),
                ..Location::default()
            },
        };
        let travel_type = match (&self.from, &self.to) {
            (Place::Terminal { .. }, Place::Terminal { .. }) => TravelType::Transfer,
            (Place::Terminal { .. }, _) => TravelType::Arrival,
            (_, Place::Terminal { .. }) => TravelType::Departure,
            _ => TravelType::Ground,
        };
        fasttrak::quote::QuoteRequest {
            travel_type,
            scheduled_pickup_time: self.fasttrak_pickup().with_timezone(&zone).naive_local(),
            from_location: location(&self.from),
            to_location: location(&self.to),
            passenger_count: self.passengers.max(1),
            luggage_count: self.bags,
            flight: None,
        }
    }
}

impl Core {
    /// Offers for `trip` from FTBook and FASTTRAK, asked at the same time.
    pub async fn quotes(&self, trip: &TripRequest) -> Offers {
        let english = self.language() == crate::Language::English;
        let ftbook = async {
            let ftbook = self.ftbook()?;
            let query = trip.ftbook_query(&ftbook.settings.agency_office_id, english);
            let found =
                ftbook.client.availability(&query).await.map_err(|e| ftbook_error(&e, self.language()))?;
            Ok::<_, crate::Error>(
                found
                    .into_iter()
                    .filter(|a| a.product.max_passengers.is_none_or(|max| max >= trip.passengers))
                    .filter_map(|availability| {
                        let price = availability.price.clone()?;
                        Some(Offer {
                            supplier: Supplier::Ftbook,
                            code: availability.product.code.clone(),
                            name: availability
                                .product
                                .name
                                .clone()
                                .unwrap_or_else(|| availability.product.code.clone()),
                            capacity: availability.product.max_passengers,
                            price_including_vat: price.including_vat,
                            price_excluding_vat: Some(price.excluding_vat),
                            currency: price.currency_code.clone(),
                            pickup_time: availability.start_node.as_ref().and_then(|n| n.time),
                            latest_cancel_time: availability.product.latest_cancel_time,
                            rules: ftbook_rules(&availability.product, english),
                            needs: Needs {
                                connection: availability.product.connection_required == Some(true),
                                foid: availability.product.foid_required == Some(true),
                                child_age: availability.product.child_age_required == Some(true),
                            },
                            key: OfferKey::Ftbook { availability: Box::new(availability) },
                        })
                    })
                    .collect::<Vec<_>>(),
            )
        };
        let fasttrak = async {
            if !trip.asks_fasttrak() {
                return Ok(Vec::new());
            }
            let fasttrak = self.fasttrak()?;
            let request = trip.fasttrak_request(fasttrak.zone);
            let package = fasttrak
                .client
                .request_quotes(&request)
                .await
                .map_err(|e| fasttrak_error(&e, self.language()))?;
            let pickup = request
                .scheduled_pickup_time
                .and_local_timezone(fasttrak.zone)
                .earliest()
                .map(|t| t.fixed_offset());
            Ok::<_, crate::Error>(
                package
                    .quotes
                    .into_iter()
                    .map(|quote| {
                        let price = &quote.pricing_information;
                        let capacity = quote.vehicle_type_summary.passenger_capacity;
                        let bags = quote.vehicle_type_summary.bag_capacity;
                        Offer {
                            supplier: Supplier::Fasttrak,
                            code: quote.vehicle_type_summary.vehicle_type_id.to_string(),
                            name: quote.vehicle_type_summary.vehicle_type_name.clone(),
                            capacity: Some(capacity),
                            price_including_vat: price.total_charge,
                            price_excluding_vat: price.taxes.map(|taxes| price.total_charge - taxes),
                            currency: fasttrak.settings.currency.clone(),
                            pickup_time: pickup,
                            latest_cancel_time: None,
                            rules: vec![if english {
                                format!("{capacity} passengers, {bags} bags")
                            } else {
                                format!("{capacity} resenärer, {bags} väskor")
                            }],
                            needs: Needs::default(),
                            key: OfferKey::Fasttrak {
                                quote_package_id: package.quote_package_id,
                                quote_id: quote.quote_id,
                                pickup: Some(request.scheduled_pickup_time),
                            },
                        }
                    })
                    .collect::<Vec<_>>(),
            )
        };
        let (ftbook, fasttrak) = tokio::join!(ftbook, fasttrak);
        let mut offers = Vec::new();
        let mut problems = Vec::new();
        for (supplier, result) in [(FTBOOK, ftbook), (FASTTRAK, fasttrak)] {
            match result {
                Ok(found) => offers.extend(found),
                Err(error) => problems.push(SupplierProblem {
                    supplier: supplier.into(),
                    not_configured: matches!(error, crate::Error::NotConfigured { .. }),
                    message: error.to_string(),
                }),
            }
        }
        offers.sort_by(|a, b| a.price_including_vat.cmp(&b.price_including_vat).then(a.name.cmp(&b.name)));
        Offers { offers, problems }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339(text).unwrap()
    }

    fn trip(when: When) -> TripRequest {
        TripRequest {
            from: Place::Street {
                name: "Sveavägen".into(),
                number: Some("44".into()),
                letter: None,
                city: None,
            },
            to: Place::Street {
                name: "Hornsgatan".into(),
                number: Some("20".into()),
                letter: None,
                city: None,
            },
            when,
            passengers: 1,
            bags: 0,
            regular_taxi: true,
            service: None,
            international: false,
        }
    }

    #[test]
    fn fasttrak_is_asked_for_the_operators_local_time_summer_and_winter() {
        let stockholm = chrono_tz::Europe::Stockholm;
        let summer = trip(When::Pickup { at: at("2026-07-01T09:00:00+02:00") }).fasttrak_request(stockholm);
        assert_eq!(
            summer.scheduled_pickup_time.to_string(),
            "2026-07-01 09:00:00",
            "09:00 in July is 09:00 in Stockholm, not 08:00"
        );
        let winter = trip(When::Pickup { at: at("2026-12-01T09:00:00+01:00") }).fasttrak_request(stockholm);
        assert_eq!(winter.scheduled_pickup_time.to_string(), "2026-12-01 09:00:00");
        let utc = trip(When::Pickup { at: at("2026-07-01T07:00:00+00:00") }).fasttrak_request(stockholm);
        assert_eq!(utc.scheduled_pickup_time.to_string(), "2026-07-01 09:00:00", "any offset, one instant");
    }

    #[test]
    fn availability_names_the_service_the_language_and_international() {
        let mut connection = trip(When::Connection { at: at("2026-12-01T09:00:00+01:00"), arrival: false });
        connection.regular_taxi = false;
        connection.to = Place::Terminal { code: "ARN".into() };
        connection.service = Some("Taxi".into());
        connection.international = true;
        let query = connection.ftbook_query("STOS12345", true);
        assert_eq!(query.service_type, Some(ftbook::model::ServiceName::Taxi), "the flow's step 5");
        assert_eq!(query.international, Some(true));
        assert_eq!(query.language, Some(ftbook::model::Language::English), "names in the agent's language");
        assert!(connection.asks_fasttrak(), "a taxi is compared with FASTTRAK's vehicles");
        connection.service = Some("Train".into());
        assert!(!connection.asks_fasttrak(), "Arlanda Express is FTBook's alone");
    }
}
