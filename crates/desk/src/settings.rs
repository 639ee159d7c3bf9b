//! The agent's settings that are not secret.
//!
//! They are kept in a plain JSON file (by `tauri-plugin-store` in the app), one key per setting,
//! so a later version can add settings without migrating the file. A value this version does not
//! understand falls back to its default rather than stopping the app: the agent can always start
//! work and set it again.

use serde::Serialize;
use serde_json::Value;
use ts_rs::TS;

use crate::{Error, Result};

/// Store key of [`Settings::language`].
pub const LANGUAGE_KEY: &str = "language";

/// Store key of [`Settings::home_city`].
pub const HOME_CITY_KEY: &str = "homeCity";

/// The home city of a new install: most of FTBook's trips start or end in Stockholm.
pub const DEFAULT_HOME_CITY: &str = "Stockholm";

/// Reads a home city as the agent typed it: trimmed, at most 64 characters (FTBook's longest
/// location name); empty means none, so no city is preferred.
pub fn home_city(text: &str) -> Result<String> {
    let city = text.trim();
    if city.chars().count() > 64 {
        return Err(Error::Invalid {
            said: crate::error::Said::new("desk-home-city-too-long").with("most", 64),
            field: Some("settings.homeCity".into()),
        });
    }
    Ok(city.to_owned())
}

pub use i18n::Language;

/// Reads a language code sent by the web view or typed on the command line.
pub fn language(code: &str) -> Result<Language> {
    Language::from_code(code).ok_or_else(|| Error::Invalid {
        said: crate::error::Said::new("desk-no-such-language").with("code", code),
        field: Some("settings.language".into()),
    })
}

/// The agent's settings that are not secret.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Settings {
    /// The language of the app.
    pub language: Language,
    /// The agency's city: among places of the same name, the one there is listed first (empty:
    /// none preferred).
    pub home_city: String,
    /// How long before a flight the car picks up, and after a landing it waits.
    pub lead_times: crate::pnr::LeadTimes,
    /// Whether bookings made from an Amadeus PNR ask FTBook to write its MIS and `RM*SUR` rows
    /// into the PNR (`amadeusUpdate`). On unless the agency turns it off.
    pub amadeus_write_back: bool,
}

/// Store key of [`Settings::amadeus_write_back`].
pub const AMADEUS_WRITE_BACK_KEY: &str = "amadeusWriteBack";

impl Default for Settings {
    fn default() -> Self {
        Settings {
            language: Language::default(),
            home_city: DEFAULT_HOME_CITY.into(),
            lead_times: crate::pnr::LeadTimes::default(),
            amadeus_write_back: true,
        }
    }
}

/// A stored entry read as `T`, or `None` (logged) when it is there but unreadable.
fn entry<T: serde::de::DeserializeOwned>(get: &impl Fn(&str) -> Option<Value>, key: &str) -> Option<T> {
    let value = get(key)?;
    match serde_json::from_value(value.clone()) {
        Ok(read) => Some(read),
        Err(_) => {
            tracing::warn!(key, %value, "unreadable setting; using the default");
            None
        }
    }
}

impl Settings {
    /// Reads the settings from stored entries, one key per setting. A missing or unreadable entry
    /// takes its default (and is logged), so a damaged file never keeps the app from starting.
    pub fn from_entries(get: impl Fn(&str) -> Option<Value>) -> Self {
        let language = entry::<Language>(&get, LANGUAGE_KEY).unwrap_or_default();
        let home_city = match get(HOME_CITY_KEY) {
            None => DEFAULT_HOME_CITY.to_owned(),
            Some(Value::String(city)) => home_city(&city).unwrap_or_else(|_| DEFAULT_HOME_CITY.to_owned()),
            Some(value) => {
                tracing::warn!(key = HOME_CITY_KEY, %value, "unreadable setting; using the default");
                DEFAULT_HOME_CITY.to_owned()
            }
        };
        let lead_times = entry::<crate::pnr::LeadTimes>(&get, crate::pnr::LEAD_TIMES_KEY)
            .and_then(|lead| lead.checked().ok())
            .unwrap_or_default();
        let amadeus_write_back = entry::<bool>(&get, AMADEUS_WRITE_BACK_KEY).unwrap_or(true);
        Settings { language, home_city, lead_times, amadeus_write_back }
    }
}

/// The settings as the settings file (`settings.json`, one key per setting, written by the app's
/// store) holds them; defaults when it is missing or unreadable. How every front end learns the
/// agent's language at start.
pub fn stored(file: &std::path::Path) -> Settings {
    let entries: serde_json::Map<String, Value> = match std::fs::read(file) {
        Ok(bytes) => serde_json::from_slice(&bytes).unwrap_or_else(|error| {
            tracing::warn!(%error, file = %file.display(), "unreadable settings file; using the defaults");
            serde_json::Map::new()
        }),
        Err(_) => serde_json::Map::new(),
    };
    Settings::from_entries(|key| entries.get(key).cloned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn languages_round_trip_through_their_codes() {
        for language in Language::ALL {
            assert_eq!(super::language(language.code()).unwrap(), language, "parse must invert code");
            assert_eq!(serde_json::to_value(language).unwrap(), json!(language.code()), "stored as the code");
        }
    }

    #[test]
    fn an_unknown_language_is_a_validation_error_on_the_language_field() {
        let error = super::language("de").unwrap_err();
        assert!(
            matches!(&error, Error::Invalid { field: Some(f), .. } if f == "settings.language"),
            "an unknown code must be refused on the language field, got {error:?}"
        );
    }

    #[test]
    fn the_settings_file_gives_the_language_and_a_damaged_one_the_default() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("settings.json");
        assert_eq!(stored(&file), Settings::default(), "no file yet");
        std::fs::write(&file, r#"{"language":"en"}"#).unwrap();
        assert_eq!(stored(&file).language, Language::English);
        std::fs::write(&file, "{not json").unwrap();
        assert_eq!(stored(&file), Settings::default());
    }

    #[test]
    fn the_home_city_is_stockholm_until_the_agent_says_otherwise() {
        assert_eq!(Settings::from_entries(|_| None).home_city, "Stockholm");
        let settings = Settings::from_entries(|key| (key == HOME_CITY_KEY).then(|| json!("Göteborg")));
        assert_eq!(settings.home_city, "Göteborg");
        let none = Settings::from_entries(|key| (key == HOME_CITY_KEY).then(|| json!("")));
        assert_eq!(none.home_city, "", "none preferred is a choice too");
        assert!(matches!(
            home_city(&"x".repeat(65)),
            Err(Error::Invalid { field: Some(f), .. }) if f == "settings.homeCity"
        ));
        assert_eq!(home_city("  Malmö ").unwrap(), "Malmö");
    }

    #[test]
    fn a_new_install_is_in_swedish() {
        assert_eq!(Settings::from_entries(|_| None).language, Language::Swedish);
    }

    #[test]
    fn a_stored_language_is_read_back() {
        let settings = Settings::from_entries(|key| (key == LANGUAGE_KEY).then(|| json!("en")));
        assert_eq!(settings.language, Language::English, "a stored choice must survive a restart");
    }

    #[test]
    fn a_damaged_entry_falls_back_to_the_default() {
        for damaged in [json!("klingon"), json!(42), json!({"lang": "en"}), Value::Null] {
            let settings = Settings::from_entries(|key| (key == LANGUAGE_KEY).then(|| damaged.clone()));
            assert_eq!(settings, Settings::default(), "{damaged} must not stop the app from starting");
        }
        for damaged in [json!(42), json!({"city": "Malmö"}), Value::Null, json!("x".repeat(65))] {
            let settings = Settings::from_entries(|key| (key == HOME_CITY_KEY).then(|| damaged.clone()));
            assert_eq!(settings, Settings::default(), "a damaged home city ({damaged}) is the default");
        }
    }
}
