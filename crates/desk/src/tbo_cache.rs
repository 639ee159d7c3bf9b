//! TBO's day token kept in the secret store, so a restart on the same day does not authenticate
//! again (TBO asks for one token a day).

use std::sync::Arc;

use crate::profile::Profile;
use crate::secrets::{self, SecretStore};

/// The token of one profile, under `<profile>/tbo.token`.
pub struct SecretTokenCache {
    secrets: Arc<dyn SecretStore>,
    key: String,
}

impl SecretTokenCache {
    /// The cache of `profile`'s TBO token in `secrets`.
    pub fn new(secrets: Arc<dyn SecretStore>, profile: Profile) -> Self {
        SecretTokenCache { secrets, key: secrets::key(profile.name(), "tbo.token") }
    }
}

impl tbo::TokenCache for SecretTokenCache {
    fn load(&self) -> Option<tbo::DayToken> {
        self.secrets.get(&self.key).ok().flatten().as_ref().and_then(tbo::DayToken::from_secret)
    }

    fn store(&self, token: &tbo::DayToken) -> Result<(), String> {
        self.secrets.set(&self.key, &token.to_secret()).map_err(|e| e.to_string())
    }

    fn clear(&self) -> Result<(), String> {
        self.secrets.delete(&self.key).map_err(|e| e.to_string())
    }
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;
    use secrecy::SecretString;
    use tbo::TokenCache;

    use super::*;
    use crate::secrets::Memory;

    #[test]
    fn the_token_is_kept_in_the_secret_store_per_profile() {
        let secrets: Arc<dyn SecretStore> = Arc::new(Memory::default());
        let cache = SecretTokenCache::new(secrets.clone(), Profile::Test);
        let token = tbo::DayToken {
            token_id: SecretString::from("t-1".to_owned()),
            day: NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(),
            agency_id: 1,
            member_id: 2,
        };
        cache.store(&token).unwrap();
        assert!(secrets.get("test/tbo.token").unwrap().is_some(), "kept under the profile's key");
        let again = SecretTokenCache::new(secrets.clone(), Profile::Test).load().unwrap();
        assert_eq!(again.day, token.day, "a new run on the same day finds the token");
        assert!(
            SecretTokenCache::new(secrets, Profile::Production).load().is_none(),
            "profiles do not share tokens"
        );
    }
}
