import { describe, expect, it } from 'vitest';
import { formatLocalTime, formatMoney, isPast } from './format';

describe('formatMoney', () => {
  it('writes Swedish kronor the Swedish way and the English way', () => {
    expect(formatMoney('679.00', 'SEK', 'sv')).toBe('679,00\u00a0kr');
    expect(formatMoney('679.00', 'SEK', 'en')).toBe('SEK\u00a0679.00');
    expect(formatMoney('1435.64', 'SEK', 'sv')).toBe('1\u00a0435,64\u00a0kr');
  });

  it('shows a dash for no price and keeps text it cannot read', () => {
    expect(formatMoney(null, 'SEK', 'sv')).toBe('–');
    expect(formatMoney('n/a', 'SEK', 'en')).toBe('n/a SEK');
  });
});

describe('formatLocalTime', () => {
  it('shows the time written at the pickup, not converted to this computer', () => {
    expect(formatLocalTime('2026-11-26T07:19:00+01:00')).toBe('2026-11-26 07:19');
    expect(formatLocalTime('2026-07-01T23:45:00+02:00')).toBe('2026-07-01 23:45');
    expect(formatLocalTime(null)).toBe('–');
  });

  it('knows when a time has passed', () => {
    const now = new Date('2026-11-26T06:00:00Z');
    expect(isPast('2026-11-26T06:29:00+01:00', now)).toBe(true);
    expect(isPast('2026-11-26T07:29:00+01:00', now)).toBe(false);
    expect(isPast(undefined, now)).toBe(false);
  });
});
