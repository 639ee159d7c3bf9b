//! Secrets in memory: for tests and the sandbox profile, whose credentials are public.

use std::collections::HashMap;
use std::sync::Mutex;

use secrecy::{ExposeSecret, SecretString};

use super::{SecretError, SecretStore, SecretStoreKind};

/// Secrets kept until the process ends.
#[derive(Debug, Default)]
pub struct Memory {
    values: Mutex<HashMap<String, SecretString>>,
}

impl SecretStore for Memory {
    fn kind(&self) -> SecretStoreKind {
        SecretStoreKind::Memory
    }

    fn get(&self, key: &str) -> Result<Option<SecretString>, SecretError> {
        Ok(self.values.lock().unwrap_or_else(|p| p.into_inner()).get(key).cloned())
    }

    fn set(&self, key: &str, value: &SecretString) -> Result<(), SecretError> {
        let copy = SecretString::from(value.expose_secret().to_owned());
        self.values.lock().unwrap_or_else(|p| p.into_inner()).insert(key.to_owned(), copy);
        Ok(())
    }

    fn delete(&self, key: &str) -> Result<(), SecretError> {
        self.values.lock().unwrap_or_else(|p| p.into_inner()).remove(key);
        Ok(())
    }
}
