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
mod output;
mod run;

use std::process::ExitCode;

use clap::Parser;

#[tokio::main]
async fn main() -> ExitCode {
    let cli = args::Cli::parse();
    match run::run(cli).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => {
            eprintln!("{}", failure.text);
            ExitCode::from(failure.code)
        }
    }
}
