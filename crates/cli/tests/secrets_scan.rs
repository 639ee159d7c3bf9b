//! Secrets and personal data at rest: `desk` on the test profile, with planted sentinel
//! credentials, a planted card number and `RUST_LOG=trace`, books (Arlanda Express with a card,
//! a FASTTRAK van), is refused, syncs, asks TBO's balance and cancels. Then every file in the
//! data directory (history and its WAL, the suppliers' state, settings, profiles, logs, the
//! encrypted secrets) and everything the commands printed is searched: no sentinel and no
//! unmasked card number may be there, and the files are this user's alone.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use chrono::{Duration, Utc};

const FTBOOK_PASSWORD: &str = "SENTINEL-ftbook-pw-5Qx";
const FASTTRAK_PASSWORD: &str = "SENTINEL-fasttrak-pw-8Kd";
const PARTNER_KEY: &str = "SENTINEL-partner-key-3Zr";
const TBO_PASSWORD: &str = "SENTINEL-tbo-pw-2Lw";
const TBO_TOKEN: &str = "SENTINELTBOTOKEN";
const PASSPHRASE: &str = "SENTINEL-passphrase-9Mv";
const CARD: &str = "CCVI4111111111111111";
const CARD_DIGITS: &str = "4111111111111111";

fn every_file(dir: &Path, found: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("a directory").flatten() {
        let path = entry.path();
        if path.is_dir() {
            every_file(&path, found);
        } else {
            found.push(path);
        }
    }
}

fn at(days: i64, hour: u32) -> String {
    let day = (Utc::now() + Duration::days(days)).date_naive();
    format!("{}T{hour:02}:00+01:00", day.format("%Y-%m-%d"))
}

#[tokio::test(flavor = "multi_thread")]
async fn no_secret_and_no_card_number_rests_anywhere_or_is_printed() {
    let data = tempfile::tempdir().expect("a directory");
    let data_dir = data.path().join("desk");
    std::fs::create_dir_all(&data_dir).expect("the data directory");
    let mut config = sandbox::Config::default();
    config.ftbook.password = FTBOOK_PASSWORD.into();
    config.ftbook.state_file = Some(data_dir.join("sandbox-ftbook.json"));
    config.fasttrak.password = FASTTRAK_PASSWORD.into();
    config.fasttrak.access_keys = vec![PARTNER_KEY.into()];
    config.fasttrak.state_file = Some(data_dir.join("sandbox-fasttrak.json"));
    config.tbo.password = TBO_PASSWORD.into();
    config.tbo.token_prefix = TBO_TOKEN.into();
    let running = sandbox::start(config).await.expect("the sandbox starts");
    let root = format!("http://{}", running.address());
    let profiles = serde_json::json!({
        "active": "test",
        "test": {
            "ftbook": {"baseUrl": "https://unused.invalid/", "username": "agent", "agencyOfficeId": "STOS12345",
                       "clientName": "Transfer Desk (scan)", "debitMethod": "AGENT"},
            "fasttrak": {"baseUrl": "https://unused.invalid/", "systemId": sandbox::fasttrak::SYSTEM_ID,
                         "username": "agent", "currency": "SEK", "timeZone": "Europe/Stockholm"},
            "tbo": {"baseUrl": "https://unused.invalid/", "clientId": sandbox::tbo::CLIENT_ID, "username": "agent",
                    "endUserIp": "127.0.0.1", "timeZone": "Asia/Kolkata"}
        }
    });
    std::fs::write(data_dir.join("profiles.json"), profiles.to_string()).expect("profiles");

    let run = |args: &[&str]| -> Output {
        Command::new(env!("CARGO_BIN_EXE_desk"))
            .args(["--profile", "test", "--sandbox-url", &root, "--json"])
            .args(args)
            .env("TRANSFER_DESK_DATA_DIR", &data_dir)
            .env("RUST_LOG", "trace")
            .env("DESK_FTBOOK_PASSWORD", FTBOOK_PASSWORD)
            .env("DESK_FASTTRAK_PASSWORD", FASTTRAK_PASSWORD)
            .env("DESK_FASTTRAK_ACCESS_KEY", PARTNER_KEY)
            .env("DESK_TBO_PASSWORD", TBO_PASSWORD)
            .env("DESK_SECRETS_PASSPHRASE", PASSPHRASE)
            .env_remove("DESK_PROFILE")
            .output()
            .expect("desk runs")
    };
    let passenger = ["--first-name", "Karin", "--last-name", "Öberg", "--phone", "+46 70-123 45 67"];
    let express = [
        "--from",
        "ARN",
        "--stop",
        "CST",
        "--service",
        "Train",
        "--arrival",
        &at(3, 14),
        "--product",
        "AEXP",
    ];
    let mut printed = Vec::new();
    let booked = run(&[&["book"][..], &express, &passenger, &["--foid", CARD]].concat());
    assert!(booked.status.success(), "booked: {}", String::from_utf8_lossy(&booked.stderr));
    let reply: serde_json::Value = serde_json::from_slice(&booked.stdout).expect("JSON");
    let ftresid = reply["booking"]["segments"][0]["segmentRef"].as_str().expect("an ftresid").to_owned();
    printed.push(booked);
    // Refused by the supplier, not locally: a flight's other end must be an airport code. The
    // attempt and its faults are journalled with the card in the draft.
    let bad_flight = ["--flight", "SK1", "--flight-from", "12", "--flight-time", &at(3, 12), "--foid", CARD];
    let refused = run(&[&["book"][..], &express, &passenger, &bad_flight].concat());
    assert_eq!(refused.status.code(), Some(1), "refused: {}", String::from_utf8_lossy(&refused.stderr));
    assert!(
        String::from_utf8_lossy(&refused.stderr).contains("1288"),
        "{}",
        String::from_utf8_lossy(&refused.stderr)
    );
    printed.push(refused);
    let van =
        ["--supplier", "fasttrak", "--vehicle", "Van", "--from", "Sveavägen 10, Stockholm", "--to", "ARN"];
    let fasttrak = run(&[&["book"][..], &van, &["--pickup", &at(2, 7)], &passenger].concat());
    assert!(fasttrak.status.success(), "FASTTRAK: {}", String::from_utf8_lossy(&fasttrak.stderr));
    printed.push(fasttrak);
    let balance = run(&["tbo", "balance"]);
    assert!(balance.status.success(), "TBO: {}", String::from_utf8_lossy(&balance.stderr));
    printed.push(balance);
    for args in [&["sync"][..], &["cancel", &ftresid], &["history", "oberg"], &["show", &ftresid]] {
        let output = run(args);
        assert!(output.status.success(), "{args:?}: {}", String::from_utf8_lossy(&output.stderr));
        printed.push(output);
    }
    running.stop().await;

    let sentinels =
        [FTBOOK_PASSWORD, FASTTRAK_PASSWORD, PARTNER_KEY, TBO_PASSWORD, TBO_TOKEN, PASSPHRASE, CARD_DIGITS];
    let mut files = Vec::new();
    every_file(&data_dir, &mut files);
    let names: Vec<String> =
        files.iter().filter_map(|f| f.file_name()).map(|n| n.to_string_lossy().into_owned()).collect();
    for expected in
        ["history.sqlite3", "sandbox-ftbook.json", "sandbox-fasttrak.json", "profiles.json", "secrets.enc"]
    {
        assert!(names.iter().any(|n| n == expected), "{expected} was written: {names:?}");
    }
    let log = files
        .iter()
        .find(|f| f.file_name().is_some_and(|n| n.to_string_lossy().starts_with("transfer-desk.")))
        .expect("a log was written");
    let log = std::fs::read_to_string(log).expect("the log");
    assert!(
        log.contains("ftbook call") && log.contains("TRACE"),
        "the log is at trace level: {} bytes",
        log.len()
    );
    for file in &files {
        let bytes = std::fs::read(file).expect("readable");
        let text = String::from_utf8_lossy(&bytes);
        for sentinel in sentinels {
            assert!(!text.contains(sentinel), "{} holds {sentinel}", file.display());
        }
    }
    for (i, output) in printed.iter().enumerate() {
        for stream in [&output.stdout, &output.stderr] {
            let text = String::from_utf8_lossy(stream);
            for sentinel in sentinels {
                assert!(!text.contains(sentinel), "command {i} printed {sentinel}: {text}");
            }
        }
    }
    let history = std::fs::read(data_dir.join("history.sqlite3")).expect("the history");
    assert!(String::from_utf8_lossy(&history).contains("CCVI411111XXXXXX1111"), "the card rests masked");

    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = |path: &Path| std::fs::metadata(path).expect("exists").permissions().mode() & 0o777;
        assert_eq!(mode(&data_dir), 0o700, "the data directory");
        for name in [
            "history.sqlite3",
            "history.sqlite3-wal",
            "secrets.enc",
            "sandbox-ftbook.json",
            "sandbox-fasttrak.json",
        ] {
            let path = data_dir.join(name);
            if path.exists() {
                assert_eq!(mode(&path), 0o600, "{name}");
            }
        }
    }
}
