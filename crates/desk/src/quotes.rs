//! Offers for one trip from every configured supplier at once: FTBook's availability and
//! FASTTRAK's quote packages are asked concurrently and come back as one list, cheapest first.
//! A supplier that fails or is not set up is reported beside the list, never hiding the others.

use crate::view::Supplier;
use chrono::{DateTime, FixedOffset, TimeDelta};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::suppliers::{FASTTRAK, FTBOOK, fasttrak_error, ftbook_error};
use crate::{Core, Language};

mod offer;
pub(crate) mod shelf;
pub use offer::{Needs, Offer, OfferKey, Offers, SupplierProblem};

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
    /// `Ticket`; the taxi when not given): availability is asked for it only, as FTBook's flow
    /// says ("with the serviceType set"). FASTTRAK's vehicles are priced beside a taxi, not
    /// beside a bus, train, transfer or ticket.
    #[serde(default)]
    #[ts(optional)]
    pub service: Option<String>,
    /// Whether the flight or train comes from or goes abroad (FTBook's `international`).
    #[serde(default)]
    pub international: bool,
    /// For a connection: the pickup wanted (from the agency's lead time at the airport), asked
    /// of FTBook as `desiredDate` beside the connection; a product that locks its pickup time
    /// keeps FTBook's own. Without it FTBook picks the time.
    #[serde(default)]
    #[ts(optional, type = "string")]
    pub pickup: Option<DateTime<FixedOffset>>,
}

/// What an FTBook product asks for, as the agent reads it beside the offer.
fn ftbook_rules(product: &ftbook::model::Product, language: Language) -> Vec<String> {
    let flags = [
        (product.pickup_time_locked, "desk-rule-pickup-time-locked"),
        (product.connection_required, "desk-rule-connection-required"),
        (product.foid_required, "desk-rule-foid-required"),
        (product.child_age_required, "desk-rule-child-age-required"),
        (product.number_of_passengers_required, "desk-rule-passengers-required"),
    ];
    let mut rules: Vec<String> = flags
        .iter()
        .filter(|(on, _)| *on == Some(true))
        .map(|(_, id)| i18n::text(language, id, &[]))
        .collect();
    if let Some(max) = product.max_passengers {
        rules.push(i18n::text(language, "desk-rule-max-passengers", &[("max", max.to_string())]));
    }
    rules
}

impl TripRequest {
    /// Whether FASTTRAK prices this trip: a regular taxi, or the taxi service at a connection.
    pub fn asks_fasttrak(&self) -> bool {
        self.regular_taxi || self.service.as_deref().is_none_or(|s| s.eq_ignore_ascii_case("Taxi"))
    }

    fn ftbook_query(&self, office_id: &str, language: Language) -> ftbook::query::AvailabilityQuery {
        let mut query = ftbook::query::AvailabilityQuery {
            office_id: Some(office_id.to_owned()),
            language: Some(crate::services::ftbook_language(language)),
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
                query.desired_date = self.pickup;
            }
        }
        // The flow's step 5: availability is asked for one service — the taxi, unless another
        // was chosen at the connection.
        query.service_type = Some(match (&self.service, self.regular_taxi) {
            (Some(service), false) => ftbook::model::ServiceName::from(service.as_str()),
            _ => ftbook::model::ServiceName::Taxi,
        });
        query
    }

    /// The pickup time FASTTRAK is asked to price: the wanted pickup, else 20 minutes after an
    /// arrival or two hours before a departure.
    pub fn fasttrak_pickup(&self) -> DateTime<FixedOffset> {
        match (self.when, self.pickup) {
            (When::Pickup { at }, _) | (When::Connection { .. }, Some(at)) => at,
            (When::Connection { at, arrival: true }, None) => at + TimeDelta::minutes(20),
            (When::Connection { at, arrival: false }, None) => at - TimeDelta::hours(2),
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
        let language = self.language();
        let ftbook = async {
            let ftbook = self.ftbook()?;
            let query = trip.ftbook_query(&ftbook.settings.agency_office_id, language);
            let found =
                ftbook.client.availability(&query).await.map_err(|e| ftbook_error(&e, self.language()))?;
            Ok::<_, crate::Error>(
                found
                    .into_iter()
                    .filter(|a| a.product.max_passengers.is_none_or(|max| max >= trip.passengers))
                    .filter_map(|availability| {
                        let price = availability.price.clone()?;
                        Some(Offer {
                            id: String::new(),
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
                            rules: ftbook_rules(&availability.product, language),
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
                            id: String::new(),
                            supplier: Supplier::Fasttrak,
                            code: quote.vehicle_type_summary.vehicle_type_id.to_string(),
                            name: quote.vehicle_type_summary.vehicle_type_name.clone(),
                            capacity: Some(capacity),
                            price_including_vat: price.total_charge,
                            price_excluding_vat: price.taxes.map(|taxes| price.total_charge - taxes),
                            currency: fasttrak.settings.currency.clone(),
                            pickup_time: pickup,
                            latest_cancel_time: None,
                            rules: vec![i18n::text(
                                language,
                                "desk-rule-vehicle-holds",
                                &[("passengers", capacity.to_string()), ("bags", bags.to_string())],
                            )],
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
                    message: error.message(language),
                }),
            }
        }
        offers.sort_by(|a, b| a.price_including_vat.cmp(&b.price_including_vat).then(a.name.cmp(&b.name)));
        {
            let mut shelf = self.offers.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
            for offer in &mut offers {
                offer.id = shelf.put(offer.key.clone());
            }
        }
        Offers { offers, problems }
    }

    /// What the offer the agent chose is booked with: the core's own copy, found by its id.
    pub(crate) fn offered(&self, id: &str) -> crate::Result<OfferKey> {
        let kept = self.offers.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).get(id);
        kept.ok_or_else(|| crate::Error::Validation {
            message: i18n::text(self.language(), "desk-offer-gone", &[]),
            field: Some("offer".into()),
        })
    }
}

#[cfg(test)]
mod tests;
