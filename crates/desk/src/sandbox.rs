//! The sandbox profile: the simulated suppliers started inside the app, on a free loopback port,
//! with their bookings kept in the data directory so training work survives a restart.

use crate::{AppPaths, Error, Result};

/// Name of the sandbox's FTBook state file in the data directory.
pub const FTBOOK_STATE_FILE: &str = "sandbox-ftbook.json";
/// Name of the sandbox's FASTTRAK state file in the data directory.
pub const FASTTRAK_STATE_FILE: &str = "sandbox-fasttrak.json";

/// The running sandbox. Dropping it stops the servers.
pub struct Sandbox {
    running: sandbox::Running,
}

impl Sandbox {
    /// Starts the sandbox for an app whose files are under `paths`.
    pub async fn start(paths: &AppPaths) -> Result<Self> {
        Sandbox::start_with(paths, |_| {}).await
    }

    /// Starts the sandbox with changes to its configuration (tests: latency, dropped replies).
    pub async fn start_with(paths: &AppPaths, configure: impl FnOnce(&mut sandbox::Config)) -> Result<Self> {
        let mut config = sandbox::Config::default();
        config.ftbook.state_file = Some(paths.data_dir.join(FTBOOK_STATE_FILE));
        config.fasttrak.state_file = Some(paths.data_dir.join(FASTTRAK_STATE_FILE));
        configure(&mut config);
        let running = sandbox::start(config).await.map_err(|error| Error::Sandbox(error.to_string()))?;
        tracing::info!(ftbook = %running.ftbook_url(), fasttrak = %running.fasttrak_url(), tbo = %running.tbo_url(), "sandbox started");
        Ok(Sandbox { running })
    }

    /// The simulated FTBook's API root (`http://127.0.0.1:PORT/ftbook/rest/v1/`).
    pub fn ftbook_url(&self) -> String {
        self.running.ftbook_url()
    }

    /// The simulated FASTTRAK's API root (`http://127.0.0.1:PORT/fasttrak/api/`).
    pub fn fasttrak_url(&self) -> String {
        self.running.fasttrak_url()
    }

    /// The sandbox's counters (`/_sandbox/stats`).
    pub fn stats_url(&self) -> String {
        self.running.stats_url()
    }

    /// What the bookings under an Amadeus locator asked FTBook to write into that PNR.
    pub fn write_back_url(&self, locator: &str) -> String {
        self.running.write_back_url(locator)
    }

    /// The simulated TBO's REST root (`http://127.0.0.1:PORT/tbo/SharedData.svc/rest/`).
    pub fn tbo_url(&self) -> String {
        self.running.tbo_url()
    }
}

impl std::fmt::Debug for Sandbox {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Sandbox").field("address", &self.running.address()).finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn the_sandbox_listens_on_loopback_and_keeps_its_state_in_the_data_directory() {
        let dir = tempfile::tempdir().unwrap();
        let paths = AppPaths::in_dir(dir.path());
        let sandbox = Sandbox::start(&paths).await.unwrap();
        assert!(sandbox.ftbook_url().starts_with("http://127.0.0.1:"), "{}", sandbox.ftbook_url());
        let address = sandbox.running.address();
        tokio::net::TcpStream::connect(address).await.expect("it accepts connections");
        drop(sandbox);
        assert!(!dir.path().join(FTBOOK_STATE_FILE).exists(), "nothing is written until something is booked");
        assert!(!dir.path().join(FASTTRAK_STATE_FILE).exists(), "nor for FASTTRAK");
    }
}
