//! The TBO client against the sandbox, over real sockets, with one clock shared by both so a test
//! can live through a whole supplier day and cross its midnight.

use std::sync::Arc;

use chrono::{DateTime, TimeDelta, TimeZone, Utc};
use tbo::model::{AgencyType, Status};
use tbo::{Client, Clock, Config, Error, ManualClock, MemoryCache, SecretString, TokenCache};

fn india() -> chrono_tz::Tz {
    tbo::SUPPLIER_ZONE
}

/// A moment in the supplier's local time on a day of November 2026.
fn at(day: u32, hour: u32, minute: u32) -> DateTime<Utc> {
    india()
        .with_ymd_and_hms(2026, 11, day, hour, minute, 0)
        .single()
        .expect("a valid time")
        .with_timezone(&Utc)
}

struct Sandbox {
    running: sandbox::Running,
    clock: Arc<ManualClock>,
}

impl Sandbox {
    async fn start(now: DateTime<Utc>) -> Sandbox {
        let clock = Arc::new(ManualClock::new(now));
        let mut config = sandbox::Config::default();
        let shared = clock.clone();
        config.tbo.clock = Arc::new(move || shared.now());
        let running = sandbox::start(config).await.expect("the sandbox starts");
        Sandbox { running, clock }
    }

    fn config(&self, user: &str, password: &str) -> Config {
        Config::new(
            self.running.tbo_url().parse().expect("a URL"),
            tbo::STAGING_CLIENT_ID,
            user,
            SecretString::from(password.to_owned()),
            "192.0.2.10",
        )
    }

    fn client_with(&self, cache: Arc<dyn TokenCache>) -> Client {
        Client::new(self.config("agent", "sandbox"), self.clock.clone(), cache).expect("a client")
    }

    fn client(&self) -> Client {
        self.client_with(Arc::new(MemoryCache::default()))
    }

    async fn stats(&self) -> serde_json::Value {
        let reply = reqwest::get(self.running.stats_url()).await.expect("stats answer");
        serde_json::from_slice(&reply.bytes().await.expect("a body")).expect("JSON")
    }

    async fn authentications(&self) -> u64 {
        self.stats().await["tbo"]["authentications"].as_u64().expect("a counter")
    }
}

#[tokio::test]
async fn a_whole_day_of_1000_calls_makes_one_authentication() {
    let sandbox = Sandbox::start(at(23, 0, 3)).await;
    let client = sandbox.client();
    for _ in 0..100 {
        let burst = futures_util::future::join_all((0..10).map(|_| client.agency_balance())).await;
        for balance in burst {
            let balance = balance.expect("the balance");
            assert_eq!(balance.agency_type, AgencyType::Credit);
            assert_eq!(balance.cash_balance.to_string(), "15234.75");
        }
        sandbox.clock.advance(TimeDelta::seconds(860)); // 100 × 14⅓ min ≈ 23 h 53 min
    }
    assert_eq!(sandbox.clock.now().with_timezone(&india()).format("%d %H:%M").to_string(), "23 23:56");
    assert_eq!(sandbox.authentications().await, 1, "one token for the whole day");
    assert_eq!(sandbox.stats().await["calls"]["POST /tbo/SharedData.svc/rest/GetAgencyBalance"], 1000);
}

#[tokio::test]
async fn a_restart_on_the_same_day_keeps_the_token() {
    let sandbox = Sandbox::start(at(23, 9, 0)).await;
    let cache: Arc<dyn TokenCache> = Arc::new(MemoryCache::default());
    sandbox.client_with(cache.clone()).agency_balance().await.expect("first run");
    sandbox.clock.advance(TimeDelta::hours(3));
    sandbox.client_with(cache.clone()).agency_balance().await.expect("second run, same day");
    assert_eq!(sandbox.authentications().await, 1, "the kept token serves the second run");
    sandbox.clock.advance(TimeDelta::hours(13)); // the 24th, 01:00
    sandbox.client_with(cache).agency_balance().await.expect("next day");
    assert_eq!(sandbox.authentications().await, 2, "a new day, a new token");
}

#[tokio::test]
async fn midnight_new_work_after_0002_gets_a_new_token_and_work_under_way_finishes_with_the_old() {
    let sandbox = Sandbox::start(at(23, 23, 59)).await;
    let client = sandbox.client();
    let booking = client.begin().await.expect("a booking starts at 23:59");
    client.agency_balance_with(&booking).await.expect("a step at 23:59");

    sandbox.clock.set(at(24, 0, 1));
    let grace = client.begin().await.expect("new work at 00:01");
    assert_eq!(grace.day, booking.day, "until 00:02 yesterday's token may still start work");
    assert_eq!(sandbox.authentications().await, 1);

    sandbox.clock.set(at(24, 0, 3));
    let new_work = client.begin().await.expect("new work at 00:03");
    assert_eq!(
        new_work.day,
        booking.day.succ_opt().expect("a next day"),
        "after 00:02 new work gets today's token"
    );
    assert_eq!(sandbox.authentications().await, 2);
    client.agency_balance_with(&new_work).await.expect("today's token works");

    let refused = client.agency_balance_with(&booking).await;
    assert!(
        matches!(&refused, Err(e) if e.is_invalid_token()),
        "no new work with yesterday's token: {refused:?}"
    );
    client.logout(&booking).await.expect("the booking under way finishes with yesterday's token");
    client.agency_balance().await.expect("today's token is unaffected");
    assert_eq!(sandbox.authentications().await, 2);
}

#[tokio::test]
async fn a_kept_token_the_supplier_no_longer_knows_is_replaced_once() {
    let first = Sandbox::start(at(23, 10, 0)).await;
    let cache: Arc<dyn TokenCache> = Arc::new(MemoryCache::default());
    first.client_with(cache.clone()).agency_balance().await.expect("a token");
    let second = Sandbox::start(at(23, 11, 0)).await; // knows nothing of the first's tokens
    second.client_with(cache).agency_balance().await.expect("authenticates again and succeeds");
    assert_eq!(second.authentications().await, 1);
}

#[tokio::test]
async fn every_status_is_a_clear_error() {
    let sandbox = Sandbox::start(at(23, 12, 0)).await;
    let cases = [
        ("agent", "wrong", tbo::STAGING_CLIENT_ID, Status::InCorrectPassword, "password"),
        ("nobody", "sandbox", tbo::STAGING_CLIENT_ID, Status::InCorrectUserName, "user name"),
        ("expired", "sandbox", tbo::STAGING_CLIENT_ID, Status::PasswordExpired, "expired"),
        ("pending", "sandbox", tbo::STAGING_CLIENT_ID, Status::NotSet, "no answer"),
        ("agent", "sandbox", "SomeoneElse", Status::Failed, "ClientId"),
    ];
    for (user, password, client_id, expected, words) in cases {
        let mut config = sandbox.config(user, password);
        config.client_id = client_id.into();
        let client =
            Client::new(config, sandbox.clock.clone(), Arc::new(MemoryCache::default())).expect("a client");
        match client.authenticate().await {
            Err(error @ Error::NotAuthenticated { .. }) => {
                let Error::NotAuthenticated { status, .. } = &error else { unreachable!() };
                assert_eq!(*status, expected, "{user}/{client_id}");
                // The message, as the desk writes it for the agent.
                let (id, args) = error.message();
                let sentence = i18n::text(i18n::Language::English, id, &args);
                assert!(sentence.contains(words), "{expected:?}: {sentence}");
                let swedish = i18n::text(i18n::Language::Swedish, id, &args);
                assert!(!swedish.is_empty() && swedish != id, "{swedish}");
            }
            other => panic!("{user}: expected status {expected:?}, got {other:?}"),
        }
    }
    let member = sandbox.client().authenticate().await.expect("Successful");
    assert_eq!((member.first_name.as_str(), member.agency_id), ("Anna", 51_234));
}

#[tokio::test]
async fn a_redirect_is_not_followed() {
    // A server that answers every request with a redirect to somewhere else.
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("a port");
    let address = listener.local_addr().expect("an address");
    tokio::spawn(async move {
        use tokio::io::{AsyncReadExt, AsyncWriteExt};
        while let Ok((mut socket, _)) = listener.accept().await {
            let mut buffer = [0u8; 4096];
            let _ = socket.read(&mut buffer).await;
            let reply = "HTTP/1.1 302 Found\r\nLocation: https://elsewhere.example/rest/\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
            let _ = socket.write_all(reply.as_bytes()).await;
        }
    });
    let config = Config::new(
        format!("http://{address}/SharedData.svc/rest/").parse().expect("a URL"),
        tbo::STAGING_CLIENT_ID,
        "agent",
        SecretString::from("sandbox".to_owned()),
        "192.0.2.10",
    );
    let client =
        Client::new(config, Arc::new(ManualClock::new(at(23, 9, 0))), Arc::new(MemoryCache::default()))
            .expect("a client");
    match client.authenticate().await {
        Err(error @ tbo::Error::Http { status: 302, .. }) => {
            assert!(error.to_string().contains("elsewhere.example"), "{error}")
        }
        other => panic!("a redirect is an error, got {other:?}"),
    }
}
