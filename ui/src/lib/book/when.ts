/**
 * A pickup or connection time as agents type it, in 24-hour Swedish practice, read against "now"
 * in the trip's IANA zone (Europe/Stockholm unless the caller says): `0710`, `7.10`, `07:10`,
 * `2/12 0710` (day/month), `2026-12-02 07:10`, `imorgon 07:10` / `tomorrow 07:10`, `idag` /
 * `today`, `+2d 0710`. A time without a day is its next occurrence; a day without a year is the
 * next such day. What was understood is shown back (`tis 2 dec 07:10`) before anything is sent.
 *
 * Pure functions: the date-time entry of the Book area (issue 13) builds on them.
 */
import type { Language } from '../../bindings/Language';
import type { MessageKey } from '../i18n/keys';
import { locales } from '../i18n/i18n.svelte';

/** A moment read from the agent's text: the instant, and its local wall time and offset. */
export type Moment = { instant: Date; iso: string };

export type Read = { ok: true; moment: Moment } | { ok: false; error: MessageKey };

const TODAY = ['idag', 'today'];
const TOMORROW = ['imorgon', 'i morgon', 'tomorrow'];

/** Minutes the zone is ahead of UTC at `instant`. */
function offsetAt(instant: number, zone: string): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant));
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const wall = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
  return Math.round((wall - instant) / 60000);
}

/** The instant of a wall time in `zone` (a time skipped by the spring change reads as after it). */
export function instantOf(y: number, mo: number, d: number, h: number, mi: number, zone: string): number {
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  let instant = wall - offsetAt(wall, zone) * 60000;
  instant = wall - offsetAt(instant, zone) * 60000;
  return instant;
}

/** The wall date (year, month, day) of `instant` in `zone`. */
export function wallDate(instant: number, zone: string): [number, number, number] {
  const local = instant + offsetAt(instant, zone) * 60000;
  const date = new Date(local);
  return [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
}

function iso(instant: number, zone: string): string {
  const offset = offsetAt(instant, zone);
  const local = new Date(instant + offset * 60000).toISOString().slice(0, 19);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** `0710`, `7.10`, `7:10`, `07:10`, `7` → [hour, minute]. */
function readTime(text: string): [number, number] | null {
  const match = /^(\d{1,2})(?:[.:]?(\d{2}))?$/.exec(text);
  if (!match) return null;
  const [hour, minute] = [Number(match[1]), Number(match[2] ?? 0)];
  return hour <= 23 && minute <= 59 ? [hour, minute] : null;
}

/** Reads `text` against `now` in `zone`. */
export function readWhen(text: string, now: Date, zone = 'Europe/Stockholm'): Read {
  let rest = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (rest === '') return { ok: false, error: 'when-missing' };
  const [ty, tm, td] = wallDate(now.getTime(), zone);
  let day: [number, number, number] | null = null;
  let nextYearIfPast = false;
  const shift = (days: number): [number, number, number] => wallDate(instantOf(ty, tm, td, 12, 0, zone) + days * 86400000, zone);
  const word = [...TOMORROW, ...TODAY].find((w) => rest === w || rest.startsWith(`${w} `));
  const plus = /^\+(\d{1,3})d(?: |$)/.exec(rest);
  const dayMonth = /^(\d{1,2})\/(\d{1,2})(?:\/(\d{2}|\d{4}))?(?: |$)/.exec(rest);
  const isoDay = /^(\d{4})-(\d{2})-(\d{2})(?:[ t]|$)/.exec(rest);
  if (word) {
    day = shift(TOMORROW.includes(word) ? 1 : 0);
    rest = rest.slice(word.length).trim();
  } else if (plus) {
    day = shift(Number(plus[1]));
    rest = rest.slice(plus[0].length).trim();
  } else if (isoDay) {
    day = [Number(isoDay[1]), Number(isoDay[2]), Number(isoDay[3])];
    rest = rest.slice(isoDay[0].length).trim();
  } else if (dayMonth) {
    const year = dayMonth[3] ? Number(dayMonth[3].length === 2 ? `20${dayMonth[3]}` : dayMonth[3]) : ty;
    day = [year, Number(dayMonth[2]), Number(dayMonth[1])];
    nextYearIfPast = !dayMonth[3];
    rest = rest.slice(dayMonth[0].length).trim();
  }
  const time = readTime(rest);
  if (!time) return { ok: false, error: rest === '' ? 'when-no-time' : 'when-unreadable' };
  if (day) {
    const [y, mo, d] = day;
    const probe = new Date(Date.UTC(y, mo - 1, d));
    if (probe.getUTCMonth() !== mo - 1 || probe.getUTCDate() !== d) return { ok: false, error: 'when-no-such-day' };
  }
  const [hour, minute] = time;
  let at = day
    ? instantOf(day[0], day[1], day[2], hour, minute, zone)
    : instantOf(ty, tm, td, hour, minute, zone);
  if (!day && at <= now.getTime()) {
    const [y, mo, d] = shift(1);
    at = instantOf(y, mo, d, hour, minute, zone);
  } else if (day && nextYearIfPast && at <= now.getTime()) {
    at = instantOf(day[0] + 1, day[1], day[2], hour, minute, zone);
  }
  return { ok: true, moment: { instant: new Date(at), iso: iso(at, zone) } };
}

/** A moment as the agent reads it back: `tis 2 dec 07:10` / `Tue 2 Dec 07:10`. */
export function showWhen(moment: Moment, language: Language, zone = 'Europe/Stockholm'): string {
  const format = (options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(locales[language], { timeZone: zone, ...options }).format(moment.instant);
  const weekday = format({ weekday: 'short' }).replace(/\.$/, '');
  const day = format({ day: 'numeric' });
  const month = format({ month: 'short' }).replace(/\.$/, '');
  const time = format({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  return `${weekday} ${day} ${month} ${time}`;
}

/** A part of a wall time written `2026-12-02 07:10`, as the arrow keys change it. */
export type Part = 'year' | 'month' | 'day' | 'hour' | 'minute';

/** The part of `2026-12-02 07:10` at caret position `at`. */
export function partAt(at: number): Part {
  if (at <= 4) return 'year';
  if (at <= 7) return 'month';
  if (at <= 10) return 'day';
  if (at <= 13) return 'hour';
  return 'minute';
}

/** Where each part starts in `2026-12-02 07:10`, to put the caret back on it. */
export const PART_START: Record<Part, number> = { year: 0, month: 5, day: 8, hour: 11, minute: 14 };

/**
 * The wall time `wall` (`2026-12-02T07:10` or with a space) with `part` moved by `delta`, written
 * `2026-12-02 07:10`: the day after the 31st is the 1st of the next month, 23:59 plus a minute is
 * the next day; a month or year moved keeps the day where it can (31 Jan + 1 month → 28 Feb).
 */
export function stepWhen(wall: string, part: Part, delta: number): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})/.exec(wall);
  if (!match) return null;
  const [y, mo, d, h, mi] = match.slice(1).map(Number) as [number, number, number, number, number];
  let at: Date;
  if (part === 'year' || part === 'month') {
    const months = y * 12 + (mo - 1) + (part === 'year' ? 12 * delta : delta);
    const [year, month] = [Math.floor(months / 12), months % 12];
    const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
    at = new Date(Date.UTC(year, month, Math.min(d, last), h, mi));
  } else {
    const minutes = { day: 1440, hour: 60, minute: 1 }[part] * delta;
    at = new Date(Date.UTC(y, mo - 1, d, h, mi) + minutes * 60000);
  }
  return at.toISOString().slice(0, 16).replace('T', ' ');
}
