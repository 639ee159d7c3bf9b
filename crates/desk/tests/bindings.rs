//! Fails when the committed TypeScript bindings differ from what the Rust types generate.
//! `make bindings` (`UPDATE_BINDINGS=1 cargo test -p desk --test bindings`) rewrites them.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

fn bindings_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../ui/src/bindings")
}

#[test]
fn committed_bindings_match_the_rust_types() {
    let dir = bindings_dir();
    let generated = desk::bindings::all().expect("every IPC type can be exported");
    let update = std::env::var_os("UPDATE_BINDINGS").is_some_and(|v| v == "1");

    if update {
        std::fs::create_dir_all(&dir).unwrap();
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "ts") {
                std::fs::remove_file(path).unwrap();
            }
        }
        for binding in &generated {
            std::fs::write(dir.join(&binding.file), &binding.contents).unwrap();
        }
    }

    let mut drift = Vec::new();
    for binding in &generated {
        match std::fs::read_to_string(dir.join(&binding.file)) {
            Ok(committed) if committed == binding.contents => {}
            Ok(_) => drift.push(format!("{} differs", binding.file.display())),
            Err(_) => drift.push(format!("{} is missing", binding.file.display())),
        }
    }
    let expected: BTreeSet<_> = generated.iter().map(|b| b.file.clone()).collect();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let name = PathBuf::from(entry.unwrap().file_name());
        if name.extension().is_some_and(|e| e == "ts") && !expected.contains(&name) {
            drift.push(format!("{} is no longer generated", name.display()));
        }
    }
    assert!(
        drift.is_empty(),
        "ui/src/bindings is out of date with the Rust types ({}); run `make bindings` and commit the result",
        drift.join(", ")
    );
}
