//! The operating system's keychain, through `keyring` v3 with explicit platform features (with
//! none, keyring silently keeps secrets in a mock that forgets them).

use secrecy::{ExposeSecret, SecretString};

use super::{SecretError, SecretStore, SecretStoreKind};
use crate::APP_IDENTIFIER;

/// The keychain, with every entry under the app's identifier as service.
#[derive(Debug, Default)]
pub struct Keychain;

impl Keychain {
    /// The keychain of the logged-in user.
    pub fn new() -> Self {
        Keychain
    }

    fn entry(key: &str) -> Result<keyring::Entry, SecretError> {
        keyring::Entry::new(APP_IDENTIFIER, key).map_err(|error| SecretError::Unavailable(error.to_string()))
    }

    /// Whether the keychain really works here: writes, reads back and deletes a probe value.
    pub fn probe(&self) -> bool {
        let probe = SecretString::from("probe".to_owned());
        let works = self.set("probe", &probe).is_ok()
            && self.get("probe").ok().flatten().is_some_and(|value| value.expose_secret() == "probe");
        let _ = self.delete("probe");
        works
    }
}

impl SecretStore for Keychain {
    fn kind(&self) -> SecretStoreKind {
        SecretStoreKind::Keychain
    }

    fn get(&self, key: &str) -> Result<Option<SecretString>, SecretError> {
        match Keychain::entry(key)?.get_password() {
            Ok(value) => Ok(Some(SecretString::from(value))),
            Err(keyring::Error::NoEntry) => Ok(None),
            Err(error) => Err(SecretError::Failed(error.to_string())),
        }
    }

    fn set(&self, key: &str, value: &SecretString) -> Result<(), SecretError> {
        Keychain::entry(key)?
            .set_password(value.expose_secret())
            .map_err(|error| SecretError::Failed(error.to_string()))
    }

    fn delete(&self, key: &str) -> Result<(), SecretError> {
        match Keychain::entry(key)?.delete_credential() {
            Ok(()) | Err(keyring::Error::NoEntry) => Ok(()),
            Err(error) => Err(SecretError::Failed(error.to_string())),
        }
    }
}
