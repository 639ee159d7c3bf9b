//! Transfer Desk's sandbox: simulations of the suppliers' APIs on loopback, with Swedish
//! training data, so agents can train and tests can run without a supplier or credentials.
//!
//! It shares nothing with the client crates but JSON over HTTP: a test in which a client and the
//! sandbox agree proves the wire format, not a shared type.
//!
//! Three suppliers on one port: FTBook ([`ftbook`]), FASTTRAK ([`fasttrak`]) and TBO
//! ([`tbo`]), on the places of [`places`] with coordinates from [`geo`], and counters of what
//! clients did at [`stats::PATH`]; what bookings asked FTBook to write into an Amadeus PNR at
//! [`ftbook::write_back::PATH`].

pub mod chaos;
pub mod fasttrak;
pub mod ftbook;
pub mod geo;
mod number;
pub mod places;
mod places_data;
mod state_file;
pub mod stats;
pub mod tbo;

use std::sync::Arc;

use std::net::{Ipv4Addr, SocketAddr};

use tokio::net::TcpListener;
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

/// How to run the sandbox.
#[derive(Debug, Clone, Default)]
pub struct Config {
    /// The loopback port; 0 picks a free one.
    pub port: u16,
    /// The FTBook simulation.
    pub ftbook: ftbook::Config,
    /// The FASTTRAK simulation.
    pub fasttrak: fasttrak::Config,
    /// The TBO simulation.
    pub tbo: tbo::Config,
}

/// A running sandbox. Dropping it stops the server.
pub struct Running {
    address: SocketAddr,
    stop: Option<oneshot::Sender<()>>,
    task: Option<JoinHandle<()>>,
}

impl Running {
    /// The address it listens on.
    pub fn address(&self) -> SocketAddr {
        self.address
    }

    /// FTBook's API root (`http://127.0.0.1:PORT/ftbook/rest/v1/`).
    pub fn ftbook_url(&self) -> String {
        format!("http://{}{}/", self.address, ftbook::PREFIX)
    }

    /// FASTTRAK's API root (`http://127.0.0.1:PORT/fasttrak/api/`).
    pub fn fasttrak_url(&self) -> String {
        format!("http://{}{}/", self.address, fasttrak::PREFIX)
    }

    /// TBO SharedData's REST root (`http://127.0.0.1:PORT/tbo/SharedData.svc/rest/`).
    pub fn tbo_url(&self) -> String {
        format!("http://{}{}/", self.address, tbo::PREFIX)
    }

    /// The counters (`http://127.0.0.1:PORT/_sandbox/stats`).
    pub fn stats_url(&self) -> String {
        format!("http://{}{}", self.address, stats::PATH)
    }

    /// The page of what the bookings under an Amadeus locator asked FTBook to write into it
    /// ([`ftbook::write_back`]).
    pub fn write_back_url(&self, locator: &str) -> String {
        format!("http://{}{}", self.address, ftbook::write_back::PATH.replace("{locator}", locator))
    }

    /// Stops the server and waits until it has.
    pub async fn stop(mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(task) = self.task.take() {
            let _ = task.await;
        }
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
    }
}

/// Starts the sandbox on loopback. Only loopback: the sandbox is never reachable from another
/// machine.
pub async fn start(config: Config) -> anyhow::Result<Running> {
    let stats = Arc::new(stats::Stats::default());
    let router = ftbook::router(config.ftbook, stats.clone())?
        .merge(fasttrak::router(config.fasttrak, stats.clone())?)
        .merge(tbo::router(config.tbo, stats.clone()))
        .route_layer(axum::middleware::from_fn_with_state(stats.clone(), stats::count))
        .merge(axum::Router::new().route(stats::PATH, axum::routing::get(stats::serve)).with_state(stats));
    let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, config.port)).await?;
    let address = listener.local_addr()?;
    let (stop, stopped) = oneshot::channel::<()>();
    let task = tokio::spawn(async move {
        let serve = axum::serve(listener, router).with_graceful_shutdown(async {
            let _ = stopped.await;
        });
        if let Err(error) = serve.await {
            tracing::error!(%error, "the sandbox stopped with an error");
        }
    });
    tracing::info!(%address, "sandbox listening");
    Ok(Running { address, stop: Some(stop), task: Some(task) })
}
