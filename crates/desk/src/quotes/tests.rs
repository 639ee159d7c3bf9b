use super::*;

fn at(text: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(text).unwrap()
}

fn trip(when: When) -> TripRequest {
    TripRequest {
        from: Place::Street {
            name: "Sveavägen".into(), number: Some("44".into()), letter: None, city: None
        },
        to: Place::Street { name: "Hornsgatan".into(), number: Some("20".into()), letter: None, city: None },
        when,
        passengers: 1,
        bags: 0,
        regular_taxi: true,
        service: None,
        international: false,
        pickup: None,
    }
}

#[test]
fn fasttrak_is_asked_for_the_operators_local_time_summer_and_winter() {
    let stockholm = chrono_tz::Europe::Stockholm;
    let summer = trip(When::Pickup { at: at("2026-07-01T09:00:00+02:00") }).fasttrak_request(stockholm);
    assert_eq!(
        summer.scheduled_pickup_time.to_string(),
        "2026-07-01 09:00:00",
        "09:00 in July is 09:00 in Stockholm, not 08:00"
    );
    let winter = trip(When::Pickup { at: at("2026-12-01T09:00:00+01:00") }).fasttrak_request(stockholm);
    assert_eq!(winter.scheduled_pickup_time.to_string(), "2026-12-01 09:00:00");
    let utc = trip(When::Pickup { at: at("2026-07-01T07:00:00+00:00") }).fasttrak_request(stockholm);
    assert_eq!(utc.scheduled_pickup_time.to_string(), "2026-07-01 09:00:00", "any offset, one instant");
}

#[test]
fn availability_names_the_service_the_language_and_international() {
    let mut connection = trip(When::Connection { at: at("2026-12-01T09:00:00+01:00"), arrival: false });
    connection.regular_taxi = false;
    connection.to = Place::Terminal { code: "ARN".into() };
    connection.service = Some("Taxi".into());
    connection.international = true;
    let query = connection.ftbook_query("STOS12345", Language::English);
    assert_eq!(query.service_type, Some(ftbook::model::ServiceName::Taxi), "the flow's step 5");
    assert_eq!(query.international, Some(true));
    assert_eq!(query.language, Some(ftbook::model::Language::English), "names in the agent's language");
    assert!(connection.asks_fasttrak(), "a taxi is compared with FASTTRAK's vehicles");
    connection.service = Some("Train".into());
    assert!(!connection.asks_fasttrak(), "Arlanda Express is FTBook's alone");
}
