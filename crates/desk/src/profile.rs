//! The environment the app talks to, and each supplier's non-secret settings in it.
//!
//! Three profiles: **Sandbox** (the default: the simulated suppliers on this machine, with their
//! public credentials), **Test** (the suppliers' test systems) and **Production**. A profile may
//! configure FTBook, FASTTRAK and TBO or only some of them; an unconfigured supplier is reported
//! beside the offers, never an error for the others. Passwords and keys are not here: they are in
//! the secret store ([`crate::secrets`]), under the profile's name.

use std::path::Path;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::Said;
use crate::{Error, Result};

/// An environment.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Profile {
    /// Simulated suppliers on this machine, with training data. The default: a new user has no
    /// supplier credentials.
    #[default]
    Sandbox,
    /// The suppliers' test systems.
    Test,
    /// The suppliers' production systems: real bookings, real money.
    Production,
}

impl Profile {
    /// Every profile.
    pub const ALL: [Profile; 3] = [Profile::Sandbox, Profile::Test, Profile::Production];

    /// The profile's name in files, keys and the command line.
    pub fn name(self) -> &'static str {
        match self {
            Profile::Sandbox => "sandbox",
            Profile::Test => "test",
            Profile::Production => "production",
        }
    }

    /// The profile named `name`.
    pub fn parse(name: &str) -> Result<Profile> {
        Profile::ALL.into_iter().find(|p| p.name() == name).ok_or_else(|| Error::Invalid {
            said: Said::new("desk-no-such-profile").with("name", name),
            field: Some("profile".into()),
        })
    }
}

/// FTBook settings of a profile.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct FtbookSettings {
    /// API root (`.../rest/v1/`).
    pub base_url: String,
    /// Basic-auth user name.
    pub username: String,
    /// The agency's office id or PCC (`agencyOfficeId`).
    pub agency_office_id: String,
    /// The agency's IATA number (`agencyIataNumber`).
    #[serde(default)]
    #[ts(optional)]
    pub agency_iata_number: Option<String>,
    /// Sent as the segment's `clientName`.
    pub client_name: String,
    /// The default debit method (`AGENT`, `INVOICE`, ...).
    pub debit_method: String,
}

/// FASTTRAK settings of a profile.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct FasttrakSettings {
    /// API root (`.../partner/api/`).
    pub base_url: String,
    /// `System-Id`: the operator's database.
    pub system_id: String,
    /// The web-service user.
    pub username: String,
    /// The operator's currency (FASTTRAK's prices name none).
    pub currency: String,
    /// The operator's time zone (IANA, `Europe/Stockholm`): its reservations' times are local
    /// times there, summer time included.
    #[serde(default = "stockholm")]
    pub time_zone: String,
}

/// TBO settings of a profile.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TboSettings {
    /// SharedData REST root (`.../SharedData.svc/rest/`).
    pub base_url: String,
    /// `ClientId`.
    pub client_id: String,
    /// `UserName`.
    pub username: String,
    /// `EndUserIp`.
    pub end_user_ip: String,
    /// The supplier's time zone (IANA, `Asia/Kolkata`), which bounds the token's day.
    #[serde(default = "kolkata")]
    pub time_zone: String,
}

fn stockholm() -> String {
    "Europe/Stockholm".into()
}

fn kolkata() -> String {
    "Asia/Kolkata".into()
}

/// An IANA time zone named in a setting; an unknown name is an error on that setting.
pub fn time_zone(name: &str, field: &str) -> Result<chrono_tz::Tz> {
    name.trim().parse::<chrono_tz::Tz>().map_err(|_| Error::Invalid {
        said: Said::new("desk-no-time-zone").with("name", name),
        field: Some(field.into()),
    })
}

/// Everything non-secret a profile says about its suppliers.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ProfileSettings {
    /// FTBook, if configured.
    #[serde(default)]
    #[ts(optional)]
    pub ftbook: Option<FtbookSettings>,
    /// FASTTRAK, if configured.
    #[serde(default)]
    #[ts(optional)]
    pub fasttrak: Option<FasttrakSettings>,
    /// TBO, if configured.
    #[serde(default)]
    #[ts(optional)]
    pub tbo: Option<TboSettings>,
}

/// The file in the data directory holding the test and production profiles' settings.
pub const PROFILES_FILE: &str = "profiles.json";

/// The sandbox's settings for a sandbox served at `sandbox` (its public credentials' user names).
pub fn sandbox_settings(ftbook_url: &str, fasttrak_url: &str, tbo_url: &str) -> ProfileSettings {
    ProfileSettings {
        ftbook: Some(FtbookSettings {
            base_url: ftbook_url.into(),
            username: "agent".into(),
            agency_office_id: "STOS12345".into(),
            agency_iata_number: Some("12345678".into()),
            client_name: "Transfer Desk (sandbox)".into(),
            debit_method: "AGENT".into(),
        }),
        fasttrak: Some(FasttrakSettings {
            base_url: fasttrak_url.into(),
            system_id: sandbox::fasttrak::SYSTEM_ID.into(),
            username: "agent".into(),
            currency: "SEK".into(),
            time_zone: stockholm(),
        }),
        tbo: Some(TboSettings {
            base_url: tbo_url.into(),
            client_id: sandbox::tbo::CLIENT_ID.into(),
            username: "agent".into(),
            end_user_ip: "127.0.0.1".into(),
            time_zone: kolkata(),
        }),
    }
}

/// The secrets a profile may hold, by name.
pub const SECRET_NAMES: [&str; 4] =
    ["ftbook.password", "fasttrak.password", "fasttrak.partnerAccessKey", "tbo.password"];

/// The sandbox's public secrets, by secret name.
pub const SANDBOX_SECRETS: [(&str, &str); 4] = [
    ("ftbook.password", "sandbox"),
    ("fasttrak.password", "sandbox"),
    ("fasttrak.partnerAccessKey", sandbox::fasttrak::ACCESS_KEYS[0]),
    ("tbo.password", "sandbox"),
];

/// The test and production profiles' settings, as kept in [`PROFILES_FILE`], and which profile
/// the app opens with.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoredProfiles {
    /// The profile the app opens with (the sandbox until the agent chooses another).
    #[serde(default)]
    pub active: Profile,
    /// Test systems.
    #[serde(default)]
    pub test: ProfileSettings,
    /// Production.
    #[serde(default)]
    pub production: ProfileSettings,
}

impl StoredProfiles {
    /// Reads the file in `data_dir`; a missing file is no profiles configured.
    pub fn load(data_dir: &Path) -> Result<Self> {
        let path = data_dir.join(PROFILES_FILE);
        match std::fs::read(&path) {
            Ok(bytes) => serde_json::from_slice(&bytes).map_err(|error| Error::Invalid {
                said: Said::new("desk-profile-unreadable").with("path", path.display()).with("detail", error),
                field: None,
            }),
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => Ok(StoredProfiles::default()),
            Err(source) => Err(Error::Io { action: "desk-io-read", path, source }),
        }
    }

    /// Writes the file in `data_dir` through a temporary file and a rename.
    pub fn save(&self, data_dir: &Path) -> Result<()> {
        let path = data_dir.join(PROFILES_FILE);
        let bytes = serde_json::to_vec_pretty(self).map_err(|error| Error::Io {
            action: "desk-io-write",
            path: path.clone(),
            source: std::io::Error::other(error),
        })?;
        let temporary = path.with_extension("tmp");
        std::fs::write(&temporary, bytes)
            .and_then(|()| std::fs::rename(&temporary, &path))
            .map_err(|source| Error::Io { action: "desk-io-write", path, source })
    }

    /// The settings of a stored profile, to change (`None` for the sandbox, which cannot be).
    pub fn get_mut(&mut self, profile: Profile) -> Option<&mut ProfileSettings> {
        match profile {
            Profile::Sandbox => None,
            Profile::Test => Some(&mut self.test),
            Profile::Production => Some(&mut self.production),
        }
    }

    /// The settings of a stored profile (`None` for the sandbox, whose settings are built).
    pub fn get(&self, profile: Profile) -> Option<&ProfileSettings> {
        match profile {
            Profile::Sandbox => None,
            Profile::Test => Some(&self.test),
            Profile::Production => Some(&self.production),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn profiles_are_named_and_parsed() {
        for profile in Profile::ALL {
            assert_eq!(Profile::parse(profile.name()).unwrap(), profile);
        }
        assert!(Profile::parse("live").is_err());
    }

    #[test]
    fn stored_profiles_survive_a_reload_and_hold_no_secret_fields() {
        let dir = tempfile::tempdir().unwrap();
        let mut stored = StoredProfiles::default();
        stored.test.ftbook = sandbox_settings("a", "b", "c").ftbook;
        stored.save(dir.path()).unwrap();
        assert_eq!(StoredProfiles::load(dir.path()).unwrap(), stored);
        let text = std::fs::read_to_string(dir.path().join(PROFILES_FILE)).unwrap();
        assert!(!text.to_lowercase().contains("password"), "no password field is ever written: {text}");
    }

    #[test]
    fn zones_are_iana_names_and_a_wrong_one_is_named() {
        assert_eq!(time_zone("Europe/Stockholm", "f").unwrap(), chrono_tz::Europe::Stockholm);
        assert_eq!(time_zone(" Asia/Kolkata ", "f").unwrap(), chrono_tz::Asia::Kolkata);
        match time_zone("+01:00", "fasttrak.timeZone") {
            Err(Error::Invalid { field, .. }) => assert_eq!(field.as_deref(), Some("fasttrak.timeZone")),
            other => panic!("a fixed offset is not a zone: {other:?}"),
        }
        let old: FasttrakSettings = serde_json::from_str(
            r#"{"baseUrl": "x", "systemId": "s", "username": "u", "currency": "SEK", "utcOffsetMinutes": 60}"#,
        )
        .unwrap();
        assert_eq!(old.time_zone, "Europe/Stockholm", "a profile saved before zones reads as Stockholm");
    }
}
