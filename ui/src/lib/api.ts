/**
 * The only way the UI talks to Rust. Every command is typed with the bindings generated from the
 * Rust types (`src/bindings/`), and every failure is a `CommandError`. Components import this
 * module, never `@tauri-apps/api`, so they can run against a fake backend in tests.
 */
import { invoke } from '@tauri-apps/api/core';
import type { AppInfo } from '../bindings/AppInfo';
import type { Language } from '../bindings/Language';
import type { Settings } from '../bindings/Settings';
import { CommandError } from './errors';

/** Commands the shell registers (see `src-tauri/build.rs`). */
export type CommandName = 'app_info' | 'get_settings' | 'set_language';

async function call<T>(command: CommandName, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (error) {
    throw CommandError.from(error);
  }
}

export const api = {
  /** Version, data and log directories and the active profile. */
  appInfo: (): Promise<AppInfo> => call('app_info'),
  /** The agent's settings. */
  getSettings: (): Promise<Settings> => call('get_settings'),
  /** Changes and keeps the app's language; resolves with the settings as now stored. */
  setLanguage: (language: Language): Promise<Settings> => call('set_language', { language }),
};

export { CommandError };
