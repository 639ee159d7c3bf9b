//! Where supplier passwords, keys and tokens live: never in settings, SQLite, logs or the web
//! view.
//!
//! [`SecretStore`] has three implementations: the OS keychain ([`keychain`]), a file encrypted
//! with a passphrase for machines where no keychain works ([`file`]), and memory for tests and the
//! sandbox ([`memory`]). [`detect`] says which one this machine can use. There is no plaintext
//! fallback. Values are `SecretString` (redacted `Debug`, zeroised on drop); nothing that holds one
//! implements `Serialize`.

pub mod file;
pub mod keychain;
pub mod memory;

use secrecy::SecretString;
use serde::Serialize;
use ts_rs::TS;

pub use file::EncryptedFile;
pub use keychain::Keychain;
pub use memory::Memory;

/// Which kind of store holds the secrets, as Settings shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum SecretStoreKind {
    /// The operating system's keychain (Secret Service, Keychain, Credential Manager).
    Keychain,
    /// A file in the data directory, encrypted with the agent's passphrase.
    EncryptedFile,
    /// Memory only: gone when the app stops (sandbox, tests).
    Memory,
}

/// Why a secret could not be read or written.
#[derive(Debug, thiserror::Error)]
pub enum SecretError {
    /// The store cannot be used on this machine.
    #[error("the secret store is not available: {0}")]
    Unavailable(String),
    /// The passphrase does not open the encrypted file.
    #[error("the passphrase does not open the secrets file")]
    WrongPassphrase,
    /// The encrypted file is damaged.
    #[error("the secrets file is damaged: {0}")]
    Damaged(String),
    /// Reading or writing failed.
    #[error("the secret store failed: {0}")]
    Failed(String),
}

/// A place for secrets, by key (`sandbox/ftbook.password`).
pub trait SecretStore: Send + Sync {
    /// Which kind it is.
    fn kind(&self) -> SecretStoreKind;
    /// The secret under `key`, if there is one.
    fn get(&self, key: &str) -> Result<Option<SecretString>, SecretError>;
    /// Keeps `value` under `key`, replacing any other.
    fn set(&self, key: &str, value: &SecretString) -> Result<(), SecretError>;
    /// Forgets `key` (no error when there was none).
    fn delete(&self, key: &str) -> Result<(), SecretError>;
}

/// The key of a profile's secret: `production/fasttrak.password`.
pub fn key(profile: &str, name: &str) -> String {
    format!("{profile}/{name}")
}

/// What this machine offers: the keychain when a probe write, read and delete work; otherwise
/// the encrypted file (which needs the agent's passphrase before it can be used).
pub fn detect() -> SecretStoreKind {
    if Keychain::new().probe() { SecretStoreKind::Keychain } else { SecretStoreKind::EncryptedFile }
}

/// Where this machine keeps the test and production secrets, and the store once usable.
pub struct Chosen {
    /// Which kind of store.
    pub kind: SecretStoreKind,
    /// The store; `None` while the encrypted file is locked (no passphrase yet).
    pub store: Option<std::sync::Arc<dyn SecretStore>>,
}

/// The secret store for `data_dir`, the same way for every front end: the OS keychain when it
/// works here, otherwise the encrypted file, opened with `passphrase` when one is given.
pub fn choose(
    data_dir: &std::path::Path,
    passphrase: Option<&secrecy::SecretString>,
) -> Result<Chosen, SecretError> {
    match (detect(), passphrase) {
        (SecretStoreKind::Keychain, _) => {
            Ok(Chosen { kind: SecretStoreKind::Keychain, store: Some(std::sync::Arc::new(Keychain::new())) })
        }
        (kind, Some(passphrase)) => {
            let file = EncryptedFile::open(&data_dir.join(file::FILE_NAME), passphrase)?;
            Ok(Chosen { kind, store: Some(std::sync::Arc::new(file)) })
        }
        (kind, None) => Ok(Chosen { kind, store: None }),
    }
}
