/**
 * Calls one command of the shell; every failure comes back as a `CommandError`. Only the generated
 * `commands.ts` uses it: components call `api` (from `./api`).
 */
import { invoke } from '@tauri-apps/api/core';
import type { CommandName } from './commands';
import { CommandError } from './errors';

export async function call<T>(command: CommandName, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (error) {
    throw CommandError.from(error);
  }
}
