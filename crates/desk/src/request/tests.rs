use chrono::DateTime;

use super::*;

fn request(other_time: Option<&str>, arrival: bool) -> BookingRequest {
    let at = DateTime::parse_from_rfc3339("2026-12-01T09:00:00+01:00").unwrap();
    BookingRequest {
        trip: TripRequest {
            from: if arrival {
                Place::Terminal { code: "ARN".into() }
            } else {
                Place::Street {
                    name: "Sveavägen".into(),
                    number: Some("10".into()),
                    letter: None,
                    city: None,
                }
            },
            to: if arrival {
                Place::Street {
                    name: "Sveavägen".into(),
                    number: Some("10".into()),
                    letter: None,
                    city: None,
                }
            } else {
                Place::Terminal { code: "ARN".into() }
            },
            when: When::Connection { at, arrival },
            passengers: 1,
            bags: 0,
            regular_taxi: false,
            service: None,
            international: false,
            pickup: None,
        },
        offer: "offer-1-1".into(),
        passenger: PassengerInput::default(),
        connection: Some(ConnectionInput {
            number: "sk1415".into(),
            other_code: "got".into(),
            international: None,
            train: None,
            other_time: other_time.map(|t| DateTime::parse_from_rfc3339(t).unwrap()),
        }),
        info_to_driver: None,
        references: Vec::new(),
        debit_method: None,
        debit_reference: None,
        invoice_address: None,
        amadeus: None,
        sabre: None,
        write_back: None,
    }
}

#[test]
fn the_connection_has_the_terminal_at_its_time_and_the_other_end_as_given() {
    let departure = request(Some("2026-12-01T10:05:00+01:00"), false)
        .ftbook_connection(Language::English)
        .unwrap()
        .unwrap();
    assert_eq!(
        (departure.number.as_str(), departure.departure_code.as_str(), departure.arrival_code.as_str()),
        ("SK1415", "ARN", "GOT")
    );
    assert_eq!(
        departure.arrival_date.unwrap().to_rfc3339(),
        "2026-12-01T10:05:00+01:00",
        "the landing time given is used"
    );
    assert_eq!(departure.kind, ftbook::model::ConnectionType::Flight);
    assert!(!departure.international, "Göteborg is domestic");
}

#[test]
fn the_other_ends_time_is_asked_for_never_invented() {
    let error = request(None, true).ftbook_connection(Language::English).unwrap_err();
    match error {
        Error::Validation { field, message } => {
            assert_eq!(field.as_deref(), Some("connection.otherTime"), "the error is on the field");
            assert!(message.contains("leaves the other end"), "{message}");
        }
        other => panic!("expected a validation error, got {other:?}"),
    }
}

#[test]
fn a_station_makes_a_train_and_abroad_makes_international() {
    let mut train = request(Some("2026-12-01T12:00:00+01:00"), false);
    train.trip.to = Place::Terminal { code: "CST".into() };
    let connection = train.ftbook_connection(Language::English).unwrap().unwrap();
    assert_eq!(connection.kind, ftbook::model::ConnectionType::Train, "Stockholm C is a station");

    let mut london = request(Some("2026-12-01T11:30:00+00:00"), false);
    london.connection.as_mut().unwrap().other_code = "LHR".into();
    assert!(london.ftbook_connection(Language::English).unwrap().unwrap().international, "London is abroad");
    london.connection.as_mut().unwrap().international = Some(false);
    assert!(
        !london.ftbook_connection(Language::English).unwrap().unwrap().international,
        "the agent's word wins"
    );
}
