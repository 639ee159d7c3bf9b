//! FTBook's services at a connection (an airport or station at a time, arriving or departing) and
//! the service locations of a bus or train service, for the Book screens' stop flow.

use chrono::{DateTime, FixedOffset};
use serde::Serialize;
use ts_rs::TS;

use crate::suppliers::ftbook_error;
use crate::{Core, Language, Result};

/// A service at a connection.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ServiceView {
    /// FTBook's service name (`Taxi`, `Bus`, `Train`).
    pub name: String,
    /// Its description, in the agent's language when FTBook has it.
    pub description: Option<String>,
    /// Whether the other end is an address (else one of the service's locations).
    pub to_address: bool,
}

/// A location (stop, station) of a service.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct StopView {
    /// Its name (`Cityterminalen`).
    pub name: String,
    /// Its location code (`CTY`), the trip's other end.
    pub code: String,
    /// The product that serves it.
    pub product: Option<String>,
    /// More about it.
    pub description: Option<String>,
}

fn connection(
    code: &str,
    arrival: bool,
    at: DateTime<FixedOffset>,
    language: Language,
) -> ftbook::query::ServicesQuery {
    ftbook::query::ServicesQuery {
        connection_code: code.trim().to_uppercase(),
        direction: if arrival {
            ftbook::model::Direction::Arrival
        } else {
            ftbook::model::Direction::Departure
        },
        date: at,
        language: Some(ftbook_language(language)),
    }
}

/// The agent's language as FTBook names it, for the names and texts it sends back.
pub(crate) fn ftbook_language(language: Language) -> ftbook::model::Language {
    match language {
        Language::Swedish => ftbook::model::Language::Swedish,
        Language::English => ftbook::model::Language::English,
    }
}

impl Core {
    /// The services at a connection.
    pub async fn services(
        &self,
        code: &str,
        arrival: bool,
        at: DateTime<FixedOffset>,
    ) -> Result<Vec<ServiceView>> {
        let client = &self.ftbook()?.client;
        let found = client
            .services(&connection(code, arrival, at, self.language()))
            .await
            .map_err(|e| ftbook_error(&e, self.language()))?;
        Ok(found
            .into_iter()
            .map(|service| ServiceView {
                name: service.name.as_str().to_owned(),
                description: service.description,
                to_address: service.address_type.as_ref().is_none_or(|a| a.as_str() == "Address"),
            })
            .collect())
    }

    /// The locations of a bus or train service at a connection.
    pub async fn service_locations(
        &self,
        code: &str,
        arrival: bool,
        at: DateTime<FixedOffset>,
        service: &str,
    ) -> Result<Vec<StopView>> {
        let client = &self.ftbook()?.client;
        let query = ftbook::query::ServiceLocationsQuery {
            connection: connection(code, arrival, at, self.language()),
            service_name: ftbook::model::ServiceName::from(service),
        };
        let found = client.service_locations(&query).await.map_err(|e| ftbook_error(&e, self.language()))?;
        Ok(found
            .into_iter()
            .filter_map(|stop| {
                Some(StopView {
                    name: stop.name.clone()?,
                    code: stop.location_code.clone()?,
                    product: stop.product_name.clone(),
                    description: stop.description.clone(),
                })
            })
            .collect())
    }
}
