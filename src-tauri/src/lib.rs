//! Transfer Desk's desktop shell.
//!
//! Thin on purpose: commands unpack their arguments, reach the core through managed state
//! (`app.desk()`), call `desk`, and map errors to `desk::CommandError`. No business rule lives
//! here. The app is assembled by [`app_builder`] on any [`Runtime`], so tests drive the real
//! commands through `tauri::test::mock_builder()` with no display.

pub mod commands;
mod display;
mod settings_store;
mod single;
mod state;

use std::process::ExitCode;

use desk::{AppPaths, Sandbox};
use tauri::{Builder, Context, Runtime};

pub use state::{Desk, DeskExt, Secrets};

/// Configures the app — plugins, managed state, commands — on any runtime.
pub fn app_builder<R: Runtime>(builder: Builder<R>, desk: Desk) -> Builder<R> {
    builder
        .plugin(tauri_plugin_store::Builder::default().build())
        .plugin(tauri_plugin_dialog::init())
        .manage(desk)
        .invoke_handler(commands::handler())
}

/// Starts the sandbox profile's simulated suppliers. A sandbox that cannot start is logged and
/// left out: the app still opens, and About shows no sandbox address.
fn start_sandbox(paths: &AppPaths) -> Option<Sandbox> {
    match tauri::async_runtime::block_on(Sandbox::start(paths)) {
        Ok(sandbox) => Some(sandbox),
        Err(error) => {
            tracing::error!(%error, "the sandbox did not start");
            None
        }
    }
}

/// Looks up, at the suppliers, every attempt a previous run left pending or unknown — the
/// active profile's and every other profile's — without holding up the window.
fn reconcile_in_background(desk: &Desk) {
    let mut cores = vec![desk.core()];
    cores.extend(desk.other_cores_with_open_attempts());
    tauri::async_runtime::spawn(async move {
        for core in cores {
            match core.reconcile_open().await {
                Ok(attempts) if attempts.is_empty() => {}
                Ok(attempts) => tracing::info!(
                    profile = core.profile().name(),
                    count = attempts.len(),
                    "attempts reconciled at start-up"
                ),
                Err(error) => tracing::warn!(%error, "attempts could not be reconciled at start-up"),
            }
        }
    });
}

/// The app's configuration, capabilities and embedded web UI, from `tauri.conf.json`.
/// A history read done on a blocking thread: its result, or the thread's end (a panic) as the
/// core's error, so it reaches the agent as a sentence.
pub(crate) fn joined<T>(done: Result<desk::Result<T>, tauri::Error>) -> desk::Result<T> {
    done.unwrap_or_else(|error| {
        Err(desk::Error::Invalid {
            said: desk::Said::new("desk-task-failed").with("detail", error),
            field: None,
        })
    })
}

pub fn context<R: Runtime>() -> Context<R> {
    tauri::generate_context!()
}

/// Builds the app and runs it until its last window closes; returns the exit code.
pub fn run_app<R: Runtime>(builder: Builder<R>, desk: Desk, context: Context<R>) -> tauri::Result<i32> {
    let app = app_builder(builder, desk).build(context)?;
    tracing::info!("Transfer Desk is running");
    Ok(app.run_return(|_, _| {}))
}

/// The binary's entry point: checks for a display, prepares the data and log directories,
/// starts logging, starts the sandbox and runs the app on the sandbox profile.
pub fn run() -> ExitCode {
    let paths = AppPaths::resolve().and_then(|paths| paths.create().map(|()| paths));
    // What is said before the window opens is said in the agent's language too.
    let language = desk::open::language(None, paths.as_ref().ok());
    let told = |id: &'static str, error: &desk::Error| {
        desk::Said::new(id).with("detail", error.message(language)).text(language)
    };
    if let Some(problem) = display::missing(language) {
        eprintln!("{problem}");
        return ExitCode::from(2);
    }
    let paths = match paths {
        Ok(paths) => paths,
        Err(error) => {
            eprintln!("{}", told("desk-app-not-started", &error));
            return ExitCode::FAILURE;
        }
    };
    // Held until the end of `run`, so the last lines reach the file before the process exits.
    let _log_guard = match desk::logging::init(&paths.log_dir) {
        Ok(guard) => Some(guard),
        Err(error) => {
            eprintln!("{}", told("desk-app-no-log", &error));
            None
        }
    };
    tracing::info!(
        version = env!("CARGO_PKG_VERSION"),
        data_dir = %paths.data_dir.display(),
        log_dir = %paths.log_dir.display(),
        "starting Transfer Desk"
    );
    // One process per data directory, taken before the sandbox touches its state files.
    // A second start of the app hands over to the first (which shows its window) and ends. When
    // no app answers, the holder may be one that is closing (started again at once) or a `desk`
    // command: it is given a few seconds to let go.
    let lock = match desk::lock::DataDirLock::acquire(&paths.data_dir) {
        Ok(lock) => lock,
        Err(_) => {
            single::hand_over(&paths.data_dir);
            match desk::lock::DataDirLock::acquire_within(&paths.data_dir, std::time::Duration::from_secs(5))
            {
                Ok(lock) => lock,
                Err(error) => {
                    tracing::error!(%error, "the data directory is in use");
                    eprintln!("{}", error.message(language));
                    return ExitCode::FAILURE;
                }
            }
        }
    };
    let profile = Desk::stored_profile(&paths);
    let sandbox = if profile == desk::Profile::Sandbox { start_sandbox(&paths) } else { None };
    let secrets = state::Secrets::detect(&paths.data_dir);
    let desk = match Desk::open(lock, paths, profile, sandbox, secrets) {
        Ok(desk) => desk,
        Err(error) => {
            tracing::error!(%error, "the desk could not open");
            eprintln!("{}", told("desk-app-no-history", &error));
            return ExitCode::FAILURE;
        }
    };
    reconcile_in_background(&desk);
    let context = context();
    let builder = tauri::Builder::default()
        .plugin(single::plugin(&context.config().identifier, &desk.paths().data_dir));
    match run_app(builder, desk, context) {
        Ok(code) => {
            tracing::info!(code, "Transfer Desk stopped");
            ExitCode::from(u8::try_from(code).unwrap_or(1))
        }
        Err(error) => {
            tracing::error!(%error, "Transfer Desk could not start its window");
            eprintln!("{}", desk::Said::new("desk-app-no-window").with("detail", error).text(language));
            ExitCode::FAILURE
        }
    }
}
