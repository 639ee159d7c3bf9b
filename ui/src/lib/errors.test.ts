import { describe, expect, it } from 'vitest';
import { CommandError } from './errors';

describe('CommandError.from', () => {
  it('keeps the code, message and field of an error from a command', () => {
    const error = CommandError.from({ code: 'validation', message: 'Unknown language', field: 'settings.language' });
    expect(error).toBeInstanceOf(CommandError);
    expect([error.code, error.message, error.field]).toEqual(['validation', 'Unknown language', 'settings.language']);
  });

  it('keeps every fault of a supplier refusal with its field', () => {
    const error = CommandError.from({
      code: 'rejected',
      message: 'The phone number is not valid.',
      field: 'segment.passenger.phone',
      faults: [{ code: 1212, field: 'segment.passenger.phone', sentence: 'The phone number is not valid.' }],
    });
    expect(error.code).toBe('rejected');
    expect(error.faults).toHaveLength(1);
    expect(error.faults[0]?.field).toBe('segment.passenger.phone');
    expect(CommandError.from({ code: 'internal', message: 'x' }).faults).toEqual([]);
  });

  it('turns a bare string from Tauri into an internal error with that text', () => {
    const error = CommandError.from('command set_language not allowed by ACL');
    expect([error.code, error.message]).toEqual(['internal', 'command set_language not allowed by ACL']);
  });

  it('does not trust an object with an unknown code', () => {
    const error = CommandError.from({ code: 'teapot', message: 'short and stout' });
    expect(error.code).toBe('internal');
  });

  it('returns a CommandError unchanged', () => {
    const original = new CommandError({ code: 'internal', message: 'disk full' });
    expect(CommandError.from(original)).toBe(original);
  });
});
