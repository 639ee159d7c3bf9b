//! Every sentence the agent reads, in Swedish and English, as Project Fluent messages kept in
//! `locales/<language>/*.ftl` at the repository's root — one file per area (`tbo.ftl` ...), the
//! same ids in both languages (a test fails otherwise). Crates below the desk return codes and
//! arguments, never sentences; the desk turns them into text here ([`text`]).
//!
//! Being moved here area by area: see `docs/architecture.md` for where a new message goes.

use std::collections::HashMap;
use std::sync::LazyLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

include!(concat!(env!("OUT_DIR"), "/locales.rs"));

/// The language of every string in the app.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
pub enum Language {
    /// Swedish: the default, for Swedish travel agencies.
    #[default]
    #[serde(rename = "sv")]
    Swedish,
    /// English.
    #[serde(rename = "en")]
    English,
}

impl Language {
    /// Every language the app speaks.
    pub const ALL: [Language; 2] = [Language::Swedish, Language::English];

    /// The ISO 639-1 code (`sv`, `en`), as stored, as sent over IPC and as `locales/` names it.
    pub fn code(self) -> &'static str {
        match self {
            Language::Swedish => "sv",
            Language::English => "en",
        }
    }

    /// The language of a code, if the app speaks it.
    pub fn from_code(code: &str) -> Option<Self> {
        Language::ALL.into_iter().find(|lang| lang.code() == code)
    }
}

/// A message's arguments, as a supplier crate or the desk gives them: names and values.
pub type Args<'a> = &'a [(&'a str, String)];

fn bundle(language: Language) -> FluentBundle<FluentResource> {
    let id: unic_langid::LanguageIdentifier = language.code().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Sentences are shown as text, not laid out bidirectionally: no isolation marks.
    bundle.set_use_isolating(false);
    for (file, text) in
        FILES.iter().filter(|(code, _)| *code == language.code()).flat_map(|(_, files)| *files)
    {
        match FluentResource::try_new((*text).to_owned()) {
            Ok(resource) => {
                if let Err(errors) = bundle.add_resource(resource) {
                    tracing::error!(file, ?errors, "messages defined twice");
                }
            }
            Err((_, errors)) => tracing::error!(file, ?errors, "messages that do not parse"),
        }
    }
    bundle
}

static BUNDLES: LazyLock<HashMap<Language, FluentBundle<FluentResource>>> =
    LazyLock::new(|| Language::ALL.into_iter().map(|language| (language, bundle(language))).collect());

/// Message `id` in `language` with its arguments. An id no file defines comes back as itself
/// (and is logged); the tests make sure none is used.
pub fn text(language: Language, id: &str, args: Args<'_>) -> String {
    let Some(bundle) = BUNDLES.get(&language) else { return id.to_owned() };
    let Some(pattern) = bundle.get_message(id).and_then(|message| message.value()) else {
        tracing::error!(id, language = language.code(), "a message no .ftl file defines");
        return id.to_owned();
    };
    let mut fluent = FluentArgs::new();
    for (name, value) in args {
        fluent.set(*name, FluentValue::from(value.as_str()));
    }
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, Some(&fluent), &mut errors);
    if !errors.is_empty() {
        tracing::error!(id, ?errors, "a message's arguments");
    }
    text.into_owned()
}

/// The ids a language defines (tests, and the UI's check).
pub fn ids(language: Language) -> Vec<String> {
    let mut ids: Vec<String> = FILES
        .iter()
        .filter(|(code, _)| *code == language.code())
        .flat_map(|(_, files)| *files)
        .filter_map(|(_, text)| FluentResource::try_new((*text).to_owned()).ok())
        .flat_map(|resource| {
            resource
                .entries()
                .filter_map(|entry| match entry {
                    fluent_syntax::ast::Entry::Message(message) => Some(message.id.name.to_owned()),
                    _ => None,
                })
                .collect::<Vec<_>>()
        })
        .collect();
    ids.sort();
    ids
}

#[cfg(test)]
mod tests;
