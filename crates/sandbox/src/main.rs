//! `sandbox`: the simulated suppliers as a standalone server on loopback.
//!
//!     cargo run -p sandbox -- --port 18080 --state sandbox.json
//!
//! Prints the address it listens on, then serves until Ctrl+C.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use sandbox::ftbook::reply::FaultShape;

const USAGE: &str = "\
sandbox: simulated FTBook on loopback, with Swedish training data

USAGE: sandbox [OPTIONS]

OPTIONS:
  --port N              port on 127.0.0.1 (default 0: any free port)
  --state FILE          keep bookings in FILE so they survive a restart
  --user NAME           Basic-auth user name (default agent)
  --password TEXT       Basic-auth password (default sandbox)
  --faults-object       write faults as {\"faults\": [...]} instead of a bare array
  --latency-ms N        add N ms to every reply
  --failure-rate R      answer a share R (0-1) of calls with HTML 503
  --drop-after-commit   commit creates, then drop the connection before replying
  -h, --help            this text

The login `locked` (with the password) is refused with fault 4701; the login `partner`
is a second agency that sees none of the first one's bookings and may book taxis only.";

fn parse(args: &[String]) -> Result<sandbox::Config, String> {
    let mut config = sandbox::Config::default();
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        let mut value = |name: &str| args.next().cloned().ok_or(format!("{name} needs a value"));
        match arg.as_str() {
            "--port" => {
                config.port = value("--port")?.parse().map_err(|_| "--port takes a number from 0 to 65535")?
            }
            "--state" => config.ftbook.state_file = Some(PathBuf::from(value("--state")?)),
            "--user" => config.ftbook.username = value("--user")?,
            "--password" => config.ftbook.password = value("--password")?,
            "--faults-object" => config.ftbook.fault_shape = FaultShape::Wrapped,
            "--latency-ms" => {
                let ms: u64 =
                    value("--latency-ms")?.parse().map_err(|_| "--latency-ms takes milliseconds")?;
                config.ftbook.knobs.latency = Duration::from_millis(ms);
            }
            "--failure-rate" => {
                let rate: f64 = value("--failure-rate")?
                    .parse()
                    .map_err(|_| "--failure-rate takes a number from 0 to 1")?;
                if !(0.0..=1.0).contains(&rate) {
                    return Err("--failure-rate takes a number from 0 to 1".into());
                }
                config.ftbook.knobs.failure_rate = rate;
            }
            "--drop-after-commit" => config.ftbook.knobs.drop_after_commit = true,
            other => return Err(format!("unknown option {other}")),
        }
    }
    Ok(config)
}

#[tokio::main]
async fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.iter().any(|a| a == "-h" || a == "--help") {
        println!("{USAGE}");
        return ExitCode::SUCCESS;
    }
    let config = match parse(&args) {
        Ok(config) => config,
        Err(problem) => {
            eprintln!("sandbox: {problem}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let running = match sandbox::start(config).await {
        Ok(running) => running,
        Err(error) => {
            eprintln!("sandbox: could not start: {error}");
            return ExitCode::FAILURE;
        }
    };
    println!("FTBook sandbox listening on {}", running.ftbook_url());
    println!("Basic auth: agent / sandbox. Stop with Ctrl+C.");
    let _ = tokio::signal::ctrl_c().await;
    running.stop().await;
    ExitCode::SUCCESS
}
