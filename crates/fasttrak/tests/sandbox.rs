//! The FASTTRAK client against the sandbox, over real sockets: the session's economy of logins,
//! replay after a 401, the session limit, the required headers, failures, exact money, and the
//! quote → book → look up → cancel flow.

use std::time::Duration;

use chrono::{NaiveDateTime, TimeDelta, Utc};
use fasttrak::model::{Address, FlightInfo, Location, Passenger, ReservationStatus, TravelType};
use fasttrak::quote::{BookQuote, QuoteRequest};
use fasttrak::{Client, Config, Endpoint, Error, HeaderProblem, SecretString};
use sandbox::fasttrak::{ACCESS_KEYS, SYSTEM_ID};

struct Sandbox {
    running: sandbox::Running,
    http: reqwest::Client,
}

impl Sandbox {
    async fn start(configure: impl FnOnce(&mut sandbox::fasttrak::Config)) -> Sandbox {
        let mut config = sandbox::Config::default();
        configure(&mut config.fasttrak);
        let running = sandbox::start(config).await.expect("the sandbox starts");
        Sandbox { running, http: reqwest::Client::new() }
    }

    fn config(&self) -> Config {
        Config::new(
            self.running.fasttrak_url().parse().expect("a URL"),
            SecretString::from(ACCESS_KEYS[0].to_owned()),
            SYSTEM_ID,
            "agent",
            SecretString::from("sandbox".to_owned()),
        )
    }

    fn client(&self) -> Client {
        Client::new(self.config()).expect("a client")
    }

    async fn stats(&self) -> serde_json::Value {
        let reply = self.http.get(self.running.stats_url()).send().await.expect("stats answer");
        serde_json::from_slice(&reply.bytes().await.expect("a body")).expect("stats are JSON")
    }

    async fn logins_and_refreshes(&self) -> (u64, u64) {
        let stats = self.stats().await;
        let count = |name: &str| stats["fasttrak"][name].as_u64().expect("a counter");
        (count("logins"), count("refreshes"))
    }

    async fn revoke(&self) {
        let url = format!("http://{}{}", self.running.address(), sandbox::fasttrak::REVOKE_PATH);
        self.http.post(url).send().await.expect("revoke answers");
    }
}

fn tomorrow_at(hour: u32) -> NaiveDateTime {
    (Utc::now() + TimeDelta::days(1)).date_naive().and_hms_opt(hour, 10, 0).expect("a time")
}

fn kungsholmen_to_arlanda(pickup: NaiveDateTime) -> QuoteRequest {
    QuoteRequest {
        travel_type: TravelType::Departure,
        scheduled_pickup_time: pickup,
        from_location: Location {
            address: Some(Address {
                street1: Some("Drottningholmsvägen 37".into()),
                city: Some("Stockholm".into()),
                ..Address::default()
            }),
            ..Location::default()
        },
        to_location: Location {
            airport_airline_flight_info: Some(FlightInfo {
                airport_code: Some("ARN".into()),
                airline_code: Some("SK".into()),
                flight_number: Some("1415".into()),
                scheduled_date_time: Some(pickup + TimeDelta::minutes(90)),
            }),
            ..Location::default()
        },
        passenger_count: 2,
        luggage_count: 2,
        flight: None,
    }
}

#[tokio::test]
async fn a_burst_of_50_calls_makes_one_login_and_at_most_one_refresh_per_token_lifetime() {
    let sandbox = Sandbox::start(|c| c.access_lifetime = Duration::from_secs(2)).await;
    let client = sandbox.client();
    let burst = || futures_util::future::join_all((0..50).map(|_| client.vehicles()));

    let results = burst().await;
    assert!(
        results.iter().all(Result::is_ok),
        "all 50 calls succeed: {:?}",
        results.iter().find(|r| r.is_err())
    );
    assert_eq!(sandbox.logins_and_refreshes().await, (1, 0), "50 concurrent calls share one login");

    // Into the token's last tenth: every call finds it ending, one refreshes for all.
    tokio::time::sleep(Duration::from_millis(1_850)).await;
    let results = burst().await;
    assert!(results.iter().all(Result::is_ok));
    assert_eq!(sandbox.logins_and_refreshes().await, (1, 1), "one refresh for the whole burst");

    let results = burst().await;
    assert!(results.iter().all(Result::is_ok));
    assert_eq!(sandbox.logins_and_refreshes().await, (1, 1), "the refreshed token is reused");
    let stats = sandbox.stats().await;
    assert_eq!(stats["calls"]["GET /fasttrak/api/vehicles"], 150, "{stats}");
}

#[tokio::test]
async fn a_401_gets_one_fresh_token_and_one_replay() {
    let sandbox = Sandbox::start(|_| {}).await;
    let client = sandbox.client();
    client.employees().await.expect("a first call logs in");
    sandbox.revoke().await;
    let employees = client.employees().await.expect("the call is replayed with a fresh token");
    assert!(!employees.is_empty());
    // The refresh token died with the session, so the fresh token came from a new login.
    assert_eq!(sandbox.logins_and_refreshes().await, (2, 0));
    let stats = sandbox.stats().await;
    assert_eq!(stats["calls"]["GET /fasttrak/api/employees"], 3, "first call, refused call, replay: {stats}");
}

#[tokio::test]
async fn after_the_session_limit_the_client_logs_in_again() {
    let sandbox = Sandbox::start(|c| {
        c.access_lifetime = Duration::from_secs(1);
        c.session_limit = Duration::from_secs(3);
    })
    .await;
    let client = sandbox.client();
    client.vehicles().await.expect("login");
    tokio::time::sleep(Duration::from_millis(1_200)).await;
    client.vehicles().await.expect("refresh");
    assert_eq!(sandbox.logins_and_refreshes().await, (1, 1), "within the limit, a refresh");
    tokio::time::sleep(Duration::from_millis(2_200)).await;
    client.vehicles().await.expect("a new login");
    assert_eq!(
        sandbox.logins_and_refreshes().await,
        (2, 1),
        "past the limit, a new login rather than a refresh"
    );
}

#[tokio::test]
async fn each_refused_header_names_its_setting() {
    let sandbox = Sandbox::start(|_| {}).await;
    let mut wrong_key = sandbox.config();
    wrong_key.partner_access_key = SecretString::from("stolen".to_owned());
    match Client::new(wrong_key).expect("a client").vehicles().await {
        Err(error @ Error::Header(HeaderProblem::AccessKey)) => {
            assert_eq!(error.field(), Some("fasttrak.partnerAccessKey"));
            let (id, args) = error.message();
            assert!(i18n::text(i18n::Language::English, id, &args).contains("partner access key"));
        }
        other => panic!("expected the access-key error, got {other:?}"),
    }
    let mut wrong_system = sandbox.config();
    wrong_system.system_id = "00000000-0000-0000-0000-000000000000".into();
    let result = Client::new(wrong_system).expect("a client").login().await;
    assert!(matches!(result, Err(Error::Header(HeaderProblem::SystemId))), "{result:?}");

    // The client always sends the version; the sandbox's answer without it, as documented.
    let url = format!("{}vehicles", sandbox.running.fasttrak_url());
    let reply = sandbox
        .http
        .get(&url)
        .header("Partner-Access-Key", ACCESS_KEYS[1])
        .header("System-Id", SYSTEM_ID)
        .send()
        .await
        .expect("an answer");
    assert_eq!(reply.status(), 400);
    let body = reply.text().await.expect("a body");
    assert!(body.contains("Missing Required Header: Partner-Api-Version"), "{body}");
    let login =
        sandbox.http.post(format!("{}authentication/web-service-user", sandbox.running.fasttrak_url()));
    let body = login.send().await.expect("an answer").text().await.expect("a body");
    assert!(body.contains("API Gateway Not Authorized"), "the login needs the headers too: {body}");
}

#[tokio::test]
async fn refused_logins_say_why() {
    let sandbox = Sandbox::start(|_| {}).await;
    let with_user = |user: &str, password: &str| {
        let mut config = sandbox.config();
        config.username = user.into();
        config.password = SecretString::from(password.to_owned());
        Client::new(config).expect("a client")
    };
    let wrong = with_user("agent", "wrong").login().await;
    assert!(
        matches!(&wrong, Err(Error::LoginRefused { message }) if message.contains("Invalid")),
        "{wrong:?}"
    );
    let locked = with_user("locked", "sandbox").login().await;
    assert!(matches!(&locked, Err(Error::Locked { until: Some(_) })), "{locked:?}");
    let expired = with_user("expired", "sandbox").login().await;
    assert!(matches!(&expired, Err(Error::PasswordExpired)), "{expired:?}");
    let (id, args) = expired.unwrap_err().message();
    let sentence = i18n::text(i18n::Language::Swedish, id, &args);
    assert!(sentence.contains("har gått ut"), "{sentence}");
    assert_eq!(sandbox.logins_and_refreshes().await, (0, 0), "no refused login counts as one");
}

#[tokio::test]
async fn a_failure_envelope_with_http_200_is_an_error_with_the_operators_message() {
    let sandbox = Sandbox::start(|_| {}).await;
    let client = sandbox.client();
    let yesterday = Utc::now().naive_utc() - TimeDelta::days(1);
    match client.request_quotes(&kungsholmen_to_arlanda(yesterday)).await {
        Err(Error::Failure { status: 200, message }) => {
            assert!(message.contains("in the future"), "{message}")
        }
        other => panic!("expected a FAILURE, got {other:?}"),
    }
    let mut nowhere = kungsholmen_to_arlanda(tomorrow_at(8));
    nowhere.from_location.address =
        Some(Address { street1: Some("Ingenstansgatan 1".into()), ..Address::default() });
    let result = client.request_quotes(&nowhere).await;
    assert!(
        matches!(&result, Err(Error::Failure { message, .. }) if message.contains("could not be found")),
        "{result:?}"
    );
}

#[tokio::test]
async fn lists_the_operator_has_not_granted_say_so_and_break_nothing_else() {
    let sandbox = Sandbox::start(|_| {}).await;
    let client = sandbox.client();
    assert!(matches!(client.customers().await, Err(Error::NotGranted(Endpoint::Customers))));
    assert!(matches!(client.companies().await, Err(Error::NotGranted(Endpoint::Companies))));
    assert_eq!(client.vehicles().await.expect("vehicles are granted").len(), 5);
    assert!(!client.employees().await.expect("employees are granted").is_empty());
    client.request_quotes(&kungsholmen_to_arlanda(tomorrow_at(7))).await.expect("quotes still work");
    assert_eq!(sandbox.logins_and_refreshes().await, (1, 0), "a refused list does not cost a login");

    let open = Sandbox::start(|c| c.grants.customers = true).await;
    assert_eq!(open.client().customers().await.expect("granted here").len(), 1);
}

#[tokio::test]
async fn quote_book_look_up_and_cancel() {
    let sandbox = Sandbox::start(|_| {}).await;
    let client = sandbox.client();
    let pickup = tomorrow_at(6);
    let package = client.request_quotes(&kungsholmen_to_arlanda(pickup)).await.expect("quotes");
    let names: Vec<&str> =
        package.quotes.iter().map(|q| q.vehicle_type_summary.vehicle_type_name.as_str()).collect();
    assert_eq!(names, ["Sedan", "Premium Sedan", "SUV", "Van", "Minibus"]);
    for quote in &package.quotes {
        let price = &quote.pricing_information;
        assert_eq!(price.total_charge.scale(), 2, "öre precision: {}", price.total_charge);
        assert_eq!(
            price.base_rate.zip(price.taxes).map(|(b, t)| b + t),
            Some(price.total_charge),
            "parts add up"
        );
    }
    let suv =
        package.quotes.iter().find(|q| q.vehicle_type_summary.vehicle_type_name == "SUV").expect("an SUV");
    let booking = BookQuote {
        quote_id: suv.quote_id,
        primary_passenger: Passenger {
            name: "Anna Öberg".into(),
            phone_number: Some("+46701234567".into()),
            email_address: None,
        },
        reference_po: Some("PO-4410".into()),
        cost_code: None,
        trip_notes: Some("Två resväskor".into()),
    };
    let reservation = client.book_quote(package.quote_package_id, &booking).await.expect("booked");
    assert_eq!(reservation.reservation_status, ReservationStatus::TripConfirmed);
    assert_eq!(
        reservation.total_charges,
        Some(suv.pricing_information.total_charge),
        "the quoted price is kept"
    );
    assert_eq!(reservation.scheduled_pickup_time, Some(pickup));

    let again = client.book_quote(package.quote_package_id, &booking).await;
    assert!(
        matches!(&again, Err(Error::Failure { message, .. }) if message.contains("already been booked")),
        "{again:?}"
    );

    let found = client.reservation(reservation.reservation_id).await.expect("a look-up").expect("found");
    assert_eq!(found, reservation, "the look-up returns what the booking returned");
    let day = pickup.date();
    let listed = client.search_reservations(day, day).await.expect("a search");
    assert_eq!(listed.iter().map(|r| r.reservation_id).collect::<Vec<_>>(), [reservation.reservation_id]);
    let other_day = client.search_reservations(day + TimeDelta::days(3), day + TimeDelta::days(4)).await;
    assert!(other_day.expect("a search").is_empty());

    let cancelled = client.cancel_reservation(reservation.reservation_id).await.expect("cancelled");
    assert_eq!(cancelled.reservation_status, ReservationStatus::Cancelled);
    let twice =
        client.cancel_reservation(reservation.reservation_id).await.expect("cancelling twice is fine");
    assert_eq!(twice.reservation_status, ReservationStatus::Cancelled);
    assert_eq!(client.reservation(999_999).await.expect("a look-up"), None, "an unknown id is none");
}

#[tokio::test]
async fn a_reservation_for_a_new_customer() {
    use fasttrak::model::{CustomerSummary, NewCustomerReservation, ReservationDetail};
    let sandbox = Sandbox::start(|_| {}).await;
    let request = kungsholmen_to_arlanda(tomorrow_at(9));
    let reservation = NewCustomerReservation {
        reservation_detail: ReservationDetail {
            travel_type: TravelType::Departure,
            scheduled_pickup_time: request.scheduled_pickup_time,
            from_location: request.from_location,
            to_location: request.to_location,
            passenger_count: 1,
            luggage_count: 1,
            primary_passenger: Passenger { name: "Erik Sjöberg".into(), ..Passenger::default() },
            vehicle_type_id: Some(2),
            reference_po: None,
            cost_code: Some("KST-12".into()),
            trip_notes: None,
        },
        customer_summary: CustomerSummary {
            first_name: "Erik".into(),
            last_name: "Sjöberg".into(),
            phone_number: None,
            email_address: Some("erik@example.se".into()),
        },
    };
    let made = sandbox.client().create_reservation(&reservation).await.expect("created");
    assert_eq!(made.reservation_status, ReservationStatus::Booked);
    assert_eq!(made.vehicle_type_summary.map(|v| v.vehicle_type_name).as_deref(), Some("Premium Sedan"));
    assert_eq!(made.cost_code.as_deref(), Some("KST-12"));
}
