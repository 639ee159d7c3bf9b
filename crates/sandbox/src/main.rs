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
sandbox: simulated FTBook, FASTTRAK and TBO on loopback, with Swedish training data

USAGE: sandbox [OPTIONS]

OPTIONS:
  --port N              port on 127.0.0.1 (default 0: any free port)
  --state FILE          keep FTBook bookings in FILE so they survive a restart
  --fasttrak-state FILE keep FASTTRAK quotes and reservations in FILE
  --token-seconds N     FASTTRAK access-token lifetime (default 1800)
  --session-seconds N   FASTTRAK session limit for refreshes (default 43200)
  --grant-all           FASTTRAK grants customers and companies too
  --user NAME           Basic-auth user name (default agent)
  --password TEXT       Basic-auth password (default sandbox)
  --faults-object       write faults as {\"faults\": [...]} instead of a bare array
  --latency-ms N        add N ms to every reply
  --failure-rate R      answer a share R (0-1) of calls with HTML 503
  --drop-after-commit   commit creates, then drop the connection before replying
  --server-error-after-commit
                        commit creates, then answer 503 with a fault body (500)
  --drop-before-commit  drop creates and cancellations without carrying them out
  --late-segment-commit-ms MS
                        drop a segment's reply and commit it MS milliseconds later
  --empty-look-ups      answer FTBook's segment look-ups 204 and FASTTRAK's
                        reservation searches empty, whatever they hold
  -h, --help            this text

FTBook: the login `locked` (with the password) is refused with fault 4701; the login `partner`
is a second agency that sees none of the first one's bookings and may book taxis only.
FASTTRAK: headers Partner-Access-Key sandbox-partner-key-primary, Partner-Api-Version v2.2,
System-Id 5e0c6a3b-7f1d-4c2a-9b8e-3d4f5a6b7c8d; user agent / sandbox (`locked`, `expired`).
TBO: ClientId ApiIntegrationNew, user agent / sandbox (`expired`, `pending`); day in UTC+05:30.
Counters of calls, logins and authentications: GET /_sandbox/stats.";

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
            "--server-error-after-commit" => config.ftbook.knobs.server_error_after_commit = true,
            "--drop-before-commit" => config.ftbook.knobs.drop_before_commit = true,
            "--empty-look-ups" => {
                config.ftbook.knobs.empty_look_ups = true;
                config.fasttrak.empty_look_ups = true;
            }
            "--late-segment-commit-ms" => {
                let ms: u64 = value("--late-segment-commit-ms")?
                    .parse()
                    .map_err(|_| "--late-segment-commit-ms takes milliseconds")?;
                config.ftbook.knobs.late_segment_commit = Some(Duration::from_millis(ms));
            }
            "--fasttrak-state" => {
                config.fasttrak.state_file = Some(PathBuf::from(value("--fasttrak-state")?))
            }
            "--token-seconds" => {
                let seconds: u64 =
                    value("--token-seconds")?.parse().map_err(|_| "--token-seconds takes seconds")?;
                config.fasttrak.access_lifetime = Duration::from_secs(seconds.max(1));
            }
            "--session-seconds" => {
                let seconds: u64 =
                    value("--session-seconds")?.parse().map_err(|_| "--session-seconds takes seconds")?;
                config.fasttrak.session_limit = Duration::from_secs(seconds.max(1));
            }
            "--grant-all" => {
                config.fasttrak.grants.customers = true;
                config.fasttrak.grants.companies = true;
            }
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
    println!("FTBook    {}  (Basic auth agent / sandbox)", running.ftbook_url());
    println!("FASTTRAK  {}  (agent / sandbox)", running.fasttrak_url());
    println!("TBO       {}  (agent / sandbox)", running.tbo_url());
    println!("Counters  {}", running.stats_url());
    println!("Stop with Ctrl+C.");
    let _ = tokio::signal::ctrl_c().await;
    running.stop().await;
    ExitCode::SUCCESS
}
