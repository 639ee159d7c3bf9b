//! One app per data directory: a second start hands over to the first (which focuses its
//! window) and ends at once; an app on another data directory is its own.

use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use e2e::{Prerequisites, STEP_TIMEOUT};

fn start(app: &Path, data_dir: &Path) -> Child {
    Command::new(app)
        .env("TRANSFER_DESK_DATA_DIR", data_dir)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("the app starts")
}

/// Everything the app logged under `data_dir` so far.
fn log(data_dir: &Path) -> String {
    let Ok(entries) = std::fs::read_dir(data_dir.join("logs")) else { return String::new() };
    entries.flatten().filter_map(|e| std::fs::read_to_string(e.path()).ok()).collect()
}

fn wait_for(what: &str, mut done: impl FnMut() -> bool) {
    let deadline = Instant::now() + STEP_TIMEOUT;
    while !done() {
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(100));
    }
}

#[test]
#[ignore = "end-to-end: needs a display and a D-Bus session; run `make e2e`"]
fn a_second_start_on_the_same_data_directory_focuses_the_first_and_ends() {
    let Some(prerequisites) = Prerequisites::find_or_skip() else {
        return;
    };
    if std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_none() {
        eprintln!("SKIPPED: no D-Bus session (run under dbus-run-session, as `make e2e` does)");
        return;
    }
    let dir = tempfile::tempdir().expect("a data directory");
    let mut first = start(&prerequisites.app, dir.path());
    wait_for("the first app to start", || log(dir.path()).contains("Transfer Desk is running"));

    let started = Instant::now();
    let mut second = start(&prerequisites.app, dir.path());
    let mut status = None;
    wait_for("the second start to end", || {
        status = second.try_wait().expect("a status");
        status.is_some()
    });
    assert!(status.is_some_and(|s| s.success()), "handed over, not failed: {status:?}");
    wait_for("the first app to focus its window", || log(dir.path()).contains("focusing the window"));
    assert!(first.try_wait().expect("a status").is_none(), "the first app keeps running");
    eprintln!("second start handed over in {} ms", started.elapsed().as_millis());

    // Another data directory is another desk: it starts its own window.
    let other = tempfile::tempdir().expect("another data directory");
    let mut third = start(&prerequisites.app, other.path());
    wait_for("the other desk to start", || log(other.path()).contains("Transfer Desk is running"));
    assert!(third.try_wait().expect("a status").is_none(), "not handed over to the first");

    for child in [&mut first, &mut third] {
        let _ = child.kill();
        let _ = child.wait();
    }
}
