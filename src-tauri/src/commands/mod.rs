//! The commands the web view may call; each is listed in `build.rs` and needs a permission in
//! `capabilities/main.json`. Commands live in submodules: a `#[tauri::command]` defined in the
//! crate root clashes with its generated `__cmd__` macro.

pub mod app;
pub mod book;
pub mod history;
pub mod settings;
pub mod setup;
