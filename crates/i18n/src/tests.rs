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
fn no_id_is_defined_twice() {
    for language in Language::ALL {
        let ids = ids(language);
        let twice: Vec<_> = ids.windows(2).filter(|pair| pair[0] == pair[1]).map(|pair| &pair[0]).collect();
        assert!(twice.is_empty(), "{}: defined twice: {twice:?}", language.code());
    }
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
        regex_lite::Regex::new(r#""((?:tbo|fasttrak|ftbook|desk|cli)-[a-z][a-z0-9-]*)""#).expect("a pattern");
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

/// Literals that read like sentences but are not words for the agent, each group with why: a
/// file and the start of the literal.
const NOT_FOR_THE_AGENT: [(&str, &str); 13] = [
    // FASTTRAK's gateway's own answers, matched in its replies.
    ("crates/fasttrak/src/error.rs", "API Gateway Not Authorized"),
    ("crates/fasttrak/src/error.rs", "Missing Required Header: "),
    // What did not match in a reply: for the log (the agent reads "could not be read; the
    // details are in the log").
    ("crates/reply/src/lib.rs", "redirected to "),
    ("crates/reply/src/lib.rs", "the reply is larger than "),
    ("crates/ftbook/src/decode.rs", "no content where a reply was documented"),
    ("crates/fasttrak/src/client.rs", "the login reply has no token"),
    ("crates/fasttrak/src/money.rs", "expected a number for an amount"),
    // How a secrets file is damaged: a detail for support, inside the agent's sentence.
    ("crates/desk/src/secrets/file.rs", "the file asks for key derivation"),
    ("crates/desk/src/secrets/file.rs", "the nonce has the wrong length"),
    // The soak's and the kill test's report: for the developer running them.
    ("crates/desk/src/audit.rs", "{} attempts, {faults} faults injected"),
    ("crates/desk/src/audit.rs", "attempt {} said "),
    ("crates/desk/src/audit.rs", "trip {id}"),
    // A note to the programmer (`#[must_use]`).
    ("crates/desk/src/logging.rs", "dropping the guard stops file logging"),
];

/// Whether a string literal reads like a sentence for a person: Swedish words, or three words
/// or more that end like a sentence, or four or more that start with a capital, or six or more.
/// A word is a run between spaces with two letters or more; a text with two words in capitals
/// (`SELECT … AS`, `AND`) is code.
fn reads_like_a_sentence(literal: &str) -> bool {
    let placeholders = regex_lite::Regex::new(r"\{[^}]*\}").expect("a pattern");
    let bare = placeholders.replace_all(literal, "x");
    let bare = bare.trim();
    let words: Vec<&str> =
        bare.split_whitespace().filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2).collect();
    let shouting = words
        .iter()
        .filter(|w| w.chars().all(|c| !c.is_alphabetic() || c.is_uppercase()) && w.len() >= 2)
        .count();
    if shouting >= 2 {
        return false;
    }
    let swedish = bare.contains(['å', 'ä', 'ö', 'Å', 'Ä', 'Ö']);
    let ends = bare.ends_with(['.', '!', '?']);
    let capital = bare.chars().next().is_some_and(char::is_uppercase)
        && bare.chars().nth(1).is_some_and(char::is_lowercase);
    // A list (`id, profile, supplier, …`) is not a sentence however long.
    let listed = words.iter().filter(|w| w.ends_with(',')).count() * 2 >= words.len();
    let words = if listed { 0 } else { words.len() };
    ((swedish || ends) && words >= 3) || (capital && words >= 4) || words >= 6
}

/// Every sentence an agent reads is in `locales/`: the Rust sources that could show one (every
/// crate but the sandbox, which speaks as the suppliers do, in their words; and the app) hold
/// none. Log lines, `#[error]` texts (the logs' and the details' English), assertions and test
/// data are not for the agent and are not scanned.
#[test]
fn no_rust_source_holds_a_sentence_for_the_agent() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut files = Vec::new();
    for dir in ["crates", "src-tauri/src"] {
        rust_files(&root.join(dir), &mut files);
    }
    let literal = regex_lite::Regex::new(r#"(?s)"((?:[^"\\]|\\.)*)""#).expect("a pattern");
    let raw = regex_lite::Regex::new(r###"(?s)r##".*?"##|r#".*?"#|\br".*?""###).expect("a pattern");
    // What a literal is an argument of, when it is not for the agent.
    let not_for_the_agent = regex_lite::Regex::new(
        r"(#\[error\(|tracing::\w+!\(|\b(?:trace|debug|info|warn|error)!\(|\.expect\(|panic!\(|assert\w*!\(|unreachable!\()[^;]*$",
    )
    .expect("a pattern");
    let scanned = |f: &PathBuf| {
        let relative = f.strip_prefix(&root).unwrap_or(f);
        let parts: Vec<_> = relative.components().map(|c| c.as_os_str().to_string_lossy()).collect();
        parts.get(1).is_none_or(|crate_dir| crate_dir != "sandbox")
            && parts.iter().any(|p| p == "src")
            && !parts.iter().any(|p| p == "tests" || p == "benches")
            && f.file_name().is_some_and(|n| n != "tests.rs")
    };
    let mut found = Vec::new();
    for file in files.into_iter().filter(scanned) {
        let text = std::fs::read_to_string(&file).unwrap_or_default();
        // Comment lines and quote characters out, so literals pair up as the compiler pairs them.
        let code: String = text
            .split("#[cfg(test)]")
            .next()
            .unwrap_or_default()
            .lines()
            .filter(|line| !line.trim_start().starts_with("//"))
            .map(|line| line.replace("'\"'", "' '").replace(r#"'\"'"#, "' '") + "\n")
            .collect();
        // Raw strings (SQL, patterns) are not sentences, and may hold quotes.
        let code = raw.replace_all(&code, "\"\"");
        let name = file.strip_prefix(&root).unwrap_or(&file).display().to_string();
        for m in literal.captures_iter(&code) {
            let (whole, said) = (m.get(0).expect("a match"), &m[1]);
            let line_start = code[..whole.start()].rfind('\n').map_or(0, |i| i + 1);
            let mut from = whole.start().saturating_sub(120);
            while !code.is_char_boundary(from) {
                from -= 1;
            }
            let context = &code[from..whole.start()];
            let in_comment = code[line_start..whole.start()].contains("//");
            if in_comment || not_for_the_agent.is_match(context) || !reads_like_a_sentence(said) {
                continue;
            }
            if NOT_FOR_THE_AGENT.iter().any(|(f, start)| name.ends_with(f) && said.starts_with(start)) {
                continue;
            }
            found.push(format!("{name}: {said}"));
        }
    }
    assert!(found.is_empty(), "sentences belong in locales/:\n{}", found.join("\n"));
}

#[test]
fn the_scan_knows_a_sentence() {
    assert!(reads_like_a_sentence("{reference} was not found."));
    assert!(reads_like_a_sentence("Ange när flyget avgår"));
    assert!(reads_like_a_sentence("The passenger's name is missing"));
    assert!(!reads_like_a_sentence("segment.passenger.phone"));
    assert!(!reads_like_a_sentence("Göteborg Landvetter"));
    assert!(reads_like_a_sentence("{text} is not an https address; test and production systems / more"));
    assert!(!reads_like_a_sentence("the booking was not stored"));
    assert!(!reads_like_a_sentence("SELECT id FROM bookings WHERE profile = ?1 AND supplier = ?2"));
}
