//! `desk`: Transfer Desk's core on the command line. See `desk --help`.

/// `println!` that does not panic when the reader has gone (`desk history | head`).
macro_rules! say {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stdout(), $($arg)*);
    }};
}

mod args;
mod book;
mod documents;
mod input;
mod open;
mod output;
mod pnr;
mod run;
mod words;

use std::process::ExitCode;

use clap::Parser;

#[tokio::main]
async fn main() -> ExitCode {
    let cli = args::Cli::parse();
    // The same daily log as the app's (RUST_LOG sets the level); the log is for support, so a
    // command that cannot open it still runs.
    let paths = desk::AppPaths::resolve().and_then(|paths| paths.create().map(|()| paths));
    let _log = paths.as_ref().ok().map(|paths| desk::logging::init_file(&paths.log_dir));
    // The language first, so that every line printed (a bad --lang's too) is in one language.
    let told = cli.global.lang.as_deref().map(desk::settings::language);
    words::settle(told.as_ref().and_then(|told| told.as_ref().ok()).copied(), paths.as_ref().ok());
    let done = match told {
        Some(Err(error)) => Err(input::Failure::from(error).exit(2)),
        _ => run::run(cli).await,
    };
    match done {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => {
            eprintln!("{}", failure.text());
            ExitCode::from(failure.code)
        }
    }
}
