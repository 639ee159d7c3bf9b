//! The client over real sockets against scripted replies: what it sends, and how it reads
//! every kind of answer. (The whole flows run against the sandbox once it exists.)

use std::time::Duration;

use ftbook::model::{Booking, Direction, Language, LocatorType, Segment, ServiceName};
use ftbook::query::{ServicesQuery, StreetSearch};
use ftbook::{Client, Config, Error, SecretString, Url};
use serde_json::{Value, json};
use wiremock::matchers::{body_json, header, method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};

/// The error's messages as the desk writes them for the agent, with their fields.
fn sentences(error: &ftbook::Error, language: i18n::Language) -> Vec<(Option<&'static str>, String)> {
    error.messages().into_iter().map(|m| (m.field, i18n::text(language, &m.id, &m.args))).collect()
}

const ROOT: &str = "/ftbook/rest/v1";

fn fixture(name: &str) -> Value {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    serde_json::from_str(&std::fs::read_to_string(path).expect("fixture")).expect("fixture JSON")
}

fn client_for(server: &MockServer) -> Client {
    client_at(&format!("{}{ROOT}/", server.uri()), Duration::from_secs(5))
}

fn client_at(base: &str, timeout: Duration) -> Client {
    let mut config = Config::new(Url::parse(base).expect("url"), "agent", SecretString::from("sandbox"));
    config.timeout = timeout;
    Client::new(config).expect("client")
}

fn when_sent() -> chrono::DateTime<chrono::FixedOffset> {
    chrono::DateTime::parse_from_rfc3339("2026-12-01T07:30:00+01:00").expect("a valid time")
}

#[tokio::test]
async fn services_send_basic_auth_and_the_documented_query() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path(format!("{ROOT}/service")))
        .and(query_param("connectionCode", "ARN"))
        .and(query_param("direction", "D"))
        .and(query_param("date", "2026-12-01T07:30:00+01:00"))
        .and(query_param("language", "sv"))
        .and(header("authorization", "Basic YWdlbnQ6c2FuZGJveA=="))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!([
            {"name": "Taxi", "description": "Flygtaxi", "addressType": "Address"},
            {"name": "Train", "description": "Arlanda Express", "addressType": "Train Location"},
            {"name": "Hovercraft", "description": "Not documented yet"}
        ])))
        .expect(1)
        .mount(&server)
        .await;

    let query = ServicesQuery {
        connection_code: "ARN".into(),
        direction: Direction::Departure,
        date: when_sent(),
        language: Some(Language::Swedish),
    };
    let services = client_for(&server).services(&query).await.unwrap();
    assert_eq!(services[0].name, ServiceName::Taxi);
    assert_eq!(services[2].name, ServiceName::Other("Hovercraft".into()), "an unknown service still parses");
}

#[tokio::test]
async fn no_content_is_an_empty_search_result() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path(format!("{ROOT}/street")))
        .and(query_param("search", "Ingenstansgatan 1, Stockholm"))
        .respond_with(ResponseTemplate::new(204))
        .mount(&server)
        .await;
    let search =
        StreetSearch { search: Some("Ingenstansgatan 1, Stockholm".into()), ..StreetSearch::default() };
    let result = client_for(&server).search_streets(&search).await.unwrap();
    assert!(result.streets.is_empty() && !result.more_results_available);
}

#[tokio::test]
async fn a_booking_is_sent_as_documented_and_its_reply_read() {
    let server = MockServer::start().await;
    let mut request: Booking = serde_json::from_value(fixture("create-booking-request.json")).unwrap();
    request.booking_date = Some(chrono::Utc::now().fixed_offset());
    Mock::given(method("POST"))
        .and(path(format!("{ROOT}/booking")))
        .and(header("content-type", "application/json"))
        .and(body_json(serde_json::to_value(&request).unwrap()))
        .respond_with(ResponseTemplate::new(200).set_body_json(fixture("create-booking-reply.json")))
        .expect(1)
        .mount(&server)
        .await;
    let created = client_for(&server).create_booking(&request).await.unwrap();
    assert_eq!(created.booking_reference.as_deref(), Some("2014000000058"));
}

#[tokio::test]
async fn invalid_input_is_refused_before_anything_is_sent() {
    let server = MockServer::start().await;
    Mock::given(method("POST")).respond_with(ResponseTemplate::new(200)).expect(0).mount(&server).await;
    let mut segment: Segment = serde_json::from_value(fixture("create-segment-request.json")).unwrap();
    segment.passenger.phone = "070 ABC".into();

    let error = client_for(&server).create_segment("2014000000058", &segment, None).await.unwrap_err();
    assert!(matches!(&error, Error::Invalid(faults) if faults[0].code == 1247), "{error:?}");
    let sentences = sentences(&error, i18n::Language::Swedish);
    assert_eq!(sentences[0].0, Some("segment.passenger.phone"), "tied to the field");
    assert!(sentences[0].1.starts_with("Passagerarens telefonnummer"), "{}", sentences[0].1);
}

#[tokio::test]
async fn faults_are_read_in_both_shapes() {
    for (shape, body) in [
        ("bare array", json!([{"code": 1203, "message": "Segment already cancelled"}])),
        ("faults object", json!({"faults": [{"code": 1203, "message": "Segment already cancelled"}]})),
    ] {
        let server = MockServer::start().await;
        Mock::given(method("DELETE"))
            .and(path(format!("{ROOT}/booking/segment/R000000048")))
            .respond_with(ResponseTemplate::new(422).set_body_json(body))
            .mount(&server)
            .await;
        let error = client_for(&server).cancel_segment("R000000048").await.unwrap_err();
        assert!(
            matches!(&error, Error::Rejected { status: 422, faults } if faults[0].code == 1203),
            "{shape}"
        );
        assert_eq!(
            sentences(&error, i18n::Language::English)[0].1,
            "The trip is already cancelled.",
            "{shape}"
        );
        assert!(!error.outcome_unknown(), "a refusal is a definite answer ({shape})");
    }
}

#[tokio::test]
async fn refused_credentials_are_said_in_words() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path(format!("{ROOT}/account/authenticate")))
        .respond_with(ResponseTemplate::new(401).set_body_string("<html>401</html>"))
        .mount(&server)
        .await;
    let error = client_for(&server).authenticate().await.unwrap_err();
    assert!(matches!(error, Error::Unauthorized));
    assert!(sentences(&error, i18n::Language::Swedish)[0].1.contains("lösenordet"));
}

#[tokio::test]
async fn an_html_gateway_error_keeps_its_status_and_leaves_the_outcome_open() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(502).set_body_string("<html><body>502 Bad Gateway</body></html>"))
        .mount(&server)
        .await;
    let error = client_for(&server).segments("2014000000058").await.unwrap_err();
    assert!(matches!(&error, Error::Http { status: 502, .. }), "{error:?}");
    assert!(error.outcome_unknown());
}

#[tokio::test]
async fn a_slow_supplier_is_no_reply_with_an_unknown_outcome() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200).set_delay(Duration::from_secs(3)).set_body_json(json!([])))
        .mount(&server)
        .await;
    let client = client_at(&format!("{}{ROOT}/", server.uri()), Duration::from_millis(300));
    let error = client.segments("2014000000058").await.unwrap_err();
    assert!(matches!(error, Error::NoReply(_)), "{error:?}");
    assert!(error.outcome_unknown(), "a timeout must be reconciled before any retry");
}

#[tokio::test]
async fn a_closed_port_is_unreachable_and_nothing_was_sent() {
    let port = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        listener.local_addr().unwrap().port()
    };
    let client = client_at(&format!("http://127.0.0.1:{port}{ROOT}/"), Duration::from_secs(2));
    let error = client.authenticate().await.unwrap_err();
    assert!(matches!(error, Error::Unreachable(_)), "{error:?}");
    assert!(!error.outcome_unknown());
}

#[tokio::test]
async fn path_values_are_escaped_and_a_base_without_slash_works() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path(format!("{ROOT}/booking/SABRE/AB%2F12%20C")))
        .respond_with(ResponseTemplate::new(200).set_body_json(fixture("create-booking-reply.json")))
        .expect(1)
        .mount(&server)
        .await;
    let client = client_at(&format!("{}{ROOT}", server.uri()), Duration::from_secs(5));
    let booking = client.booking_by_locator(&LocatorType::Sabre, "AB/12 C").await.unwrap();
    assert_eq!(booking.booking_reference.as_deref(), Some("2014000000058"));
}

#[tokio::test]
async fn a_redirect_is_not_followed_and_names_where_it_points() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path(format!("{ROOT}/account/authenticate")))
        .respond_with(ResponseTemplate::new(302).insert_header("location", "https://elsewhere.example/login"))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(path("/login")).respond_with(ResponseTemplate::new(200)).expect(0).mount(&server).await;
    match client_for(&server).authenticate().await {
        Err(error @ Error::Redirected { status: 302, .. }) => {
            assert!(error.to_string().contains("https://elsewhere.example/login"), "{error}");
        }
        other => panic!("a redirect is an error, got {other:?}"),
    }
}

#[tokio::test]
async fn a_runaway_reply_is_an_error_not_a_full_memory() {
    let server = MockServer::start().await;
    let huge = vec![b' '; ftbook::MAX_REPLY_BYTES + 1];
    Mock::given(method("GET"))
        .and(path(format!("{ROOT}/account/authenticate")))
        .respond_with(ResponseTemplate::new(200).set_body_raw(huge, "application/json"))
        .mount(&server)
        .await;
    match client_for(&server).authenticate().await {
        Err(Error::Decode { message, .. }) => assert!(message.contains("larger than"), "{message}"),
        other => panic!("expected a refusal of the size, got {other:?}"),
    }
}
