/**
 * The only way the UI talks to Rust: `api`, one typed function per command, generated into
 * `commands.ts` from the shell's one list of commands (`src-tauri/src/commands/list.rs`) with the
 * bindings of the Rust types (`src/bindings/`); every failure is a `CommandError`. Components
 * import this module, never `@tauri-apps/api`, so they can run against a fake backend in tests.
 */
export { api } from './commands';
export type { CommandName } from './commands';
export { CommandError } from './errors';
