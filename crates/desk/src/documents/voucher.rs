//! A booking's voucher: the booking reference, each trip's reference (ftresid), pickup time and
//! place, where it goes, the flight, the product, the passenger, the price and the latest
//! cancellation, and the supplier's contact line; as a PDF and as an e-mail with the same lines.

use documents::voucher::Voucher;
use serde::Serialize;
use ts_rs::TS;

use super::swedish_time;
use crate::{Core, Error, Language, Result};
use history::{BookingView, SegmentRow, Supplier};

/// A booking's voucher, ready to save and to send.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VoucherFile {
    /// The name to offer when saving it (`resebevis-2026000000001.pdf`).
    pub file_name: String,
    /// The PDF.
    pub pdf: Vec<u8>,
    /// The same words as an e-mail to the traveller.
    pub email: Email,
}

/// An e-mail for the agent's mail program.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Email {
    /// The traveller's address, when the booking has one.
    pub to: Option<String>,
    pub subject: String,
    pub body: String,
}

impl Email {
    /// The `mailto:` address that opens it in the mail program (RFC 6068: the address, then the
    /// subject and body percent-encoded, lines ending in CRLF).
    pub fn mailto(&self) -> String {
        let to = self.to.as_deref().map(|to| encode(to.trim())).unwrap_or_default();
        let body = self.body.replace("\r\n", "\n").replace('\n', "\r\n");
        format!("mailto:{to}?subject={}&body={}", encode(&self.subject), encode(&body))
    }
}

/// Percent-encodes everything but RFC 3986's unreserved characters (and `@` in an address).
fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~@".contains(&byte) {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

impl Core {
    /// The voucher of a booking from the history (by any of its references), in `language`.
    pub fn voucher(&self, reference: &str, language: Language) -> Result<VoucherFile> {
        let booking = self.booking_page(reference)?;
        let said = |id: &str, args: &[(&str, String)]| i18n::text(language, id, args);
        let Some(first) = booking.segments.first() else {
            return Err(Error::Validation {
                message: said("voucher-no-segment", &[("reference", booking.reference.clone())]),
                field: Some("reference".into()),
            });
        };
        let mut rows = vec![(said("book-done-reference", &[]), booking.reference.clone())];
        let several = booking.segments.len() > 1;
        for (number, segment) in (1..).zip(&booking.segments) {
            if several {
                rows.push((said("voucher-trip", &[("number", number.to_string())]), String::new()));
            }
            rows.extend(segment_rows(segment, language));
        }
        let mut notes = vec![said(contact_id(booking.supplier), &[])];
        if let Some((gds, locator)) = locator(&booking) {
            notes.push(said("voucher-locator", &[("gds", gds.into()), ("locator", locator)]));
        }
        let subtitle = said(
            "voucher-subtitle",
            &[("product", first.product.clone()), ("reference", booking.reference.clone())],
        );
        let voucher = Voucher {
            language: language.code().into(),
            title: said("voucher-title", &[]),
            subtitle,
            rows,
            notes,
        };
        let pdf = documents::voucher::pdf(&voucher)
            .map_err(|error| Error::Document { action: "voucher-not-made", detail: error.to_string() })?;
        let when = first.pickup_time.as_deref().map(swedish_time).unwrap_or_default();
        let email = Email {
            to: first.email.clone().filter(|e| !e.trim().is_empty()),
            subject: said(
                "voucher-email-subject",
                &[("when", when), ("reference", booking.reference.clone())],
            ),
            body: email_body(&voucher, &first.passenger, language),
        };
        Ok(VoucherFile {
            file_name: said("voucher-file", &[("reference", booking.reference.clone())]),
            pdf,
            email,
        })
    }
}

/// One trip's lines: what the traveller needs to find the car, and what it costs.
fn segment_rows(segment: &SegmentRow, language: Language) -> Vec<(String, String)> {
    let said = |id: &str| i18n::text(language, id, &[]);
    let pickup = [segment.pickup_time.as_deref().map(swedish_time), segment.pickup_place.clone()]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" · ");
    let price = match (&segment.price, &segment.currency) {
        (Some(price), currency) => {
            let amount = price.parse().map_or_else(|_| price.clone(), |d| crate::amount::amount(d, language));
            format!("{amount} {}", currency.as_deref().unwrap_or_default()).trim().to_owned()
        }
        (None, _) => String::new(),
    };
    let rows = [
        ("book-done-segment", Some(segment.segment_ref.clone())),
        ("booking-field-passenger", Some(segment.passenger.clone())),
        ("booking-field-phone", segment.phone.clone()),
        ("booking-field-pickup", Some(pickup)),
        ("booking-field-to", segment.dropoff_place.clone()),
        ("booking-field-flight", segment.flight.clone()),
        ("booking-field-product", Some(segment.product.clone())),
        ("booking-field-price", Some(price)),
        ("book-done-cancelBy", segment.latest_cancel_time.as_deref().map(swedish_time)),
        ("booking-field-status", segment.cancelled.then(|| said("voucher-cancelled"))),
    ];
    rows.into_iter()
        .filter_map(|(label, value)| value.filter(|v| !v.trim().is_empty()).map(|v| (said(label), v)))
        .collect()
}

fn contact_id(supplier: Supplier) -> &'static str {
    match supplier {
        Supplier::Ftbook => "voucher-contact-ftbook",
        Supplier::Fasttrak => "voucher-contact-fasttrak",
    }
}

fn locator(booking: &BookingView) -> Option<(&'static str, String)> {
    let found = |gds, locator: &Option<String>| locator.clone().filter(|l| !l.is_empty()).map(|l| (gds, l));
    found("Amadeus", &booking.amadeus).or_else(|| found("Sabre", &booking.sabre))
}

/// The voucher's words as an e-mail: a greeting, its lines as `label: value`, its notes.
fn email_body(voucher: &Voucher, passenger: &str, language: Language) -> String {
    let said = |id: &str, args: &[(&str, String)]| i18n::text(language, id, args);
    let mut lines = vec![
        said("voucher-email-greeting", &[("name", passenger.to_owned())]),
        String::new(),
        said("voucher-email-intro", &[]),
        String::new(),
    ];
    for (label, value) in &voucher.rows {
        lines.push(if value.is_empty() { label.clone() } else { format!("{label}: {value}") });
    }
    lines.push(String::new());
    lines.extend(voucher.notes.iter().cloned());
    lines.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_mailto_address_carries_the_subject_and_the_body_encoded() {
        let email = Email {
            to: Some("karin.oberg@example.se".into()),
            subject: "Din transfer 2026-12-12 03:45".into(),
            body: "Hej Karin Öberg,\nRad två & tre?".into(),
        };
        assert_eq!(
            email.mailto(),
            "mailto:karin.oberg@example.se?subject=Din%20transfer%202026-12-12%2003%3A45\
             &body=Hej%20Karin%20%C3%96berg%2C%0D%0ARad%20tv%C3%A5%20%26%20tre%3F"
        );
        assert!(Email { to: None, ..email }.mailto().starts_with("mailto:?subject="));
    }
}
