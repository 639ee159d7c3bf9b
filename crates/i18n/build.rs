//! Embeds every `locales/<language>/*.ftl` file, so a new file of messages needs no list.

use std::path::Path;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales");
    println!("cargo::rerun-if-changed={}", root.display());
    let mut code = String::from(
        "/// Every `.ftl` file, by language.\npub(crate) const FILES: &[(&str, &[(&str, &str)])] = &[\n",
    );
    let mut languages: Vec<_> =
        std::fs::read_dir(&root).map(|dir| dir.flatten().collect()).unwrap_or_default();
    languages.sort_by_key(|entry| entry.file_name());
    for language in languages.iter().filter(|e| e.path().is_dir()) {
        println!("cargo::rerun-if-changed={}", language.path().display());
        let mut files: Vec<_> =
            std::fs::read_dir(language.path()).map(|dir| dir.flatten().collect()).unwrap_or_default();
        files.sort_by_key(|entry| entry.file_name());
        code += &format!("    ({:?}, &[\n", language.file_name().to_string_lossy());
        for file in files.iter().filter(|f| f.path().extension().is_some_and(|e| e == "ftl")) {
            let path = file.path().canonicalize().unwrap_or(file.path());
            println!("cargo::rerun-if-changed={}", path.display());
            code += &format!(
                "        ({:?}, include_str!({:?})),\n",
                file.file_name().to_string_lossy(),
                path.display().to_string()
            );
        }
        code += "    ]),\n";
    }
    code += "];\n";
    let out = Path::new(&std::env::var("OUT_DIR").unwrap_or_default()).join("locales.rs");
    if let Err(error) = std::fs::write(&out, code) {
        println!("cargo::error=could not write {}: {error}", out.display());
    }
}
