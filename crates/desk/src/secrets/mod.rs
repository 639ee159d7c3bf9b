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

/// Why a secret could not be read or written. The detail strings are the keychain's or the
/// file's own (for support); the sentence around them comes from `locales/` ([`SecretError::said`]).
#[derive(Debug, thiserror::Error)]
pub enum SecretError {
    /// The store cannot be used on this machine.
    #[error("{}", self.said().text(crate::Language::English))]
    Unavailable(String),
    /// The passphrase does not open the encrypted file.
    #[error("{}", self.said().text(crate::Language::English))]
    WrongPassphrase,
    /// A new passphrase is too short to protect the file.
    #[error("{}", self.said().text(crate::Language::English))]
    ShortPassphrase {
        /// The fewest characters a passphrase may have.
        min: usize,
    },
    /// The encrypted file is damaged.
    #[error("{}", self.said().text(crate::Language::English))]
    Damaged(String),
    /// Reading or writing failed.
    #[error("{}", self.said().text(crate::Language::English))]
    Failed(String),
}

impl SecretError {
    /// Whether the passphrase the agent typed is at fault (a validation error on its field).
    pub fn is_the_passphrase(&self) -> bool {
        matches!(self, SecretError::WrongPassphrase | SecretError::ShortPassphrase { .. })
    }

    /// What to tell the agent.
    pub fn said(&self) -> crate::error::Said {
        use crate::error::Said;
        match self {
            SecretError::Unavailable(detail) => Said::new("desk-secret-unavailable").with("detail", detail),
            SecretError::WrongPassphrase => Said::new("desk-secret-wrong-passphrase"),
            SecretError::ShortPassphrase { min } => {
                Said::new("desk-secret-short-passphrase").with("min", min)
            }
            SecretError::Damaged(detail) => Said::new("desk-secret-damaged").with("detail", detail),
            SecretError::Failed(detail) => Said::new("desk-secret-failed").with("detail", detail),
        }
    }
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
