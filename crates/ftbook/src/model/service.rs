//! What a connection offers, and what can be booked between two places.

use serde::{Deserialize, Serialize};
use serde_with::skip_serializing_none;

use super::{AddressType, Node, Price, Product, ServiceName};

/// A service at an airport or station: taxi, bus, train, ...
#[skip_serializing_none]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Service {
    /// What kind of service.
    pub name: ServiceName,
    /// Description (1–256).
    pub description: Option<String>,
    /// How the other end of the trip is chosen: a street search or a service location.
    pub address_type: Option<AddressType>,
}

/// A stop of a bus or train service, with its product.
#[skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ServiceLocation {
    /// Name of the stop (1–64).
    pub name: Option<String>,
    /// The service it belongs to.
    pub service_name: Option<ServiceName>,
    /// Code of the stop (1–32).
    pub location_code: Option<String>,
    /// Name of the product (1–64).
    pub product_name: Option<String>,
    /// Code of the product (1–32).
    pub product_code: Option<String>,
    /// Distance, in kilometres.
    pub distance: Option<f64>,
    /// Duration, in minutes.
    pub duration: Option<f64>,
    /// Description (1–256).
    pub description: Option<String>,
}

/// A product that can be booked between two places, with its price.
#[skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Availability {
    /// Where the trip starts.
    pub start_node: Option<Node>,
    /// Where it ends.
    pub end_node: Option<Node>,
    /// The product.
    #[serde(default)]
    pub product: Product,
    /// The customer price.
    pub price: Option<Price>,
    /// Distance between the nodes, in metres.
    pub distance_meters: Option<i64>,
    /// Duration between the nodes, in seconds.
    pub duration_seconds: Option<i64>,
}

/// One of a traveller's past trips.
#[skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Profile {
    /// Where the trip started.
    pub start_node: Option<Node>,
    /// Where it ended.
    pub end_node: Option<Node>,
}
