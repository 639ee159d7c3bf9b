//! A booking as the agent fills it in — the chosen offer, the passenger, the connection,
//! references, debit method, GDS identities — turned into the supplier's draft. The app's Book
//! screens and `desk book` both use it, so the rules live in one place.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::booking::{Booked, FasttrakDraft, FtbookDraft};
use crate::quotes::{OfferKey, Place, TripRequest, When};
use crate::{Core, Error, Language, Result};

/// The passenger, as the details form holds it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PassengerInput {
    /// Title (`MRS`, `MR`).
    #[serde(default)]
    #[ts(optional)]
    pub title: Option<String>,
    /// First name.
    pub first_name: String,
    /// Last name.
    pub last_name: String,
    /// Phone, as the agent writes it.
    pub phone: String,
    /// E-mail.
    #[serde(default)]
    #[ts(optional)]
    pub email: Option<String>,
    /// The card the ticket was paid with (FOID), for products that need it. Masked before it is
    /// stored; sent whole to the supplier only.
    #[serde(default)]
    #[ts(optional)]
    pub foid: Option<String>,
    /// A child's age, for products that need it.
    #[serde(default)]
    #[ts(optional)]
    pub child_age: Option<u32>,
    /// Whose profile the trip builds at FTBook (`uniqueSrc`: the agency's, `TD:` and its office
    /// id), for a traveller from a PNR ([`crate::pnr`]).
    #[serde(default)]
    #[ts(optional)]
    pub unique_src: Option<String>,
    /// The traveller within it (`uniqueId`: the name as the GDS writes it).
    #[serde(default)]
    #[ts(optional)]
    pub unique_id: Option<String>,
}

/// The flight or train, for products that need the connection.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ConnectionInput {
    /// Flight or train number (`SK1415`).
    pub number: String,
    /// The other end: where a departure goes, where an arrival comes from (`GOT`).
    pub other_code: String,
    /// Whether it is international; when not given, a flight whose other end is not a Swedish
    /// airport is (see [`crate::connection`]).
    #[serde(default)]
    #[ts(optional)]
    pub international: Option<bool>,
    /// A train even though the terminal has an airport's code (else the terminal decides).
    #[serde(default)]
    #[ts(optional)]
    pub train: Option<bool>,
    /// When it leaves or reaches the other end (with offset). FTBook requires both ends'
    /// times, so a connection without it is refused here, on this field.
    #[serde(default)]
    #[ts(optional, type = "string")]
    pub other_time: Option<chrono::DateTime<chrono::FixedOffset>>,
}

/// A reference on the booking (cost centre, project ...).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ReferenceInput {
    /// `COSTCENTER`, `PROJECT`, `DEPARTMENT`, `EMPLOYEECODE`, `REQUISITION`, `MISCELLANEOUS`.
    pub kind: String,
    /// Its value.
    pub value: String,
}

/// Where an invoice goes, for the `INVOICE` debit method.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct InvoiceAddressInput {
    /// Company or person.
    pub name: String,
    /// Street address.
    pub address1: String,
    /// Zip code.
    pub zip_code: String,
    /// City.
    pub city: String,
    /// Country code (`SE`).
    pub country_code: String,
}

/// Everything the details form gathers, with the offer chosen.
#[derive(Debug, Clone, PartialEq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BookingRequest {
    /// The trip that was priced.
    pub trip: TripRequest,
    /// The offer chosen: its id, as the quotes gave it.
    pub offer: String,
    /// The passenger.
    pub passenger: PassengerInput,
    /// The connection, for products that need it.
    #[serde(default)]
    #[ts(optional)]
    pub connection: Option<ConnectionInput>,
    /// Information to the driver.
    #[serde(default)]
    #[ts(optional)]
    pub info_to_driver: Option<String>,
    /// References.
    #[serde(default)]
    pub references: Vec<ReferenceInput>,
    /// Debit method (`AGENT`, `INVOICE`, `CARD`...); the profile's default when empty.
    #[serde(default)]
    #[ts(optional)]
    pub debit_method: Option<String>,
    /// The debit method's reference (card reference, account).
    #[serde(default)]
    #[ts(optional)]
    pub debit_reference: Option<String>,
    /// Where the invoice goes, for the `INVOICE` debit method.
    #[serde(default)]
    #[ts(optional)]
    pub invoice_address: Option<InvoiceAddressInput>,
    /// The Amadeus record locator (lets a lost reply be found).
    #[serde(default)]
    #[ts(optional)]
    pub amadeus: Option<String>,
    /// The Sabre record locator.
    #[serde(default)]
    #[ts(optional)]
    pub sabre: Option<String>,
    /// Asks FTBook to write its MIS and `RM*SUR` rows into the Amadeus PNR (`amadeusUpdate`);
    /// needs the Amadeus locator. The agency's setting, on by default.
    #[serde(default)]
    #[ts(optional)]
    pub write_back: Option<bool>,
}

/// The suffix of the rows FTBook writes into the PNR. The document names the four without
/// saying what they mean; we read them as the kind of sale (`SELL`, or `TRAN` for FTBook's
/// `Transfer` service) and the connection (`FT` flight, `TT` train: Flygtaxi or Tågtaxi).
fn write_back_suffix(service: Option<&str>, train: bool) -> ftbook::model::AmadeusSuffix {
    use ftbook::model::AmadeusSuffix;
    match (service == Some("Transfer"), train) {
        (false, false) => AmadeusSuffix::SellFt,
        (false, true) => AmadeusSuffix::SellTt,
        (true, false) => AmadeusSuffix::TranFt,
        (true, true) => AmadeusSuffix::TranTt,
    }
}

fn blank(text: &Option<String>) -> Option<String> {
    text.as_ref().map(|t| t.trim().to_owned()).filter(|t| !t.is_empty())
}

impl BookingRequest {
    /// The FTBook connection for this trip: the flight or train at the terminal end at the
    /// trip's time, the other end as the agent gave it. `FLIGHT` at an airport, `TRAIN` at a
    /// station; `international` as given, or from the other end.
    fn ftbook_connection(&self, language: Language) -> Result<Option<ftbook::model::Connection>> {
        let Some(input) = self.connection.as_ref().filter(|c| !c.number.trim().is_empty()) else {
            return Ok(None);
        };
        let (at, arrival) = match self.trip.when {
            When::Connection { at, arrival } => (at, arrival),
            When::Pickup { at } => (at, false),
        };
        let terminal = match (&self.trip.from, &self.trip.to) {
            (Place::Terminal { code }, _) if arrival => code.clone(),
            (_, Place::Terminal { code }) => code.clone(),
            (Place::Terminal { code }, _) => code.clone(),
            _ => String::new(),
        };
        let other = input.other_code.trim().to_uppercase();
        let Some(other_time) = input.other_time else {
            return Err(Error::Validation {
                message: i18n::text(
                    language,
                    if arrival { "desk-other-time-leaves" } else { "desk-other-time-reaches" },
                    &[],
                ),
                field: Some("connection.otherTime".into()),
            });
        };
        let kind = crate::connection::kind_at(&terminal, input.train == Some(true));
        let international = input.international.unwrap_or_else(|| {
            self.trip.international || crate::connection::international_by_default(&kind, &other)
        });
        let (departure_code, departure_date, arrival_code, arrival_date) =
            if arrival { (other, other_time, terminal, at) } else { (terminal, at, other, other_time) };
        Ok(Some(ftbook::model::Connection {
            kind,
            number: input.number.trim().to_uppercase(),
            international,
            departure_date: Some(departure_date),
            departure_code,
            departure_name: None,
            arrival_date: Some(arrival_date),
            arrival_code,
            arrival_name: None,
        }))
    }

    /// The FTBook draft for an FTBook offer.
    pub fn ftbook_draft(
        &self,
        availability: &ftbook::model::Availability,
        language: Language,
    ) -> Result<FtbookDraft> {
        let input = &self.passenger;
        let product = &availability.product;
        let passenger = ftbook::model::Passenger {
            title: blank(&input.title),
            first_name: input.first_name.trim().to_owned(),
            last_name: input.last_name.trim().to_owned(),
            phone: input.phone.trim().to_owned(),
            email: blank(&input.email),
            foid: blank(&input.foid).map(|f| f.replace(' ', "")),
            child_age: input.child_age,
            unique_src: blank(&input.unique_src),
            unique_id: blank(&input.unique_id),
            number_of_passengers: (product.number_of_passengers_required == Some(true))
                .then_some(self.trip.passengers),
        };
        let connection = self.ftbook_connection(language)?;
        let mut draft = FtbookDraft::from_availability(availability, passenger, connection);
        for (node, place) in [
            (Some(&mut draft.segment.start_node), &self.trip.from),
            (draft.segment.end_node.as_mut(), &self.trip.to),
        ] {
            if let (Some(node), Place::Street { number: Some(number), letter, .. }) = (node, place)
                && let Some(street) = node.street.as_mut()
            {
                street.number = number.trim().parse().ok();
                street.letter = blank(letter);
            }
        }
        draft.segment.info_to_driver = blank(&self.info_to_driver);
        draft.segment.references = self
            .references
            .iter()
            .filter(|r| !r.value.trim().is_empty())
            .map(|r| ftbook::model::Reference {
                kind: ftbook::model::ReferenceType::from(r.kind.as_str()),
                name: None,
                value: r.value.trim().to_owned(),
                mandatory: None,
            })
            .collect();
        if let Some(method) = blank(&self.debit_method) {
            draft.booking.debit_method = Some(ftbook::model::DebitMethod::from(method.as_str()));
        }
        draft.booking.debit_reference = blank(&self.debit_reference);
        if let Some(address) = &self.invoice_address {
            let text = |t: &String| Some(t.trim().to_owned()).filter(|t| !t.is_empty());
            draft.booking.invoice_address = Some(ftbook::model::Address {
                name: text(&address.name),
                address1: text(&address.address1),
                zip_code: text(&address.zip_code),
                city: text(&address.city),
                country_code: text(&address.country_code).map(|c| c.to_uppercase()),
                ..Default::default()
            });
        }
        for (system, locator) in [("AMADEUS", &self.amadeus), ("SABRE", &self.sabre)] {
            if let Some(number) = blank(locator) {
                draft.booking.identities.push(ftbook::model::Identity {
                    system: system.into(),
                    number: number.to_uppercase(),
                    unique: None,
                });
            }
        }
        if self.write_back == Some(true) {
            if blank(&self.amadeus).is_none() {
                return Err(Error::Validation {
                    message: i18n::text(language, "desk-write-back-needs-locator", &[]),
                    field: Some("amadeus".into()),
                });
            }
            let train = draft
                .segment
                .connection
                .as_ref()
                .is_some_and(|c| c.kind == ftbook::model::ConnectionType::Train);
            draft.booking.amadeus_update = Some(ftbook::model::AmadeusUpdate {
                add_mis: true,
                add_rmsur: true,
                suffix: write_back_suffix(self.trip.service.as_deref(), train),
            });
        }
        Ok(draft)
    }
}

impl Core {
    /// Checks a booking as [`Core::book`] would before sending, and sends nothing: FTBook's every
    /// length, character and product rule (`Rejected`, each fault on its field), FASTTRAK's
    /// passenger name, and a pickup already past. The details step asks before the review, so
    /// what can be seen here is never first said by the supplier after Book.
    pub fn check_booking(&self, request: &BookingRequest) -> Result<()> {
        let pickup = match &self.offered(&request.offer)? {
            OfferKey::Ftbook { availability } => {
                let draft = self.prepare_ftbook(request.ftbook_draft(availability, self.language())?)?;
                draft.segment.start_node.time
            }
            OfferKey::Fasttrak { .. } => {
                self.fasttrak_name(&request.passenger)?;
                None
            }
        };
        // Without the supplier's pickup time: the time asked for, or a departure's (the pickup is
        // before it). An arrival's pickup follows the landing, so a landing just past is no fault.
        let pickup = pickup.or(request.trip.pickup).or(match request.trip.when {
            When::Pickup { at } | When::Connection { at, arrival: false } => Some(at),
            When::Connection { arrival: true, .. } => None,
        });
        if pickup.is_some_and(|at| at < chrono::Utc::now()) {
            return Err(Error::Rejected {
                supplier: "desk",
                faults: vec![crate::FaultLine {
                    code: None,
                    field: Some("trip.when".into()),
                    sentence: i18n::text(self.language(), "desk-pickup-past", &[]),
                }],
            });
        }
        Ok(())
    }

    /// The passenger's name as FASTTRAK takes it (one field), which must not be empty.
    fn fasttrak_name(&self, passenger: &PassengerInput) -> Result<String> {
        let name =
            format!("{} {}", passenger.first_name.trim(), passenger.last_name.trim()).trim().to_owned();
        if name.is_empty() {
            return Err(Error::Validation {
                message: i18n::text(self.language(), "desk-passenger-name-missing", &[]),
                field: Some("passenger.lastName".into()),
            });
        }
        Ok(name)
    }

    /// Books the chosen offer with the details the agent gave, through the journal.
    pub async fn book(&self, request: &BookingRequest) -> Result<Booked> {
        match &self.offered(&request.offer)? {
            OfferKey::Ftbook { availability } => {
                self.book_ftbook(request.ftbook_draft(availability, self.language())?).await
            }
            OfferKey::Fasttrak { quote_package_id, quote_id, pickup } => {
                let passenger = &request.passenger;
                let name = self.fasttrak_name(passenger)?;
                let cost_code =
                    request.references.iter().find(|r| r.kind == "COSTCENTER").map(|r| r.value.clone());
                self.book_fasttrak(FasttrakDraft {
                    quote_package_id: *quote_package_id,
                    quote_id: *quote_id,
                    passenger: fasttrak::model::Passenger {
                        name,
                        phone_number: Some(passenger.phone.trim().to_owned()).filter(|p| !p.is_empty()),
                        email_address: blank(&passenger.email),
                    },
                    pickup: *pickup,
                    reference_po: request
                        .references
                        .iter()
                        .find(|r| r.kind == "REQUISITION")
                        .map(|r| r.value.clone()),
                    cost_code,
                    trip_notes: blank(&request.info_to_driver),
                    attempt_key: None,
                })
                .await
            }
        }
    }
}

#[cfg(test)]
mod tests;
