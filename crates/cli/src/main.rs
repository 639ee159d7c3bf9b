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
mod input;
mod open;
mod output;
mod run;

use std::process::ExitCode;

use clap::Parser;

#[tokio::main]
async fn main() -> ExitCode {
    let cli = args::Cli::parse();
    // The same daily log as the app's (RUST_LOG sets the level); the log is for support, so a
    // command that cannot open it still runs.
    let _log = desk::AppPaths::resolve()
        .and_then(|paths| paths.create().map(|()| paths))
        .and_then(|paths| desk::logging::init_file(&paths.log_dir));
    match run::run(cli).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => {
            eprintln!("{}", failure.text);
            ExitCode::from(failure.code)
        }
    }
}
