//! What the TypeScript side needs to know of a command: its name, its documentation, its
//! arguments' and result's TypeScript types, and the bindings those come from.

use ts_rs::{Config, TS, TypeVisitor};

/// One command as the web view calls it.
#[derive(Debug)]
pub struct Command {
    /// Its name (`get_booking`).
    pub name: &'static str,
    /// Its documentation, from `list.rs`.
    pub doc: &'static str,
    /// Its arguments after the app handle, in order.
    pub args: &'static [Arg],
    /// What it resolves with.
    pub returns: TsType,
}

/// One argument.
#[derive(Debug)]
pub struct Arg {
    /// Its Rust name (`segment_ref`); the web view sends it in camelCase.
    pub name: &'static str,
    /// Its type.
    pub ty: TsType,
}

/// A Rust type as TypeScript names it.
#[derive(Debug, Clone, Copy)]
pub struct TsType {
    /// Its TypeScript name (`Array<SegmentRow>`, `string | null`).
    pub name: fn() -> String,
    /// The generated bindings it needs (`SegmentRow`).
    pub imports: fn() -> Vec<String>,
}

/// How the bindings are generated (`desk::bindings`): 64-bit integers as `number`.
fn config() -> Config {
    Config::new().with_large_int("number")
}

fn name<T: TS + 'static>() -> String {
    T::name(&config())
}

/// `T` itself when it is a generated binding, and the bindings among its generic arguments.
fn imports<T: TS + 'static + ?Sized>() -> Vec<String> {
    struct Collect(Vec<String>);
    impl TypeVisitor for Collect {
        fn visit<U: TS + 'static + ?Sized>(&mut self) {
            self.0.extend(imports::<U>());
        }
    }
    let mut found = Collect(Vec::new());
    if T::output_path().is_some() {
        found.0.push(T::ident(&config()));
    }
    T::visit_generics(&mut found);
    found.0.sort();
    found.0.dedup();
    found.0
}

impl TsType {
    /// `T`'s TypeScript type.
    pub const fn of<T: TS + 'static>() -> TsType {
        TsType { name: name::<T>, imports: imports::<T> }
    }
}
