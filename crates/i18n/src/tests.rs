//! The translation files' contract: every file parses, both languages define the same ids, and
//! every id the code uses is defined.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use super::*;

#[test]
fn every_file_parses_in_every_language() {
    for (language, files) in FILES {
        assert!(!files.is_empty(), "{language} has messages");
        for (file, text) in *files {
            if let Err((_, errors)) = FluentResource::try_new((*text).to_owned()) {
                panic!("locales/{language}/{file} does not parse: {errors:?}");
            }
        }
    }
    let languages: BTreeSet<&str> = FILES.iter().map(|(language, _)| *language).collect();
    let spoken: BTreeSet<&str> = Language::ALL.iter().map(|l| l.code()).collect();
    assert_eq!(languages, spoken, "a directory in locales/ for each language, and no other");
}

#[test]
fn both_languages_define_the_same_ids() {
    let swedish: BTreeSet<String> = ids(Language::Swedish).into_iter().collect();
    let english: BTreeSet<String> = ids(Language::English).into_iter().collect();
    let only_sv: Vec<_> = swedish.difference(&english).collect();
    let only_en: Vec<_> = english.difference(&swedish).collect();
    assert!(only_sv.is_empty() && only_en.is_empty(), "only in sv: {only_sv:?}; only in en: {only_en:?}");
}

fn rust_files(dir: &Path, found: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() && path.file_name().is_some_and(|n| n != "target") {
            rust_files(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push(path);
        }
    }
}

/// The ids the code names: string literals of a migrated area's prefix (`"tbo-…"`).
#[test]
fn every_id_the_code_uses_is_defined() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut files = Vec::new();
    for dir in ["crates", "src-tauri/src"] {
        rust_files(&root.join(dir), &mut files);
    }
    let id =
        regex_lite::Regex::new(r#""((?:tbo|fasttrak|ftbook|desk)-[a-z][a-z0-9-]*)""#).expect("a pattern");
    let defined: BTreeSet<String> = ids(Language::English).into_iter().collect();
    let mut used = BTreeSet::new();
    // The code's messages, not test data (a test may name anything).
    let is_test = |f: &PathBuf| f.components().any(|c| c.as_os_str() == "tests") || f.ends_with("tests.rs");
    for file in files.into_iter().filter(|f| !is_test(f)) {
        let text = std::fs::read_to_string(&file).unwrap_or_default();
        for found in id.captures_iter(&text) {
            used.insert((found[1].to_owned(), file.display().to_string()));
        }
    }
    assert!(!used.is_empty(), "the scan finds the ids in use");
    let missing: Vec<_> = used.iter().filter(|(id, _)| !defined.contains(id)).collect();
    assert!(missing.is_empty(), "ids no .ftl file defines: {missing:?}");
}

#[test]
fn arguments_are_placed_without_isolation_marks() {
    let said = [("said", " (Invalid UserName)".to_owned())];
    assert_eq!(
        text(Language::English, "tbo-sign-in-user-name", &said),
        "TBO does not know this user name (Invalid UserName); check it in Settings."
    );
    assert_eq!(text(Language::Swedish, "no-such-message", &[]), "no-such-message");
}

/// Areas whose sentences live in `locales/` now: their crates name message ids and hold no
/// sentence for the agent (a Swedish one is the tell; English text stays for the logs, in
/// `#[error]` lines). Widened as each area moves here.
const MOVED: [&str; 4] = ["crates/tbo/src", "crates/fasttrak/src", "crates/ftbook/src", "src-tauri/src"];

#[test]
fn areas_moved_here_hold_no_sentence_for_the_agent() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let swedish = regex_lite::Regex::new(r#""[^"\n]*[åäöÅÄÖ][^"\n]*""#).expect("a pattern");
    for dir in MOVED {
        let mut files = Vec::new();
        rust_files(&root.join(dir), &mut files);
        assert!(!files.is_empty(), "{dir} exists");
        // Tests hold Swedish names and addresses as data, not sentences.
        for file in files.into_iter().filter(|f| f.file_name().is_some_and(|n| n != "tests.rs")) {
            let text = std::fs::read_to_string(&file).unwrap_or_default();
            let code = text.split("#[cfg(test)]").next().unwrap_or_default();
            let found: Vec<&str> = swedish.find_iter(code).map(|m| m.as_str()).collect();
            assert!(found.is_empty(), "{}: sentences belong in locales/: {found:?}", file.display());
        }
    }
}
