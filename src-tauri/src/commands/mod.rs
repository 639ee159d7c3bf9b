//! The commands the web view may call, listed once in `list.rs`: from that list come the handler
//! ([`handler`]), the permissions (`build.rs`) and the typed TypeScript functions ([`COMMANDS`],
//! written by `tests/commands.rs`). Commands live in submodules: a `#[tauri::command]` defined in
//! the crate root clashes with its generated `__cmd__` macro.

pub mod app;
pub mod book;
pub mod documents;
pub mod history;
pub mod pnr;
pub mod settings;
pub mod setup;
mod spec;

pub use spec::{Arg, Command, TsType};

/// Expands `list.rs` into the handler, the command specs and the check that each entry's
/// signature is its function's.
macro_rules! commands {
    ($( $(#[doc = $doc:literal])* $module:ident :: $name:ident ( $($arg:ident : $ty:ty),* $(,)? ) -> $ret:ty; )*) => {
        /// Every command, for `Builder::invoke_handler`.
        pub fn handler<R: tauri::Runtime>() -> impl Fn(tauri::ipc::Invoke<R>) -> bool + Send + Sync + 'static {
            tauri::generate_handler![$($module::$name),*]
        }

        /// Every command as the web view calls it.
        pub const COMMANDS: &[Command] = &[$(
            Command {
                name: stringify!($name),
                doc: concat!($($doc, "\n"),*),
                args: &[$(Arg { name: stringify!($arg), ty: TsType::of::<$ty>() }),*],
                returns: TsType::of::<$ret>(),
            }
        ),*];

        /// Never called: it compiles only when every entry of `list.rs` takes the arguments, in
        /// order and of the types, that its function takes after the app handle, and resolves
        /// with what the entry says.
        #[allow(dead_code, clippy::unused_async)]
        fn signatures_match(app: tauri::AppHandle<tauri::Wry>) {
            $(
                let handle = app.clone();
                let _ = move |$($arg: $ty),*| async move {
                    let done: Result<$ret, desk::CommandError> = $module::$name(handle, $($arg),*).await;
                    done
                };
            )*
        }
    };
}

include!("list.rs");
