//! From the traveller's PNR to the transfers it needs: the PNR is read by the `pnr` crate, the
//! flights' Swedish ends FTBook serves become legs with a pickup from the agency's lead times
//! ([`lead`]), the first adult becomes the passenger (with the `uniqueSrc`/`uniqueId` that let
//! FTBook build the traveller's profile), and the traveller's last trips are the addresses
//! offered first.

pub mod lead;
mod suggest;

use std::collections::BTreeMap;

use serde::Serialize;
use ts_rs::TS;

pub use lead::{LEAD_TIMES_KEY, LeadTimes, Minutes};
pub use suggest::{Left, Leg, NoTransfer};

use crate::places::PlaceHit;
use crate::quotes::Place;
use crate::request::{PassengerInput, ReferenceInput};
use crate::suppliers::ftbook_error;
use crate::{Core, Error, Result};

/// What a pasted PNR gives the Book screens.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Suggestion {
    /// What was read, and what was not.
    pub pnr: pnr::Pnr,
    /// The passenger to book for: the first adult, with their phone and e-mail.
    pub traveller: Option<PassengerInput>,
    /// Everyone in the car (an infant too).
    pub passengers: u32,
    /// The transfers the flights need.
    pub legs: Vec<Leg>,
    /// The flights that need none, and why.
    pub left: Vec<Left>,
    /// References the PNR gives the booking (a Sabre PNR's, as FTBook decodes them).
    pub references: Vec<ReferenceInput>,
}

/// Where our travellers' profiles live at FTBook: `uniqueSrc` is the agency's (`TD:` and its
/// office id), `uniqueId` the name as the GDS writes it.
fn unique_ids(office: &str, passenger: &pnr::Passenger) -> (String, String) {
    let cut = |text: String| text.chars().take(32).collect::<String>();
    (cut(format!("TD:{office}")), cut(passenger.gds_name()))
}

/// The passenger to book for, from the PNR.
fn traveller(pnr: &pnr::Pnr, office: Option<&str>) -> Option<PassengerInput> {
    let adult = pnr
        .passengers
        .iter()
        .find(|p| p.traveller == pnr::Traveller::Adult)
        .or_else(|| pnr.passengers.first())?;
    let phone = pnr
        .contact(pnr::ContactKind::Mobile, adult.element)
        .or_else(|| pnr.contact(pnr::ContactKind::Phone, adult.element))
        .map(|c| c.value.clone())
        .unwrap_or_default();
    let (unique_src, unique_id) = match office {
        Some(office) if !office.is_empty() => {
            let (src, id) = unique_ids(office, adult);
            (Some(src), Some(id))
        }
        _ => (None, None),
    };
    Some(PassengerInput {
        title: adult.title.clone(),
        first_name: adult.first_name.clone(),
        last_name: adult.last_name.clone(),
        phone,
        email: pnr.contact(pnr::ContactKind::Email, adult.element).map(|c| c.value.clone()),
        foid: None,
        child_age: None,
        unique_src,
        unique_id,
    })
}

/// A pasted PNR, read: an Amadeus display (its flights dated from today in Sweden when the
/// header, which says when the PNR was made, was not pasted), or a Sabre reservation XML (its
/// locator and flights; its passengers are FTBook's to decode, see `Core::suggest_transfers`).
pub fn read(text: &str) -> pnr::Pnr {
    if pnr::is_xml(text) {
        return pnr::read_sabre_xml(text);
    }
    let today = chrono::Utc::now().with_timezone(&chrono_tz::Europe::Stockholm).date_naive();
    pnr::read_amadeus(text, today)
}

impl Core {
    /// The transfers a pasted Amadeus or Sabre PNR needs. FTBook is asked which of the flights'
    /// Swedish airports it serves (once each); an airport it does not know is not served. A
    /// Sabre PNR's passengers and references are FTBook's decoding of it.
    pub async fn suggest_transfers(&self, text: &str, lead: &LeadTimes) -> Result<Suggestion> {
        let (pnr, references, decoded) =
            if pnr::is_xml(text) { self.read_sabre(text).await? } else { (read(text), Vec::new(), None) };
        // (`read` alone, for a Sabre XML, gives its flights without its passengers.)
        let office = self.ftbook().ok().map(|f| f.settings.agency_office_id.clone());
        let (candidates, mut left) = suggest::candidates(&pnr);
        let home = suggest::home(&pnr);
        let mut served: BTreeMap<&str, bool> = BTreeMap::new();
        let mut legs = Vec::new();
        for candidate in &candidates {
            let serves = match served.get(candidate.airport) {
                Some(serves) => *serves,
                None => {
                    let serves = match self.services(candidate.airport, candidate.arrival, candidate.at).await
                    {
                        Ok(services) => !services.is_empty(),
                        Err(Error::Rejected { .. }) => false,
                        Err(error) => return Err(error),
                    };
                    served.insert(candidate.airport, serves);
                    serves
                }
            };
            if serves {
                legs.push(candidate.leg(lead, home));
            } else {
                left.push(Left {
                    element: candidate.flight.element,
                    flight: candidate.flight.number.clone(),
                    airport: Some(candidate.airport.to_owned()),
                    why: NoTransfer::NotServed,
                });
            }
        }
        let mut traveller = traveller(&pnr, office.as_deref());
        // A profile FTBook already keeps for a Sabre traveller is theirs, not one we would start.
        if let (Some(traveller), Some(known)) = (traveller.as_mut(), decoded)
            && let (Some(src), Some(id)) = (known.unique_src, known.unique_id)
        {
            traveller.unique_src = Some(src);
            traveller.unique_id = Some(id);
        }
        let passengers = u32::try_from(pnr.passengers.len()).unwrap_or(u32::MAX).max(1);
        Ok(Suggestion { pnr, traveller, passengers, legs, left, references })
    }

    /// A pasted Sabre reservation XML: its locator and flights read here, its passengers (with
    /// their phones and e-mail) and references as FTBook decodes them (`decode/sabre/pnr`),
    /// and the first passenger as FTBook returned them.
    async fn read_sabre(
        &self,
        xml: &str,
    ) -> Result<(pnr::Pnr, Vec<ReferenceInput>, Option<ftbook::model::Passenger>)> {
        let mut read = pnr::read_sabre_xml(xml);
        let request = ftbook::model::SabreXmlRequest { xml_message: xml.to_owned() };
        let decoded = self
            .ftbook()?
            .client
            .decode_sabre_pnr(&request)
            .await
            .map_err(|e| ftbook_error(&e, self.language()))?;
        for (element, passenger) in (1u32..).zip(&decoded.passengers) {
            let child = passenger.title.as_deref().is_some_and(|t| t.eq_ignore_ascii_case("CHD"));
            read.passengers.push(pnr::Passenger {
                element,
                last_name: passenger.last_name.clone(),
                first_name: passenger.first_name.clone(),
                title: passenger.title.clone(),
                traveller: if child { pnr::Traveller::Child } else { pnr::Traveller::Adult },
                born: None,
            });
            let contacts = [
                (pnr::ContactKind::Mobile, Some(passenger.phone.clone())),
                (pnr::ContactKind::Email, passenger.email.clone()),
            ];
            for (kind, value) in contacts {
                if let Some(value) = value.filter(|v| !v.trim().is_empty()) {
                    read.contacts.push(pnr::Contact {
                        element,
                        kind,
                        value,
                        passengers: vec![element],
                        source: "decode/sabre/pnr".into(),
                    });
                }
            }
        }
        let references = decoded
            .references
            .iter()
            .map(|r| ReferenceInput { kind: r.kind.as_str().to_owned(), value: r.value.clone() })
            .collect();
        Ok((read, references, decoded.passengers.into_iter().next()))
    }

    /// The addresses of a traveller's last trips at FTBook (`profile/trips`), newest first, each
    /// once: what the address field offers first for a traveller from a PNR.
    pub async fn traveller_places(&self, unique_src: &str, unique_id: &str) -> Result<Vec<PlaceHit>> {
        let client = &self.ftbook()?.client;
        let query = ftbook::query::ProfileQuery { limit: Some(10), ..Default::default() };
        let trips = client
            .profile_trips(unique_src, unique_id, &query)
            .await
            .map_err(|e| ftbook_error(&e, self.language()))?;
        let mut places: Vec<PlaceHit> = Vec::new();
        for node in trips.iter().flat_map(|t| [&t.start_node, &t.end_node]).flatten() {
            let Some(street) = &node.street else { continue };
            let (hit, _) = crate::places::hit(street);
            if matches!(hit.place, Place::Street { .. }) && !places.iter().any(|p| p.place == hit.place) {
                places.push(hit);
            }
        }
        Ok(places)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_adult_is_the_passenger_with_their_own_phone_and_profile_ids() {
        let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 2).expect("a date");
        let pnr = pnr::read_amadeus(
            "  1.OBERG/ELSA MISS(CHD/01MAR16)   2.ÖBERG/KARIN MRS\n  3 APM 0701111111/P1\n  4 APM 0702222222/P2\n  5 APE K@EXEMPEL.SE",
            today,
        );
        let passenger = traveller(&pnr, Some("STOS12345")).expect("a traveller");
        assert_eq!(
            (passenger.first_name.as_str(), passenger.last_name.as_str(), passenger.phone.as_str()),
            ("Karin", "Öberg", "0702222222")
        );
        assert_eq!(passenger.email.as_deref(), Some("k@exempel.se"));
        assert_eq!(passenger.title.as_deref(), Some("MRS"));
        assert_eq!(passenger.unique_src.as_deref(), Some("TD:STOS12345"));
        assert_eq!(passenger.unique_id.as_deref(), Some("OBERG/KARIN"));
        assert_eq!(traveller(&pnr, None).and_then(|p| p.unique_src), None);
    }
}
