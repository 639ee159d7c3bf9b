//! A desk on the sandbox profile, in a temporary data directory.
#![allow(dead_code)] // each test file uses its own subset

use std::sync::Arc;

use chrono::{DateTime, Duration, FixedOffset, Utc};
use desk::quotes::{Place, TripRequest, When};
use desk::secrets::Memory;
use desk::{AppPaths, Core, Language, Options, Profile, Sandbox, UrlOverrides};

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
    }
}
