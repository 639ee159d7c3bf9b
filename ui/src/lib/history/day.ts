/**
 * A day typed into History's filters, as agents write one: `idag`/`today`, `igår`/`yesterday`,
 * `imorgon`/`tomorrow`, `-3d`/`+2d`, `2/12`, `2/12/2026`, `2026-12-02`. History looks back, so a
 * day and month without a year is the one nearest today (on 3 January, `30/12` is last week,
 * not next December). Days are Sweden's, whatever this computer's zone.
 */
import type { Language } from '../../bindings/Language';
import { locales } from '../i18n/i18n.svelte';
import type { MessageKey } from '../i18n/keys';
import { instantOf, wallDate } from '../book/when';

export type DayRead = { ok: true; day: string } | { ok: false; error: MessageKey };

const WORDS: Record<string, number> = {
  idag: 0,
  today: 0,
  igår: -1,
  'i går': -1,
  yesterday: -1,
  imorgon: 1,
  'i morgon': 1,
  tomorrow: 1,
};

const pad = (n: number) => String(n).padStart(2, '0');
const dayText = ([y, m, d]: [number, number, number]) => `${y}-${pad(m)}-${pad(d)}`;

/** Whether the day exists (no 31 April). */
function real([y, m, d]: [number, number, number]): boolean {
  const probe = new Date(Date.UTC(y, m - 1, d));
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d;
}

/** Reads `text` as a day, against `now` in `zone`. */
export function readDay(text: string, now: Date, zone = 'Europe/Stockholm'): DayRead {
  const typed = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (typed === '') return { ok: false, error: 'when-missing' };
  const [ty, tm, td] = wallDate(now.getTime(), zone);
  const noon = instantOf(ty, tm, td, 12, 0, zone);
  const shifted = (days: number) => ({ ok: true as const, day: dayText(wallDate(noon + days * 86_400_000, zone)) });
  if (typed in WORDS) return shifted(WORDS[typed] ?? 0);
  const offset = /^([+-])(\d{1,3})d$/.exec(typed);
  if (offset) return shifted((offset[1] === '-' ? -1 : 1) * Number(offset[2]));
  const isoDay = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(typed);
  const dayMonth = /^(\d{1,2})[/.](\d{1,2})(?:[/.](\d{2}|\d{4}))?$/.exec(typed);
  let day: [number, number, number];
  if (isoDay) day = [Number(isoDay[1]), Number(isoDay[2]), Number(isoDay[3])];
  else if (dayMonth) {
    const [d, m] = [Number(dayMonth[1]), Number(dayMonth[2])];
    if (dayMonth[3]) day = [Number(dayMonth[3].length === 2 ? `20${dayMonth[3]}` : dayMonth[3]), m, d];
    else {
      // The year that puts it nearest today.
      const candidates = [ty - 1, ty, ty + 1].map((y): [number, number, number] => [y, m, d]).filter(real);
      const distance = ([y, mo, da]: [number, number, number]) => Math.abs(Date.UTC(y, mo - 1, da) - Date.UTC(ty, tm - 1, td));
      const nearest = candidates.sort((a, b) => distance(a) - distance(b))[0];
      if (!nearest) return { ok: false, error: 'when-no-such-day' };
      day = nearest;
    }
  } else return { ok: false, error: 'when-unreadable' };
  return real(day) ? { ok: true, day: dayText(day) } : { ok: false, error: 'when-no-such-day' };
}

/** A day as the agent reads it back, as the time field says its days: `ons 2 dec 2026` / `Wed 2 Dec 2026`. */
export function showDay(day: string, language: Language): string {
  const [y, m, d] = day.split('-').map(Number);
  const at = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1, 12));
  const format = (options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(locales[language], { timeZone: 'UTC', ...options }).format(at);
  const weekday = format({ weekday: 'short' }).replace(/\.$/, '');
  const month = format({ month: 'short' }).replace(/\.$/, '');
  return `${weekday} ${format({ day: 'numeric' })} ${month} ${format({ year: 'numeric' })}`;
}
