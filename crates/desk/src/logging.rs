//! Logging to a daily file in the app's log directory.
//!
//! Rules for everything that logs, here and in every crate after it:
//! - Never log a secret: passwords, tokens, card numbers (FOID), authorisation headers. Secrets
//!   are `secrecy::SecretString`, whose `Debug` is redacted; instrumented functions use
//!   `skip_all` and name the fields they record.
//! - Log what a support person needs to follow a booking: our ids (`bk_…`, `att_…`), supplier
//!   references, HTTP status codes and fault codes, durations.
//!
//! `RUST_LOG` overrides the default filter (`info` for the app, `warn` for the window toolkit).

use std::path::Path;

use tracing_appender::non_blocking::WorkerGuard;
use tracing_appender::rolling::{RollingFileAppender, Rotation};
use tracing_subscriber::layer::SubscriberExt;
use tracing_subscriber::util::SubscriberInitExt;
use tracing_subscriber::{EnvFilter, Layer, Registry};

use crate::{Error, Result};

/// Log files are named `transfer-desk.YYYY-MM-DD.log`.
pub const LOG_FILE_PREFIX: &str = "transfer-desk";
/// How many daily files are kept; older ones are deleted as new days begin.
pub const KEEP_DAYS: usize = 14;
/// The filter when `RUST_LOG` is not set.
const DEFAULT_FILTER: &str = "info,tao=warn,wry=warn,tauri=warn";

/// Keeps the background log writer alive; when it is dropped, buffered lines are flushed and
/// logging to the file stops. Hold it for the app's lifetime.
#[must_use = "dropping the guard stops file logging"]
pub struct LogGuard(#[allow(dead_code)] WorkerGuard);

/// Sends `tracing` events to a daily-rolling file in `log_dir` and to standard error.
pub fn init(log_dir: &Path) -> Result<LogGuard> {
    let (file_layer, guard) = file_layer(log_dir)?;
    let stderr_layer = tracing_subscriber::fmt::layer().with_writer(std::io::stderr).with_filter(filter());
    tracing_subscriber::registry()
        .with(file_layer)
        .with(stderr_layer)
        .try_init()
        .map_err(|error| Error::Logging(error.to_string()))?;
    Ok(guard)
}

/// Sends `tracing` events to the daily file only: the command line keeps standard error for
/// what it says to the person running it.
pub fn init_file(log_dir: &Path) -> Result<LogGuard> {
    let (file_layer, guard) = file_layer(log_dir)?;
    tracing_subscriber::registry()
        .with(file_layer)
        .try_init()
        .map_err(|error| Error::Logging(error.to_string()))?;
    Ok(guard)
}

/// The layer that writes to the daily file, and the guard that keeps its writer alive.
fn file_layer(log_dir: &Path) -> Result<(impl Layer<Registry> + Send + Sync, LogGuard)> {
    let appender = RollingFileAppender::builder()
        .rotation(Rotation::DAILY)
        .filename_prefix(LOG_FILE_PREFIX)
        .filename_suffix("log")
        .max_log_files(KEEP_DAYS)
        .build(log_dir)
        .map_err(|error| Error::Io {
            action: "desk-io-open-log",
            path: log_dir.to_owned(),
            source: std::io::Error::other(error),
        })?;
    let (writer, guard) = tracing_appender::non_blocking(appender);
    let layer = tracing_subscriber::fmt::layer().with_writer(writer).with_ansi(false).with_filter(filter());
    Ok((layer, LogGuard(guard)))
}

fn filter() -> EnvFilter {
    EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new(DEFAULT_FILTER))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn events_reach_a_dated_file_in_the_log_directory() {
        let dir = tempfile::tempdir().unwrap();
        let (layer, guard) = file_layer(dir.path()).unwrap();
        let subscriber = tracing_subscriber::registry().with(layer);
        tracing::subscriber::with_default(subscriber, || {
            tracing::info!(attempt = "att_123", "booking sent");
        });
        drop(guard); // flushes the background writer

        let files: Vec<_> = std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().path()).collect();
        assert_eq!(files.len(), 1, "one file per day, got {files:?}");
        let name = files[0].file_name().unwrap().to_string_lossy().into_owned();
        assert!(
            name.starts_with("transfer-desk.") && name.ends_with(".log"),
            "log files are named transfer-desk.DATE.log, got {name}"
        );
        let text = std::fs::read_to_string(&files[0]).unwrap();
        assert!(text.contains("booking sent") && text.contains("att_123"), "the event must be in the file");
        assert!(!text.contains('\u{1b}'), "no terminal colour codes in a log file");
    }
}
