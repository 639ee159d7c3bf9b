//! Harness for end-to-end tests of the built `transfer-desk` binary.
//!
//! Each test starts its own `tauri-driver` (which drives the app through WebKitWebDriver) with
//! the app's files in a fresh temporary directory, and talks WebDriver to it with fantoccini.
//! The tests need a display, `tauri-driver` and `WebKitWebDriver`; `make e2e` provides all three
//! (under `xvfb-run` and `dbus-run-session`). When one is missing the tests are skipped with a
//! message, unless `E2E_REQUIRED=1` (set by CI), which turns that into a failure.

use std::net::{Ipv4Addr, SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::json;

mod keys;
pub use keys::{Keyboard, focus_is_on, highlighted};

/// How long a step may take before the test fails: generous for a cold start on 2 cores.
pub const STEP_TIMEOUT: Duration = Duration::from_secs(30);

/// What an end-to-end test needs from the machine.
#[derive(Debug, Clone)]
pub struct Prerequisites {
    /// The built app.
    pub app: PathBuf,
    /// The `tauri-driver` executable.
    pub tauri_driver: PathBuf,
    /// WebKitGTK's WebDriver.
    pub native_driver: PathBuf,
}

impl Prerequisites {
    /// Finds the display, the binary and the drivers. `None` (after saying why on stderr) when
    /// something is missing and the tests may be skipped; a panic when `E2E_REQUIRED=1`.
    pub fn find_or_skip() -> Option<Self> {
        match Self::find() {
            Ok(found) => Some(found),
            Err(problem) if required() => panic!("end-to-end tests cannot run: {problem}"),
            Err(problem) => {
                eprintln!(
                    "SKIPPED end-to-end test: {problem} (run `make e2e`; E2E_REQUIRED=1 makes this a failure)"
                );
                None
            }
        }
    }

    fn find() -> Result<Self, String> {
        if std::env::var_os("DISPLAY").filter(|d| !d.is_empty()).is_none() {
            return Err("no display (DISPLAY is not set); run under xvfb-run".into());
        }
        let app = match std::env::var_os("TRANSFER_DESK_BIN") {
            Some(path) => PathBuf::from(path),
            None => target_dir().join("debug/transfer-desk"),
        };
        if !app.is_file() {
            return Err(format!("the app is not built at {} (cargo build -p transfer-desk)", app.display()));
        }
        let tauri_driver = std::env::var_os("TAURI_DRIVER")
            .map(PathBuf::from)
            .or_else(|| on_path("tauri-driver"))
            .or_else(|| home_cargo_bin("tauri-driver"))
            .ok_or("tauri-driver is not installed (cargo install tauri-driver --locked)")?;
        let native_driver = on_path("WebKitWebDriver")
            .or_else(|| Some(PathBuf::from("/usr/bin/WebKitWebDriver")).filter(|p| p.is_file()))
            .ok_or("WebKitWebDriver is not installed (apt-get install webkit2gtk-driver)")?;
        Ok(Prerequisites { app, tauri_driver, native_driver })
    }
}

fn required() -> bool {
    std::env::var("E2E_REQUIRED").is_ok_and(|v| v == "1" || v == "true")
}

/// The workspace's `target` directory (or `CARGO_TARGET_DIR`).
pub fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../target"))
}

fn on_path(name: &str) -> Option<PathBuf> {
    std::env::split_paths(&std::env::var_os("PATH")?).map(|dir| dir.join(name)).find(|p| p.is_file())
}

fn home_cargo_bin(name: &str) -> Option<PathBuf> {
    let path = PathBuf::from(std::env::var_os("HOME")?).join(".cargo/bin").join(name);
    path.is_file().then_some(path)
}

fn free_port() -> u16 {
    TcpListener::bind((Ipv4Addr::LOCALHOST, 0))
        .and_then(|listener| listener.local_addr())
        .map(|addr| addr.port())
        .expect("a free loopback port")
}

/// A running `tauri-driver`, with the app's files in its own temporary directory. Stopped with
/// SIGTERM when dropped, so it also stops the WebKitWebDriver it started.
pub struct Driver {
    process: Child,
    port: u16,
    app: PathBuf,
    data_dir: tempfile::TempDir,
}

impl Driver {
    /// Starts `tauri-driver` and waits until it accepts connections.
    pub fn start(prerequisites: &Prerequisites) -> Driver {
        let data_dir = tempfile::tempdir().expect("a temporary data directory");
        let port = free_port();
        let process = Command::new(&prerequisites.tauri_driver)
            .args(["--port", &port.to_string(), "--native-port", &free_port().to_string()])
            .arg("--native-driver")
            .arg(&prerequisites.native_driver)
            // Inherited by WebKitWebDriver and by the app it starts.
            .env("TRANSFER_DESK_DATA_DIR", data_dir.path())
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("tauri-driver starts");
        let driver = Driver { process, port, app: prerequisites.app.clone(), data_dir };
        let address = SocketAddr::from((Ipv4Addr::LOCALHOST, port));
        let deadline = Instant::now() + STEP_TIMEOUT;
        while TcpStream::connect_timeout(&address, Duration::from_millis(200)).is_err() {
            assert!(Instant::now() < deadline, "tauri-driver did not listen on port {port}");
            std::thread::sleep(Duration::from_millis(100));
        }
        driver
    }

    /// Where the app under this driver keeps its settings, history and logs.
    pub fn data_dir(&self) -> &Path {
        self.data_dir.path()
    }

    /// Starts the app and opens a WebDriver session on its main window. A session the driver
    /// drops before it answers (WebKitWebDriver still starting: `IncompleteMessage`) is asked for
    /// again, twice at most, a second apart.
    pub async fn launch(&self) -> Client {
        let mut capabilities = serde_json::Map::new();
        capabilities.insert("browserName".into(), json!("wry"));
        capabilities.insert("tauri:options".into(), json!({ "application": self.app }));
        let mut tries = 0;
        loop {
            tries += 1;
            let session = ClientBuilder::native()
                .capabilities(capabilities.clone())
                .connect(&format!("http://127.0.0.1:{}", self.port))
                .await;
            match session {
                Ok(client) => return client,
                Err(error) if tries < 3 => {
                    eprintln!("no WebDriver session yet ({error}); asking again");
                    tokio::time::sleep(Duration::from_secs(1)).await;
                }
                Err(error) => panic!("a WebDriver session on the app: {error:?}"),
            }
        }
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = Command::new("kill").args(["-TERM", &self.process.id().to_string()]).status();
        let deadline = Instant::now() + Duration::from_secs(5);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.process.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = self.process.kill();
        let _ = self.process.wait();
    }
}

/// Waits for the element that `xpath` finds.
pub async fn element(client: &Client, xpath: &str) -> fantoccini::elements::Element {
    client
        .wait()
        .at_most(STEP_TIMEOUT)
        .for_element(Locator::XPath(xpath))
        .await
        .unwrap_or_else(|error| panic!("no element {xpath} within {STEP_TIMEOUT:?}: {error}"))
}

/// XPath of a menu button whose text contains `label`.
pub fn menu_button(label: &str) -> String {
    format!("//nav//button[.//span[normalize-space(.)='{label}']]")
}

/// XPath of the input inside the `<label>` whose text is `label`.
pub fn labelled_input(label: &str) -> String {
    format!("//label[normalize-space(.)='{label}']//input")
}

/// XPath of the page's main heading when its text is `text`.
pub fn main_heading(text: &str) -> String {
    format!("//h1[normalize-space(.)='{text}']")
}

/// Saves a screenshot of the window as `target/e2e/<name>.png`, for people to look at. Call it
/// once the screen has settled: right after a DOM change WebKit may still show the old frame.
pub async fn screenshot(client: &Client, name: &str) -> PathBuf {
    tokio::time::sleep(Duration::from_millis(400)).await;
    let png = client.screenshot().await.expect("a screenshot of the window");
    let dir = target_dir().join("e2e");
    std::fs::create_dir_all(&dir).expect("target/e2e");
    let path = dir.join(format!("{name}.png"));
    std::fs::write(&path, png).expect("screenshot written");
    eprintln!("screenshot: {}", path.display());
    path
}
