import { describe, expect, it } from 'vitest';
import { readDay, showDay } from './day';

// 2 December 2026, 00:30 in Stockholm (still 1 December in UTC).
const now = new Date('2026-12-01T23:30:00Z');
const day = (text: string, at = now) => {
  const read = readDay(text, at);
  return read.ok ? read.day : read.error;
};

describe('a day for History', () => {
  it('reads the words, offsets and forms agents type, in Sweden’s day', () => {
    expect(day('idag')).toBe('2026-12-02');
    expect(day('today')).toBe('2026-12-02');
    expect(day('igår')).toBe('2026-12-01');
    expect(day('i går')).toBe('2026-12-01');
    expect(day('yesterday')).toBe('2026-12-01');
    expect(day('imorgon')).toBe('2026-12-03');
    expect(day('-7d')).toBe('2026-11-25');
    expect(day('+2d')).toBe('2026-12-04');
    expect(day('2026-11-30')).toBe('2026-11-30');
    expect(day('30/11')).toBe('2026-11-30');
    expect(day('30.11')).toBe('2026-11-30');
    expect(day('2/12/2025')).toBe('2025-12-02');
    expect(day('2/12/25')).toBe('2025-12-02');
  });

  it('takes a day without a year as the one nearest today: History looks back', () => {
    const january = new Date('2027-01-03T10:00:00Z');
    expect(day('30/12', january), 'last week, not next December').toBe('2026-12-30');
    expect(day('5/1', january)).toBe('2027-01-05');
    expect(day('29/2', new Date('2028-03-01T10:00:00Z')), 'a leap day that exists').toBe('2028-02-29');
  });

  it('refuses what is not a day, in words the field shows', () => {
    expect(day('')).toBe('when-missing');
    expect(day('31/4/2026')).toBe('when-no-such-day');
    expect(day('2026-02-30')).toBe('when-no-such-day');
    expect(day('på fredag')).toBe('when-unreadable');
  });

  it('says a day back in each language', () => {
    expect(showDay('2026-12-02', 'sv')).toBe('ons 2 dec 2026');
    expect(showDay('2026-12-02', 'en')).toBe('Wed 2 Dec 2026');
  });
});
