//! FASTTRAK's models against the document's examples.

use super::*;

#[test]
fn a_reservation_as_public_client_code_shows_it() {
    let json = r#"{
        "reservationId": 48213, "reservationStatus": "Trip_Confirmed", "travelType": "Departure",
        "scheduledPickupTime": "2026-12-01T06:10:00",
        "fromLocation": {"address": {"street1": "Drottningholmsvägen 37", "city": "Stockholm",
            "postalCode": "11242", "country": "SE", "displayAddress": "Drottningholmsvägen 37, Stockholm"},
            "latitude": 59.33, "longitude": 18.03},
        "toLocation": {"airportAirlineFlightInfo": {"airportCode": "ARN", "airlineCode": "SK",
            "flightNumber": "1415", "scheduledDateTime": "2026-12-01T07:40:00"}},
        "passengerCount": 2, "luggageCount": 2,
        "primaryPassenger": {"name": "Anna Öberg", "phoneNumber": "+46701234567", "emailAddress": null},
        "vehicleTypeSummary": {"vehicleTypeId": 3, "vehicleTypeName": "SUV", "passengerCapacity": 6,
            "bagCapacity": 6},
        "pricingInformation": {"baseRate": 140.00, "taxes": 31.88, "totalCharge": 171.88},
        "totalCharges": 171.88, "referencePO": "PO-1", "costCode": "4410", "tripNotes": null,
        "somethingNew": {"a": 1}
    }"#;
    let reservation: Reservation = serde_json::from_str(json).unwrap();
    assert_eq!(reservation.reservation_status, ReservationStatus::TripConfirmed);
    assert_eq!(reservation.total_charges.map(|d| d.to_string()).as_deref(), Some("171.88"));
    assert_eq!(reservation.reference_po.as_deref(), Some("PO-1"), "referencePO keeps its capitals");
    let written = serde_json::to_string(&reservation).unwrap();
    assert!(written.contains(r#""totalCharge":171.88"#), "{written}");
    assert!(written.contains(r#""reservationStatus":"Trip_Confirmed""#), "{written}");
}

#[test]
fn an_unknown_status_is_kept_as_it_came() {
    let status: ReservationStatus = serde_json::from_str(r#""Farmed_Out""#).unwrap();
    assert_eq!(status, ReservationStatus::Other("Farmed_Out".into()));
    assert!(status.is_active(), "an unknown status is not assumed to be over");
    assert!(!ReservationStatus::Cancelled.is_active());
}
