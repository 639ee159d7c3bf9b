//! A desk on the sandbox profile, in a temporary data directory.
#![allow(dead_code)] // each test file uses its own subset

use std::sync::Arc;

use chrono::{DateTime, Duration, FixedOffset, Utc};
use desk::booking::{FasttrakDraft, FtbookDraft};
use desk::quotes::{OfferKey, Place, TripRequest, When};
use desk::secrets::Memory;
use desk::{AppPaths, Core, Language, Options, Profile, Sandbox, UrlOverrides};
use ftbook::model::{Connection, ConnectionType, Identity, Passenger};
use history::Supplier;

pub struct Desk {
    pub dir: tempfile::TempDir,
    pub core: Core,
    pub stats_url: String,
}

pub async fn desk(configure: impl FnOnce(&mut sandbox::Config)) -> Desk {
    let dir = tempfile::tempdir().expect("a directory");
    let core = open(dir.path(), configure).await;
    Desk { stats_url: String::new(), dir, core }.with_stats()
}

impl Desk {
    fn with_stats(mut self) -> Self {
        self.stats_url = self.core.sandbox_stats_url().unwrap_or_default();
        self
    }

    pub async fn stats(&self) -> serde_json::Value {
        let body = reqwest::get(&self.stats_url).await.expect("stats").bytes().await.expect("a body");
        serde_json::from_slice(&body).expect("JSON")
    }
}

pub async fn open(dir: &std::path::Path, configure: impl FnOnce(&mut sandbox::Config)) -> Core {
    let paths = AppPaths::in_dir(dir);
    let sandbox = Sandbox::start_with(&paths, configure).await.expect("the sandbox starts");
    Core::open(Options {
        paths,
        profile: Profile::Sandbox,
        language: Language::English,
        overrides: UrlOverrides::default(),
        secrets: Arc::new(Memory::default()),
        credentials_from_env: false,
        sandbox: Some(sandbox),
    })
    .expect("the desk opens")
}

pub fn in_days(days: i64, hour: u32) -> DateTime<FixedOffset> {
    let date = (Utc::now() + Duration::days(days)).date_naive();
    let local = date.and_hms_opt(hour, 0, 0).expect("a valid hour");
    local.and_local_timezone(FixedOffset::east_opt(3600).expect("CET")).single().expect("unambiguous")
}

/// Drottningholmsvägen 37 to Arlanda for a flight in three days.
pub fn to_arlanda() -> TripRequest {
    TripRequest {
        from: Place::Street {
            name: "Drottningholmsvägen".into(),
            number: Some("37".into()),
            letter: None,
            city: Some("Stockholm".into()),
        },
        to: Place::Terminal { code: "ARN".into() },
        when: When::Connection { at: in_days(3, 9), arrival: false },
        passengers: 2,
        bags: 2,
        regular_taxi: false,
        service: Some("Taxi".into()),
        international: false,
        pickup: None,
    }
}

/// Karin Öberg, as the booking tests book her.
pub fn passenger() -> Passenger {
    Passenger {
        first_name: "Karin".into(),
        last_name: "Öberg".into(),
        phone: "+46 70-123 45 67".into(),
        email: Some("karin.oberg@example.se".into()),
        ..Passenger::default()
    }
}

/// SK1415 from Arlanda to Göteborg at 09:00, `days` from now.
pub fn flight(days: i64) -> Connection {
    Connection {
        kind: ConnectionType::Flight,
        number: "SK1415".into(),
        international: false,
        departure_date: Some(in_days(days, 9)),
        departure_code: "ARN".into(),
        departure_name: None,
        arrival_date: Some(in_days(days, 10)),
        arrival_code: "GOT".into(),
        arrival_name: None,
    }
}

/// Egen TAXI (VTAX) from the desk's quotes to Arlanda for the flight `days` from now, as a
/// draft under the Amadeus locator `locator`.
pub async fn egen_taxi_in(core: &desk::Core, locator: &str, days: i64) -> FtbookDraft {
    let mut trip = to_arlanda();
    trip.when = When::Connection { at: in_days(days, 9), arrival: false };
    let offers = core.quotes(&trip).await;
    let availability = offers
        .offers
        .iter()
        .find_map(|offer| match &offer.key {
            OfferKey::Ftbook { availability } if availability.product.code == "VTAX" => {
                Some(availability.clone())
            }
            _ => None,
        })
        .expect("Egen TAXI is offered");
    let mut draft = FtbookDraft::from_availability(&availability, passenger(), Some(flight(days)));
    if let Some(street) = draft.segment.start_node.street.as_mut() {
        street.number = Some(37);
    }
    draft.booking.identities =
        vec![Identity { system: "AMADEUS".into(), number: locator.into(), unique: None }];
    draft
}

/// [`egen_taxi_in`] three days from now.
pub async fn egen_taxi(core: &desk::Core, locator: &str) -> FtbookDraft {
    egen_taxi_in(core, locator, 3).await
}

/// What `book_ftbook` journals before sending, and nothing more: a process killed right after.
pub fn journal(core: &desk::Core, draft: &FtbookDraft) -> i64 {
    let locator = draft
        .booking
        .identities
        .iter()
        .find(|i| i.system == "AMADEUS")
        .map(|i| format!("AMADEUS:{}", i.number));
    core.history()
        .begin_attempt(
            "sandbox",
            Supplier::Ftbook,
            history::AttemptKind::Book,
            &serde_json::to_value(draft).expect("JSON"),
            history::Target { locator: locator.as_deref(), ..Default::default() },
        )
        .expect("journalled")
}

pub async fn van(core: &desk::Core) -> FasttrakDraft {
    let offers = core.quotes(&to_arlanda()).await;
    let (package, quote, pickup) = offers
        .offers
        .iter()
        .find_map(|offer| match &offer.key {
            OfferKey::Fasttrak { quote_package_id, quote_id, pickup } if offer.name == "Van" => {
                Some((*quote_package_id, *quote_id, *pickup))
            }
            _ => None,
        })
        .expect("a van is quoted");
    FasttrakDraft {
        quote_package_id: package,
        quote_id: quote,
        passenger: fasttrak::model::Passenger {
            name: "Olof Sjöberg".into(),
            phone_number: Some("+46701112233".into()),
            email_address: None,
        },
        pickup,
        reference_po: Some("PO-77".into()),
        cost_code: None,
        trip_notes: None,
        attempt_key: None,
    }
}

/// A client of the core's sandbox of its own: another party booking at FTBook (a process that
/// was killed, a resend), not the core.
pub fn ftbook_at_sandbox(core: &Core) -> ftbook::Client {
    let url = core.sandbox().expect("the sandbox runs").ftbook_url();
    let config = ftbook::Config::new(
        url.parse().expect("the sandbox's address"),
        "agent",
        secrecy::SecretString::from("sandbox".to_owned()),
    );
    ftbook::Client::new(config).expect("a client")
}
