//! Helpers shared by the sandbox's client tests.
#![allow(dead_code)] // each test file uses its own subset

use chrono::{DateTime, Duration, FixedOffset, Utc};
use ftbook::model::{Booking, DebitMethod, Passenger};
use ftbook::{Client, Config, SecretString, Url};

/// A sandbox on a free loopback port, and a client logged in to it.
pub async fn sandbox(ftbook: sandbox::ftbook::Config) -> (sandbox::Running, Client) {
    let running = sandbox::start(sandbox::Config { ftbook, ..sandbox::Config::default() })
        .await
        .expect("sandbox starts");
    let url = Url::parse(&running.ftbook_url()).expect("url");
    let client = Client::new(Config::new(url, "agent", SecretString::from("sandbox"))).expect("client");
    (running, client)
}

pub fn in_days(days: i64, hour: u32) -> DateTime<FixedOffset> {
    let date = (Utc::now() + Duration::days(days)).date_naive();
    let local = date.and_hms_opt(hour, 0, 0).expect("a valid hour");
    local.and_local_timezone(FixedOffset::east_opt(3600).expect("CET")).single().expect("unambiguous")
}

pub fn new_booking() -> Booking {
    Booking {
        agency_office_id: "STOS12345".into(),
        booking_date: Some(Utc::now().fixed_offset()),
        debit_method: Some(DebitMethod::Agent),
        ..Booking::default()
    }
}

pub fn passenger() -> Passenger {
    Passenger {
        first_name: "Karin".into(),
        last_name: "Öberg".into(),
        phone: "+46 70-123 45 67".into(),
        email: Some("karin.oberg@example.se".into()),
        unique_src: Some("TD:AGENT".into()),
        unique_id: Some("4711".into()),
        ..Passenger::default()
    }
}
