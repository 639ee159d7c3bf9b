import type { CommandError as CommandErrorShape } from '../bindings/CommandError';
import type { ErrorCode } from '../bindings/ErrorCode';
import type { FaultLine } from '../bindings/FaultLine';

const CODES: readonly ErrorCode[] = [
  'validation',
  'internal',
  'rejected',
  'offline',
  'unknown',
  'supplier',
] satisfies ErrorCode[];

function isErrorShape(value: unknown): value is CommandErrorShape {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.code === 'string' &&
    (CODES as readonly string[]).includes(v.code) &&
    typeof v.message === 'string' &&
    (v.field === undefined || typeof v.field === 'string') &&
    (v.faults === undefined || Array.isArray(v.faults)) &&
    (v.attempt === undefined || typeof v.attempt === 'number')
  );
}

/**
 * A failed command, as Rust describes it: `{ code, message, field? }`. The UI branches on
 * `code` (a closed set) and shows `message` next to `field` when there is one.
 */
export class CommandError extends Error {
  readonly code: ErrorCode;
  readonly field: string | undefined;
  /** For a refusal: every fault, each on its field. */
  readonly faults: readonly FaultLine[];
  /** For an unknown outcome: the journal's attempt to follow. */
  readonly attempt: number | undefined;

  constructor(shape: CommandErrorShape) {
    super(shape.message);
    this.name = 'CommandError';
    this.code = shape.code;
    this.field = shape.field;
    this.faults = shape.faults ?? [];
    this.attempt = shape.attempt;
  }

  /**
   * Whatever a command rejected with, as a `CommandError`. Rejections that do not come from our
   * commands (Tauri refusing a call, a bug in the UI) become `internal` with their text.
   */
  static from(error: unknown): CommandError {
    if (error instanceof CommandError) return error;
    if (isErrorShape(error)) return new CommandError(error);
    const message =
      error instanceof Error ? error.message : typeof error === 'string' ? error : JSON.stringify(error);
    return new CommandError({ code: 'internal', message });
  }
}
