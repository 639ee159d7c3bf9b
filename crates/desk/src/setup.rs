//! The Settings screen's data: which profile is active, each profile's supplier settings, which
//! secrets are stored (never their values), and which secret store holds them. Saving checks the
//! addresses and keeps the sandbox's settings as they are (they come with the sandbox).

use std::path::Path;

use secrecy::SecretString;
use serde::Serialize;
use ts_rs::TS;

use crate::error::Said;
use crate::profile::{Profile, ProfileSettings, SECRET_NAMES, StoredProfiles};
use crate::secrets::{self, SecretStore, SecretStoreKind};
use crate::{Error, Result};

/// Whether a secret is stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SecretStatus {
    /// `ftbook.password`, `fasttrak.partnerAccessKey` ...
    pub name: String,
    /// Whether a value is stored.
    pub set: bool,
}

/// One profile as Settings shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ProfileView {
    /// Which profile.
    pub profile: Profile,
    /// Its supplier settings.
    pub settings: ProfileSettings,
    /// Which of its secrets are stored.
    pub secrets: Vec<SecretStatus>,
    /// Whether the agent may change it (the sandbox's come with the sandbox).
    pub editable: bool,
}

/// Everything Settings shows about profiles and credentials.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DeskSettings {
    /// The profile in use.
    pub active: Profile,
    /// Where the test and production secrets are kept.
    pub secret_store: SecretStoreKind,
    /// Whether that store can be used now (an encrypted file must be unlocked first).
    pub secrets_ready: bool,
    /// Every profile.
    pub profiles: Vec<ProfileView>,
}

fn statuses(store: Option<&dyn SecretStore>, profile: Profile) -> Vec<SecretStatus> {
    SECRET_NAMES
        .iter()
        .map(|name| SecretStatus {
            name: (*name).to_owned(),
            set: store.and_then(|s| s.get(&secrets::key(profile.name(), name)).ok().flatten()).is_some(),
        })
        .collect()
}

/// The view for Settings.
pub fn view(
    data_dir: &Path,
    active: Profile,
    kind: SecretStoreKind,
    store: Option<&dyn SecretStore>,
    sandbox: ProfileSettings,
) -> Result<DeskSettings> {
    let stored = StoredProfiles::load(data_dir)?;
    let profiles = Profile::ALL
        .into_iter()
        .map(|profile| ProfileView {
            profile,
            settings: stored.get(profile).cloned().unwrap_or_else(|| sandbox.clone()),
            secrets: if profile == Profile::Sandbox {
                SECRET_NAMES.iter().map(|name| SecretStatus { name: (*name).to_owned(), set: true }).collect()
            } else {
                statuses(store, profile)
            },
            editable: profile != Profile::Sandbox,
        })
        .collect();
    Ok(DeskSettings { active, secret_store: kind, secrets_ready: store.is_some(), profiles })
}

fn check_url(text: &str, field: &str) -> Result<()> {
    let url: ftbook::Url = text.trim().parse().map_err(|_| Error::Invalid {
        said: Said::new("desk-not-an-address").with("text", text),
        field: Some(field.into()),
    })?;
    // Test and production systems carry credentials and bookings: https only. Plain http is
    // allowed to this machine alone (a `desk sandbox` run by hand).
    let loopback = matches!(url.host_str(), Some("127.0.0.1" | "localhost" | "[::1]"));
    if url.scheme() != "https" && !(url.scheme() == "http" && loopback) {
        return Err(Error::Invalid {
            said: Said::new("desk-not-https").with("text", text),
            field: Some(field.into()),
        });
    }
    Ok(())
}

/// A profile's default debit method: one FTBook documents for a booking without an invoice
/// address (INVOICE needs an address, which is asked for per booking).
fn check_debit_method(method: &str) -> Result<()> {
    const DEFAULTS: [&str; 4] = ["REVERSE", "AGENT", "AGENT_CUSTOMER", "FLYGTAXI_CUSTOMER"];
    if DEFAULTS.contains(&method) {
        return Ok(());
    }
    Err(Error::Invalid {
        said: Said::new("desk-not-a-debit-method")
            .with("method", method)
            .with("methods", DEFAULTS.join(", ")),
        field: Some("ftbook.debitMethod".into()),
    })
}

/// Keeps a test or production profile's settings (the addresses must be addresses).
pub fn save_profile(data_dir: &Path, profile: Profile, settings: ProfileSettings) -> Result<()> {
    if let Some(ftbook) = &settings.ftbook {
        check_url(&ftbook.base_url, "ftbook.baseUrl")?;
        check_debit_method(&ftbook.debit_method)?;
    }
    if let Some(fasttrak) = &settings.fasttrak {
        check_url(&fasttrak.base_url, "fasttrak.baseUrl")?;
        crate::profile::time_zone(&fasttrak.time_zone, "fasttrak.timeZone")?;
    }
    if let Some(tbo) = &settings.tbo {
        check_url(&tbo.base_url, "tbo.baseUrl")?;
        crate::profile::time_zone(&tbo.time_zone, "tbo.timeZone")?;
    }
    let mut stored = StoredProfiles::load(data_dir)?;
    let slot = stored.get_mut(profile).ok_or_else(|| Error::Invalid {
        said: Said::new("desk-sandbox-settings-fixed"),
        field: Some("profile".into()),
    })?;
    *slot = settings;
    stored.save(data_dir)
}

/// Remembers the profile the app opens with.
pub fn save_active(data_dir: &Path, profile: Profile) -> Result<()> {
    let mut stored = StoredProfiles::load(data_dir)?;
    stored.active = profile;
    stored.save(data_dir)
}

/// Stores one secret of a test or production profile. An empty value forgets it.
pub fn set_secret(store: &dyn SecretStore, profile: Profile, name: &str, value: SecretString) -> Result<()> {
    if profile == Profile::Sandbox {
        return Err(Error::Invalid {
            said: Said::new("desk-sandbox-credentials-fixed"),
            field: Some("profile".into()),
        });
    }
    if !SECRET_NAMES.contains(&name) {
        return Err(Error::Invalid {
            said: Said::new("desk-not-a-credential").with("name", name),
            field: Some(name.into()),
        });
    }
    let key = secrets::key(profile.name(), name);
    if secrecy::ExposeSecret::expose_secret(&value).is_empty() {
        store.delete(&key)?;
    } else {
        store.set(&key, &value)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::profile::sandbox_settings;
    use crate::secrets::Memory;

    #[test]
    fn settings_show_which_secrets_are_set_and_never_their_values() {
        let dir = tempfile::tempdir().unwrap();
        let store = Memory::default();
        set_secret(&store, Profile::Test, "ftbook.password", SecretString::from("hemligt".to_owned()))
            .unwrap();
        let view = view(
            dir.path(),
            Profile::Sandbox,
            SecretStoreKind::Memory,
            Some(&store),
            sandbox_settings("a", "b", "c"),
        )
        .unwrap();
        let test = view.profiles.iter().find(|p| p.profile == Profile::Test).unwrap();
        assert!(test.secrets.iter().any(|s| s.name == "ftbook.password" && s.set));
        assert!(test.secrets.iter().any(|s| s.name == "tbo.password" && !s.set));
        let json = serde_json::to_string(&view).unwrap();
        assert!(!json.contains("hemligt"), "a secret's value never leaves Rust: {json}");
        assert!(
            set_secret(&store, Profile::Sandbox, "ftbook.password", SecretString::from("x".to_owned()))
                .is_err()
        );
        assert!(
            set_secret(&store, Profile::Test, "root.password", SecretString::from("x".to_owned())).is_err()
        );
    }

    #[test]
    fn a_profile_is_saved_with_real_addresses_only_and_the_sandbox_is_not() {
        let dir = tempfile::tempdir().unwrap();
        let mut settings = sandbox_settings(
            "https://ftbook.test/rest/v1/",
            "https://api.test/partner/api/",
            "https://tbo.test/rest/",
        );
        save_profile(dir.path(), Profile::Test, settings.clone()).unwrap();
        assert_eq!(StoredProfiles::load(dir.path()).unwrap().test, settings);
        settings.ftbook.as_mut().unwrap().base_url = "ftbook".into();
        match save_profile(dir.path(), Profile::Test, settings.clone()) {
            Err(Error::Invalid { field, .. }) => assert_eq!(field.as_deref(), Some("ftbook.baseUrl")),
            other => panic!("expected a refusal on the address, got {other:?}"),
        }
        let refused_on = |settings: ProfileSettings| match save_profile(dir.path(), Profile::Test, settings) {
            Err(Error::Invalid { field, .. }) => field.unwrap_or_default(),
            other => panic!("expected a refusal, got {other:?}"),
        };
        let mut http = settings.clone();
        http.ftbook.as_mut().unwrap().base_url = "http://ftbook.test/rest/v1/".into();
        assert_eq!(refused_on(http.clone()), "ftbook.baseUrl", "plain http to another machine is refused");
        http.ftbook.as_mut().unwrap().base_url = "http://127.0.0.1:18080/ftbook/rest/v1/".into();
        let mut card = http.clone();
        card.ftbook.as_mut().unwrap().debit_method = "CARD".into();
        assert_eq!(refused_on(card), "ftbook.debitMethod", "CARD is no FTBook debit method");
        let mut offset = http.clone();
        offset.fasttrak.as_mut().unwrap().time_zone = "+01:00".into();
        assert_eq!(refused_on(offset), "fasttrak.timeZone", "a fixed offset is not a zone");
        save_profile(dir.path(), Profile::Test, http).expect("http to this machine (a desk sandbox) is fine");
        assert!(save_profile(dir.path(), Profile::Sandbox, settings).is_err());
        save_active(dir.path(), Profile::Test).unwrap();
        assert_eq!(StoredProfiles::load(dir.path()).unwrap().active, Profile::Test);
    }
}
