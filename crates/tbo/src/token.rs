//! The day's token, and where it is kept between runs.

use std::sync::Mutex;

use chrono::NaiveDate;
use secrecy::{ExposeSecret, SecretString};

/// A token with the day it belongs to and the member it was issued to. A booking holds the one it
/// started with until it finishes, whatever the clock says by then.
///
/// Not `Serialize`: it is kept only through [`DayToken::to_secret`] in a secret store.
#[derive(Debug, Clone)]
pub struct DayToken {
    /// `TokenId` (redacted in `Debug`).
    pub token_id: SecretString,
    /// The supplier's day it was issued on.
    pub day: NaiveDate,
    /// `Member.AgencyId`, sent as `TokenAgencyId`.
    pub agency_id: i64,
    /// `Member.MemberId`, sent as `TokenMemberId`.
    pub member_id: i64,
}

impl DayToken {
    /// The token as one secret string for a secret store: `v1`, day, agency, member, token on
    /// lines of their own.
    pub fn to_secret(&self) -> SecretString {
        SecretString::from(format!(
            "v1\n{}\n{}\n{}\n{}",
            self.day,
            self.agency_id,
            self.member_id,
            self.token_id.expose_secret()
        ))
    }

    /// Reads what [`DayToken::to_secret`] wrote; `None` for anything else.
    pub fn from_secret(secret: &SecretString) -> Option<DayToken> {
        let mut lines = secret.expose_secret().lines();
        if lines.next()? != "v1" {
            return None;
        }
        let day = lines.next()?.parse().ok()?;
        let agency_id = lines.next()?.parse().ok()?;
        let member_id = lines.next()?.parse().ok()?;
        let token = lines.next()?;
        if token.is_empty() || lines.next().is_some() {
            return None;
        }
        Some(DayToken { token_id: SecretString::from(token.to_owned()), day, agency_id, member_id })
    }
}

/// Where the day's token is kept so that a restart on the same day does not authenticate again.
/// The desk keeps it in its secret store; [`MemoryCache`] keeps it for one run.
pub trait TokenCache: Send + Sync {
    /// The kept token, if any.
    fn load(&self) -> Option<DayToken>;
    /// Keeps `token` in place of any other.
    fn store(&self, token: &DayToken) -> Result<(), String>;
    /// Forgets the token (after a logout, or when TBO refused it).
    fn clear(&self) -> Result<(), String>;
}

/// A cache for one run only.
#[derive(Debug, Default)]
pub struct MemoryCache {
    token: Mutex<Option<SecretString>>,
}

impl TokenCache for MemoryCache {
    fn load(&self) -> Option<DayToken> {
        let kept = self.token.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        kept.as_ref().and_then(DayToken::from_secret)
    }

    fn store(&self, token: &DayToken) -> Result<(), String> {
        *self.token.lock().unwrap_or_else(|poisoned| poisoned.into_inner()) = Some(token.to_secret());
        Ok(())
    }

    fn clear(&self) -> Result<(), String> {
        *self.token.lock().unwrap_or_else(|poisoned| poisoned.into_inner()) = None;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_token_survives_the_secret_store_and_nothing_else_passes_for_one() {
        let token = DayToken {
            token_id: SecretString::from("f0c1-77".to_owned()),
            day: NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(),
            agency_id: 51234,
            member_id: 60211,
        };
        let back = DayToken::from_secret(&token.to_secret()).unwrap();
        assert_eq!((back.day, back.agency_id, back.member_id), (token.day, 51234, 60211));
        assert_eq!(back.token_id.expose_secret(), "f0c1-77");
        assert!(!format!("{back:?}").contains("f0c1"), "Debug must not show the token");
        for junk in ["", "v1", "v2\n2026-11-23\n1\n2\nx", "v1\n2026-11-23\n1\n2\n", "v1\nday\n1\n2\nx"] {
            assert!(DayToken::from_secret(&SecretString::from(junk.to_owned())).is_none(), "{junk:?}");
        }
    }
}
