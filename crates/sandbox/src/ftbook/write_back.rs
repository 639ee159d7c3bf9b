//! A trainer's page, outside FTBook's API: what the bookings under an Amadeus locator asked FTBook
//! to write into that PNR (`amadeusUpdate`), as the sandbox received it, with the trips each
//! booking holds. The real FTBook writes the MIS and `RM*SUR` rows into Amadeus itself; the
//! document does not give their text, so the page shows the request, not invented rows.

use serde_json::{Value, json};

use super::store::Store;

/// Where the page is served: `/_sandbox/ftbook/write-back/<locator>`.
pub const PATH: &str = "/_sandbox/ftbook/write-back/{locator}";

/// `{"locator": "R7KLMN", "bookings": [{"bookingReference", "amadeusUpdate", "ftresids"}]}`,
/// oldest booking first; a booking that did not ask has `amadeusUpdate: null`.
pub fn page(store: &Store, locator: &str) -> Value {
    let bookings: Vec<Value> = store
        .bookings_by_identity("AMADEUS", locator)
        .into_iter()
        .map(|booking| {
            let reference = booking["bookingReference"].as_str().unwrap_or_default();
            let ftresids: Vec<&Value> =
                store.segments_of(reference).into_iter().map(|s| &s["ftresid"]).collect();
            json!({
                "bookingReference": reference,
                "amadeusUpdate": booking.get("amadeusUpdate").cloned().unwrap_or(Value::Null),
                "ftresids": ftresids,
            })
        })
        .collect();
    json!({ "locator": locator.to_uppercase(), "bookings": bookings })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_what_each_booking_under_the_locator_asked() {
        let mut store = Store::in_memory();
        let identities = json!([{ "system": "AMADEUS", "number": "R7KLMN" }]);
        let update = json!({ "addMis": true, "addRmsur": true, "suffix": "SELLFT" });
        store.put_booking(
            "2026000000001".into(),
            json!({ "bookingReference": "2026000000001", "identities": identities, "amadeusUpdate": update }),
        );
        store.put_booking(
            "2026000000002".into(),
            json!({ "bookingReference": "2026000000002", "identities": identities }),
        );
        store.put_booking("2026000000003".into(), json!({ "bookingReference": "2026000000003" }));
        store.put_segment(
            "R000000001".into(),
            json!({ "ftresid": "R000000001", "bookingReference": "2026000000001" }),
        );
        assert_eq!(
            page(&store, "r7klmn"),
            json!({ "locator": "R7KLMN", "bookings": [
                { "bookingReference": "2026000000001", "amadeusUpdate": update, "ftresids": ["R000000001"] },
                { "bookingReference": "2026000000002", "amadeusUpdate": null, "ftresids": [] },
            ]})
        );
    }
}
