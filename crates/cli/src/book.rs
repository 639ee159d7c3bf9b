//! `desk book`: a draft from a file, or an offer chosen from the quotes by product code or
//! vehicle type, with the passenger and connection from the flags.

use desk::booking::{FasttrakDraft, FtbookDraft};
use desk::quotes::OfferKey;
use desk::request::{BookingRequest, ConnectionInput, PassengerInput, ReferenceInput};
use desk::{Core, Said};

use crate::args::{Book, BookSupplier};
use crate::input::{Failure, trip, unreadable, usage};

/// Books what the flags or the draft file describe, through the journal.
pub async fn book(core: &Core, book: &Book) -> Result<desk::booking::Booked, Failure> {
    if let Some(file) = &book.file {
        let text = std::fs::read_to_string(file).map_err(|e| usage(unreadable(file, e)))?;
        let value: serde_json::Value = serde_json::from_str(&text).map_err(|e| usage(unreadable(file, e)))?;
        if let Some(fasttrak) = value.get("fasttrak") {
            let draft: FasttrakDraft = serde_json::from_value(fasttrak.clone()).map_err(|e| {
                usage(Said::new("cli-draft-unreadable").with("supplier", "FASTTRAK").with("detail", e))
            })?;
            return Ok(core.book_fasttrak(draft).await?);
        }
        let draft: FtbookDraft = serde_json::from_value(value).map_err(|e| {
            usage(Said::new("cli-draft-unreadable").with("supplier", "FTBook").with("detail", e))
        })?;
        return Ok(core.book_ftbook(draft).await?);
    }
    let request = trip(&book.trip)?;
    let needed = |flag: &str| usage(Said::new("cli-needed").with("flag", flag));
    let first = book.first_name.clone().ok_or_else(|| needed("--first-name"))?;
    let last = book.last_name.clone().ok_or_else(|| needed("--last-name"))?;
    let phone = book.phone.clone().ok_or_else(|| needed("--phone"))?;
    let offers = core.quotes(&request).await;
    let wanted = match book.supplier {
        BookSupplier::Ftbook => {
            book.product.as_deref().ok_or_else(|| usage(Said::new("cli-product-needed")))?
        }
        BookSupplier::Fasttrak => {
            book.vehicle.as_deref().ok_or_else(|| usage(Said::new("cli-vehicle-needed")))?
        }
    };
    let offer = offers
        .offers
        .iter()
        .find(|o| match (&o.key, book.supplier) {
            (OfferKey::Ftbook { availability }, BookSupplier::Ftbook) => {
                availability.product.code.eq_ignore_ascii_case(wanted)
            }
            (OfferKey::Fasttrak { .. }, BookSupplier::Fasttrak) => o.name.eq_ignore_ascii_case(wanted),
            _ => false,
        })
        .ok_or_else(|| offer_missing(&offers, wanted))?;
    let other_time = book.flight_time.as_deref().map(crate::input::time).transpose()?;
    let connection = book.flight.as_ref().map(|number| ConnectionInput {
        number: number.clone(),
        other_code: book.flight_to.clone().or_else(|| book.flight_from.clone()).unwrap_or_default(),
        international: book.trip.international.then_some(true),
        train: book.trip.train.then_some(true),
        other_time,
    });
    let request = BookingRequest {
        trip: request,
        offer: offer.id.clone(),
        passenger: PassengerInput {
            first_name: first,
            last_name: last,
            phone,
            email: book.email.clone(),
            title: book.title.clone(),
            foid: book.foid.clone(),
            child_age: book.child_age,
            unique_src: None,
            unique_id: None,
        },
        connection,
        info_to_driver: None,
        references: book
            .cost_centre
            .iter()
            .map(|value| ReferenceInput { kind: "COSTCENTER".into(), value: value.clone() })
            .collect(),
        debit_method: book.debit_method.clone(),
        debit_reference: book.debit_reference.clone(),
        invoice_address: None,
        amadeus: book.amadeus.clone(),
        sabre: None,
        write_back: None,
    };
    Ok(core.book(&request).await?)
}

fn offer_missing(offers: &desk::quotes::Offers, wanted: &str) -> Failure {
    let problems: Vec<String> =
        offers.problems.iter().map(|p| format!("{}: {}", p.supplier, p.message)).collect();
    let offered: Vec<String> = offers.offers.iter().map(|o| format!("{} ({})", o.code, o.name)).collect();
    Failure::new(
        if problems.is_empty() { 1 } else { 3 },
        Said::new("cli-not-offered")
            .with("wanted", wanted)
            .with("offered", offered.join(", "))
            .with("problems", problems.join(" ")),
    )
}
