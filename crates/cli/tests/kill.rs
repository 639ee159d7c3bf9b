//! kill -9 at every step: `desk book` and `desk cancel` as child processes, killed when the
//! journal shows a chosen event (journalled, booking created, segment created, confirmed) or at
//! a random moment; some trials start two processes on one data directory at once. Then
//! `desk reconcile`, and the invariants of `desk::audit` against the sandbox's own state.
//!
//! `KILL_TRIALS` sets the number of trials (100 by default).

use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use chrono::Utc;

const EVENTS: [&str; 4] = ["journalled", "booking_created", "segment_created", "confirmed"];

fn at(days: i64, hour: u32) -> String {
    let day = (Utc::now() + chrono::Duration::days(days)).date_naive();
    format!("{}T{hour:02}:00+01:00", day.format("%Y-%m-%d"))
}

struct Setup {
    data: std::path::PathBuf,
    root: String,
}

impl Setup {
    fn command(&self, args: &[String]) -> Command {
        let mut command = Command::new(env!("CARGO_BIN_EXE_desk"));
        command
            .args(["--sandbox-url", &self.root])
            .args(args)
            .env("TRANSFER_DESK_DATA_DIR", &self.data)
            .env_remove("DESK_PROFILE")
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        command
    }

    fn book(&self, trial: usize) -> Child {
        let day = 2 + (trial % 5) as i64;
        let args: Vec<String> = [
            "book",
            "--from",
            "Drottningholmsvägen 37, Stockholm",
            "--to",
            "ARN",
            "--departure",
            &at(day, 9),
            "--product",
            "VTAX",
            "--first-name",
            "Karin",
            "--last-name",
            "Öberg",
            "--phone",
            "0701234567",
            "--flight",
            "SK1415",
            "--flight-to",
            "GOT",
            "--flight-time",
            &at(day, 10),
            "--amadeus",
            &format!("KL{:04}", trial / 2),
        ]
        .iter()
        .map(|s| (*s).to_owned())
        .collect();
        self.command(&args).spawn().expect("desk book starts")
    }
}

/// The newest attempt id and whether it has recorded `event`, read beside the running process.
fn newest(history: &std::path::Path, event: &str) -> (i64, bool) {
    let Ok(db) = rusqlite::Connection::open_with_flags(history, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
    else {
        return (0, false);
    };
    let id: i64 =
        db.query_row("SELECT COALESCE(MAX(id), 0) FROM attempts", [], |row| row.get(0)).unwrap_or(0);
    let seen = db
        .query_row(
            "SELECT COUNT(*) FROM attempt_events WHERE attempt_id = ?1 AND event = ?2",
            rusqlite::params![id, event],
            |row| row.get::<_, i64>(0),
        )
        .unwrap_or(0)
        > 0;
    (id, seen)
}

#[tokio::test(flavor = "multi_thread")]
async fn killed_at_every_step_nothing_is_lost_or_doubled() {
    let trials: usize = std::env::var("KILL_TRIALS").ok().and_then(|n| n.parse().ok()).unwrap_or(100);
    let dir = tempfile::tempdir().expect("a directory");
    let state = dir.path().join("supplier");
    std::fs::create_dir_all(&state).expect("the supplier's directory");
    let mut config = sandbox::Config::default();
    config.ftbook.state_file = Some(state.join("ftbook.json"));
    config.fasttrak.state_file = Some(state.join("fasttrak.json"));
    let running = sandbox::start(config).await.expect("the sandbox starts");
    let setup = Setup { data: dir.path().join("desk"), root: format!("http://{}", running.address()) };
    std::fs::create_dir_all(&setup.data).expect("the data directory");
    let history = setup.data.join(desk::core::HISTORY_FILE);

    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut roll = |n: u64| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed % n
    };
    let (mut killed, mut busy) = (0, 0);
    for trial in 0..trials {
        if trial % 10 == 9 {
            // Two processes on one data directory: one of them is refused, never both writing.
            let (mut a, mut b) = (setup.book(trial), setup.book(trial + 1));
            let (ra, rb) = (a.wait().expect("ends"), b.wait().expect("ends"));
            busy += [ra, rb].iter().filter(|r| r.code() == Some(3)).count();
            continue;
        }
        if trial % 7 == 6 {
            // A cancellation of a trip the supplier has, killed at a random moment.
            let trips = std::fs::read(state.join("ftbook.json"))
                .ok()
                .and_then(|bytes| serde_json::from_slice::<serde_json::Value>(&bytes).ok())
                .and_then(|v| v["segments"].as_object().cloned())
                .unwrap_or_default();
            if let Some(ftresid) = trips
                .values()
                .filter(|s| s["cancelled"] == false)
                .filter_map(|s| s["ftresid"].as_str())
                .next()
            {
                let mut child = setup
                    .command(&["cancel".to_owned(), ftresid.to_owned()])
                    .spawn()
                    .expect("desk cancel starts");
                std::thread::sleep(Duration::from_millis(roll(150)));
                if child.try_wait().ok().flatten().is_none() {
                    let _ = child.kill();
                    killed += 1;
                }
                let _ = child.wait();
            }
            continue;
        }
        let (before, _) = newest(&history, "journalled");
        let mut child = setup.book(trial);
        let choice = roll(EVENTS.len() as u64 + 1) as usize;
        let started = Instant::now();
        if let Some(event) = EVENTS.get(choice) {
            // Kill the moment the journal shows the event (or when the process ends first).
            loop {
                let (id, seen) = newest(&history, event);
                if (id > before && seen) || child.try_wait().ok().flatten().is_some() {
                    break;
                }
                if started.elapsed() > Duration::from_secs(20) {
                    break;
                }
                std::thread::sleep(Duration::from_millis(1));
            }
        } else {
            std::thread::sleep(Duration::from_millis(roll(250)));
        }
        if child.try_wait().ok().flatten().is_none() {
            let _ = child.kill();
            killed += 1;
        }
        let _ = child.wait();
    }

    for _ in 0..2 {
        let output = setup
            .command(&["reconcile".to_owned()])
            .env("DESK_COMMIT_WINDOW_MS", "0")
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .output()
            .expect("desk reconcile runs");
        assert!(
            output.status.success(),
            "reconcile: {:?} {}",
            output.status,
            String::from_utf8_lossy(&output.stderr)
        );
    }
    let read = |file: &str| -> serde_json::Value {
        std::fs::read(state.join(file))
            .ok()
            .and_then(|bytes| serde_json::from_slice(&bytes).ok())
            .unwrap_or(serde_json::Value::Null)
    };
    let history = history::History::open(&history).expect("the history");
    let report = desk::audit::audit(&history, "sandbox", &read("ftbook.json"), &read("fasttrak.json"))
        .expect("audited");
    println!("{trials} trials, {killed} killed, {busy} refused as busy: {}", report.line(0));
    assert!(killed > trials / 3, "processes were killed: {killed}");
    assert!(report.clean(), "{:#?}", report.problems);
    running.stop().await;
}
