//! The FASTTRAK client against scripted replies (wiremock), for what the sandbox does not do:
//! an operator's exact price text, a second 401, and bodies that are not the envelope.

use fasttrak::{Client, Config, Error, SecretString};
use wiremock::matchers::{header, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

const LOGIN: &str = r#"{"item": {"token": {"id": "t1", "accessToken": "access-1", "refreshToken": "refresh-1",
    "accessTokenExpirationSeconds": 1800, "refreshTokenExpiratinSeconds": 43200},
    "isExpired": false, "isLocked": false, "lockedUntilDateUTC": null, "isMultiCompanyEnabled": false},
    "status": "SUCCESS", "message": null, "includesOperationalMessage": false}"#;

async fn server_with_login() -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/partner/api/authentication/web-service-user"))
        .and(header("Partner-Access-Key", "key"))
        .and(header("Partner-Api-Version", "v2.2"))
        .and(header("System-Id", "sys"))
        .respond_with(ResponseTemplate::new(200).set_body_raw(LOGIN, "application/json"))
        .mount(&server)
        .await;
    server
}

fn client(server: &MockServer) -> Client {
    let base = format!("{}/partner/api/", server.uri()).parse().expect("a URL");
    let config = Config::new(
        base,
        SecretString::from("key".to_owned()),
        "sys",
        "agent",
        SecretString::from("pw".to_owned()),
    );
    Client::new(config).expect("a client")
}

#[tokio::test]
async fn a_price_of_171_88_is_kept_exact_from_the_wire() {
    let server = server_with_login().await;
    let reservation = r#"{"item": {"reservationId": 7, "reservationStatus": "Booked",
        "pricingInformation": {"totalCharge": 171.88}, "totalCharges": 171.88},
        "status": "SUCCESS", "message": null, "includesOperationalMessage": false}"#;
    Mock::given(method("GET"))
        .and(path("/partner/api/reservations/7"))
        .and(header("Authorization", "Bearer access-1"))
        .and(header("Partner-Api-Version", "v2.2"))
        .respond_with(ResponseTemplate::new(200).set_body_raw(reservation, "application/json"))
        .mount(&server)
        .await;
    let found = client(&server).reservation(7).await.expect("a reply").expect("found");
    let total = found.pricing_information.expect("a price").total_charge;
    assert_eq!(total.to_string(), "171.88");
    assert_eq!(total, rust_decimal::Decimal::new(17188, 2), "exactly 171.88, not 171.8799999…");
}

#[tokio::test]
async fn a_second_401_is_an_authentication_error_after_exactly_one_replay() {
    let server = server_with_login().await;
    Mock::given(method("GET"))
        .and(path("/partner/api/reservations/7"))
        .respond_with(ResponseTemplate::new(401))
        .expect(2)
        .mount(&server)
        .await;
    let result = client(&server).reservation(7).await;
    assert!(matches!(result, Err(Error::Unauthorized)), "{result:?}");
    let requests = server.received_requests().await.expect("recorded");
    let logins = requests.iter().filter(|r| r.url.path().ends_with("web-service-user")).count();
    assert_eq!(logins, 2, "a login, then one refresh for the replay");
    let refresh =
        requests.iter().filter(|r| r.url.path().ends_with("web-service-user")).nth(1).expect("a refresh");
    let body: serde_json::Value = serde_json::from_slice(&refresh.body).expect("JSON");
    assert_eq!(body["refreshToken"], "refresh-1", "the refresh sends the refresh token");
    assert_eq!(body["systemId"], "sys");
}

#[tokio::test]
async fn error_bodies_that_are_not_the_envelope() {
    let server = server_with_login().await;
    Mock::given(method("POST"))
        .and(path("/partner/api/reservations/7/cancel"))
        .respond_with(ResponseTemplate::new(502).set_body_string("<html>Bad Gateway</html>"))
        .mount(&server)
        .await;
    let result = client(&server).cancel_reservation(7).await;
    match result {
        Err(error @ Error::Http { status: 502, .. }) => {
            assert!(error.outcome_unknown(), "a 502 on a cancel must be looked up, not resent blindly")
        }
        other => panic!("expected HTTP 502, got {other:?}"),
    }
}

#[tokio::test]
async fn a_redirect_is_not_followed_and_a_runaway_reply_is_refused() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/partner/api/authentication/web-service-user"))
        .respond_with(ResponseTemplate::new(307).insert_header("location", "https://elsewhere.example/login"))
        .mount(&server)
        .await;
    match client(&server).login().await {
        Err(error @ Error::Http { status: 307, .. }) => {
            assert!(error.to_string().contains("elsewhere.example"), "the error names the address: {error}")
        }
        other => panic!("a redirect is an error, got {other:?}"),
    }
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/partner/api/authentication/web-service-user"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_raw(vec![b' '; fasttrak::MAX_REPLY_BYTES + 1], "application/json"),
        )
        .mount(&server)
        .await;
    assert!(
        matches!(client(&server).login().await, Err(Error::Decode { .. })),
        "a body past the cap is refused"
    );
}
