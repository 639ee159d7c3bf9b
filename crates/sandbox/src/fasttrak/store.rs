//! What the FASTTRAK sandbox remembers: quote packages (with the trip they price) and
//! reservations, typed so that money stays `Decimal` from the engine to the wire and the state
//! file. Written whole after each change through a temporary file and a rename.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use chrono::NaiveDateTime;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::number;

/// A vehicle type and what it carries.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct VehicleType {
    pub vehicle_type_id: i64,
    pub vehicle_type_name: String,
    pub passenger_capacity: u32,
    pub bag_capacity: u32,
}

/// A price, in SEK (the sandbox operator's currency; the wire names none).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Pricing {
    #[serde(with = "number")]
    pub base_rate: Decimal,
    #[serde(with = "number")]
    pub taxes: Decimal,
    #[serde(with = "number")]
    pub total_charge: Decimal,
}

/// One quote of a package.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Quote {
    pub quote_id: i64,
    pub vehicle_type_summary: VehicleType,
    pub pricing_information: Pricing,
    pub estimated_duration_minutes: u32,
}

/// The trip a package prices, as the client described it (positions filled in).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Trip {
    pub travel_type: String,
    pub scheduled_pickup_time: NaiveDateTime,
    pub from_location: Value,
    pub to_location: Value,
    pub passenger_count: u32,
    pub luggage_count: u32,
}

/// A quote package as the wire shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Package {
    pub quote_package_id: i64,
    pub valid_until: NaiveDateTime,
    pub quotes: Vec<Quote>,
}

/// A package with what the sandbox keeps beside it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct StoredPackage {
    pub package: Package,
    pub trip: Trip,
    /// The reservation its booking made: a package is booked once.
    pub booked: Option<i64>,
}

/// A reservation as the wire shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Reservation {
    pub reservation_id: i64,
    pub reservation_status: String,
    pub travel_type: String,
    pub scheduled_pickup_time: NaiveDateTime,
    pub from_location: Value,
    pub to_location: Value,
    pub passenger_count: u32,
    pub luggage_count: u32,
    pub primary_passenger: Value,
    pub vehicle_type_summary: VehicleType,
    pub pricing_information: Pricing,
    #[serde(with = "number")]
    pub total_charges: Decimal,
    #[serde(rename = "referencePO")]
    pub reference_po: Option<String>,
    pub cost_code: Option<String>,
    pub trip_notes: Option<String>,
    /// The package it was booked from (an extra field; clients ignore it).
    pub quote_package_id: Option<i64>,
}

/// Everything the FASTTRAK sandbox remembers.
#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Store {
    last_package: i64,
    last_quote: i64,
    last_reservation: i64,
    pub packages: BTreeMap<i64, StoredPackage>,
    pub reservations: BTreeMap<i64, Reservation>,
    #[serde(skip)]
    file: Option<PathBuf>,
}

/// Reservation numbers start here, so they do not look like test data.
const FIRST_RESERVATION: i64 = 48_200;

impl Store {
    /// The store in `file` (created when missing), or in memory.
    pub fn open(file: Option<&Path>) -> anyhow::Result<Self> {
        let Some(file) = file else { return Ok(Store::default()) };
        let mut store: Store = crate::state_file::read(file)?;
        store.file = Some(file.to_owned());
        Ok(store)
    }

    /// Writes the store to its file, if it has one.
    pub fn save(&self) -> std::io::Result<()> {
        let Some(file) = &self.file else { return Ok(()) };
        crate::state_file::write(file, self)
    }

    /// A new package id.
    pub fn next_package(&mut self) -> i64 {
        self.last_package += 1;
        self.last_package
    }

    /// A new quote id (unique across packages).
    pub fn next_quote(&mut self) -> i64 {
        self.last_quote += 1;
        self.last_quote
    }

    /// A new reservation id.
    pub fn next_reservation(&mut self) -> i64 {
        self.last_reservation = self.last_reservation.max(FIRST_RESERVATION) + 1;
        self.last_reservation
    }
}
