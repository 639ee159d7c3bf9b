import { describe, expect, it } from 'vitest';
import { partAt, readWhen, showWhen, stepWhen } from './when';

const winter = new Date('2026-12-01T22:00:00+01:00');
const summer = new Date('2026-06-15T10:00:00+02:00');
const read = (text: string, now = winter) => {
  const result = readWhen(text, now);
  return result.ok ? result.moment.iso : result.error;
};

describe('the time an agent types', () => {
  it.each([
    ['0710', '2026-12-02T07:10:00+01:00'],
    ['7.10', '2026-12-02T07:10:00+01:00'],
    ['7:10', '2026-12-02T07:10:00+01:00'],
    ['07:10', '2026-12-02T07:10:00+01:00'],
    ['23:30', '2026-12-01T23:30:00+01:00'],
    ['imorgon 07:10', '2026-12-02T07:10:00+01:00'],
    ['i morgon 0710', '2026-12-02T07:10:00+01:00'],
    ['tomorrow 07:10', '2026-12-02T07:10:00+01:00'],
    ['Tomorrow 7.10', '2026-12-02T07:10:00+01:00'],
    ['idag 23:00', '2026-12-01T23:00:00+01:00'],
    ['today 2300', '2026-12-01T23:00:00+01:00'],
    ['2/12 0710', '2026-12-02T07:10:00+01:00'],
    ['30/11 0710', '2027-11-30T07:10:00+01:00'],
    ['2/12/2027 0710', '2027-12-02T07:10:00+01:00'],
    ['+2d 0710', '2026-12-03T07:10:00+01:00'],
    ['2026-12-02 07:10', '2026-12-02T07:10:00+01:00'],
    ['  2/12   07:10 ', '2026-12-02T07:10:00+01:00'],
  ])('reads %s as %s (in winter, Stockholm)', (text, expected) => {
    expect(read(text)).toBe(expected);
  });

  it('reads summer times with summer time', () => {
    expect(read('0710', summer)).toBe('2026-06-16T07:10:00+02:00');
    expect(read('1200', summer)).toBe('2026-06-15T12:00:00+02:00');
    expect(read('+1d 0710', summer)).toBe('2026-06-16T07:10:00+02:00');
  });

  it('reads across the changes of clock', () => {
    const march = new Date('2026-03-01T12:00:00+01:00');
    expect(read('28/3 2300', march)).toBe('2026-03-28T23:00:00+01:00');
    expect(read('29/3 0710', march)).toBe('2026-03-29T07:10:00+02:00');
    expect(read('29/3 02:30', march), 'a time the spring change skips reads as after it').toBe('2026-03-29T03:30:00+02:00');
    const october = new Date('2026-10-01T12:00:00+02:00');
    expect(read('24/10 0710', october)).toBe('2026-10-24T07:10:00+02:00');
    expect(read('25/10 0710', october)).toBe('2026-10-25T07:10:00+01:00');
  });

  it('reads the day at midnight in the zone, not in UTC', () => {
    const lateNight = new Date('2026-12-01T23:30:00+01:00'); // 22:30 UTC
    expect(read('imorgon 0710', lateNight)).toBe('2026-12-02T07:10:00+01:00');
    const justAfter = new Date('2026-12-02T00:15:00+01:00'); // still 1 December in UTC
    expect(read('imorgon 0710', justAfter)).toBe('2026-12-03T07:10:00+01:00');
    expect(read('0710', justAfter)).toBe('2026-12-02T07:10:00+01:00');
  });

  it.each([
    ['', 'when-missing'],
    ['   ', 'when-missing'],
    ['imorgon', 'when-no-time'],
    ['2/12', 'when-no-time'],
    ['banan', 'when-unreadable'],
    ['2460', 'when-unreadable'],
    ['07:61', 'when-unreadable'],
    ['31/2 0710', 'when-no-such-day'],
    ['2026-13-01 0710', 'when-no-such-day'],
  ])('refuses %j with %s', (text, error) => {
    expect(read(text)).toBe(error);
  });

  it('shows what it understood back in the agent’s language', () => {
    const result = readWhen('imorgon 07:10', winter);
    if (!result.ok) throw new Error(result.error);
    expect(showWhen(result.moment, 'sv')).toBe('ons 2 dec 07:10');
    expect(showWhen(result.moment, 'en')).toBe('Wed 2 Dec 07:10');
  });
});

describe('the arrow keys on a time', () => {
  it.each([
    ['2026-12-02 07:10', 'minute', 1, '2026-12-02 07:11'],
    ['2026-12-02 23:59', 'minute', 1, '2026-12-03 00:00'],
    ['2026-12-02 07:10', 'hour', -8, '2026-12-01 23:10'],
    ['2026-12-31 07:10', 'day', 1, '2027-01-01 07:10'],
    ['2026-01-31 07:10', 'month', 1, '2026-02-28 07:10'],
    ['2026-01-15 07:10', 'month', -1, '2025-12-15 07:10'],
    ['2028-02-29 07:10', 'year', 1, '2029-02-28 07:10'],
    ['2026-12-02T07:10', 'day', -1, '2026-12-01 07:10'],
  ] as const)('%s with the %s moved by %i is %s', (wall, part, delta, expected) => {
    expect(stepWhen(wall, part, delta)).toBe(expected);
  });

  it('knows the part under the caret', () => {
    expect([0, 4, 5, 7, 8, 10, 11, 13, 14, 16].map(partAt)).toEqual([
      'year', 'year', 'month', 'month', 'day', 'day', 'hour', 'hour', 'minute', 'minute',
    ]);
    expect(stepWhen('imorgon', 'day', 1)).toBeNull();
  });
});
