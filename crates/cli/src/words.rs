//! The words `desk` prints, from `locales/*/cli.ftl` in the agent's language. A command is one
//! short process: the language is settled once, before anything is printed ([`settle`]), as the
//! core's is when it opens, so every line of one run speaks one language.

use std::sync::OnceLock;

use desk::{Language, Said};

static LANGUAGE: OnceLock<Language> = OnceLock::new();

/// This run's language: `--lang` when given, else the one the agent chose in Settings.
pub fn settle(told: Option<Language>, paths: Option<&desk::AppPaths>) -> Language {
    let language = desk::open::language(told, paths);
    *LANGUAGE.get_or_init(|| language)
}

/// This run's language (Swedish until settled).
pub fn language() -> Language {
    LANGUAGE.get().copied().unwrap_or_default()
}

/// Message `id` of `cli.ftl`.
pub fn t(id: &'static str) -> String {
    Said::new(id).text(language())
}

/// Message `said`.
pub fn say(said: &Said) -> String {
    said.text(language())
}

/// Message `said` as `desk` tells it on standard error: `desk: …`.
pub fn line(said: &Said) -> String {
    say(&Said::new("cli-usage").with("text", say(said)))
}
