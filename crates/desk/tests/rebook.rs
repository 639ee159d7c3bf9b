//! "Book again" and "book the return trip" from a booking in the history: the places come back
//! as the type-ahead's hits (swapped for the return), the traveller as booked, and the return
//! is priced at the sandbox from them.

mod common;

use desk::quotes::{Place, TripRequest, When};
use desk::rebook::Rebook;

#[tokio::test]
async fn a_booking_is_booked_again_and_back_from_its_places() {
    let desk = common::desk(|_| {}).await;
    let draft = common::egen_taxi(&desk.core, "QX7Z2K").await;
    let booked = desk.core.book_ftbook(draft).await.expect("booked");
    let ftresid = booked.booking.segments[0].segment_ref.clone();

    let again = desk.core.rebook(&booked.booking.reference, Rebook::Again).expect("again");
    assert_eq!(again.from.label, "Drottningholmsvägen 37");
    assert!(
        matches!(&again.from.place, Place::Street { name, number: Some(n), .. } if name == "Drottningholmsvägen" && n == "37")
    );
    assert_eq!(again.to.place, Place::Terminal { code: "ARN".into() });
    assert_eq!(again.terminal.as_deref(), Some("ARN"));
    assert_eq!((again.passenger.first_name.as_str(), again.passenger.last_name.as_str()), ("Karin", "Öberg"));
    assert_eq!(again.flight.as_deref(), Some("SK1415"));
    assert_eq!(again.amadeus.as_deref(), Some("QX7Z2K"));

    // Found by the trip's reference too; the return swaps the places and forgets the flight.
    let back = desk.core.rebook(&ftresid, Rebook::Return).expect("back");
    assert_eq!(
        (back.from.place.clone(), back.to.place.clone()),
        (again.to.place.clone(), again.from.place.clone())
    );
    assert_eq!(back.flight, None);

    // The return, priced from those places: FTBook takes them as they came.
    let trip = TripRequest {
        from: back.from.place.clone(),
        to: back.to.place.clone(),
        when: When::Connection { at: common::in_days(6, 18), arrival: true },
        passengers: 1,
        bags: 1,
        regular_taxi: false,
        service: Some("Taxi".into()),
        international: false,
        pickup: None,
    };
    let offers = desk.core.quotes(&trip).await;
    assert!(offers.offers.iter().any(|o| o.code == "VTAX"), "the return is priced: {:?}", offers.problems);

    let missing = desk.core.rebook("2099000000001", Rebook::Again).expect_err("not in the history");
    assert!(
        matches!(&missing, desk::Error::Validation { field: Some(f), .. } if f == "reference"),
        "{missing:?}"
    );
}
