/**
 * Supplier and journal words in the agent's language: statuses arrive as the supplier's own codes
 * and are shown as words when they are known, as they came otherwise; journal events and attempt
 * kinds are the journal's closed set (`JournalEvent`), each with its words.
 */
import { i18n, isMessageKey, t, type MessageKey } from './i18n/i18n.svelte';
import type { AttemptKind } from '../bindings/AttemptKind';
import type { JournalEvent } from '../bindings/JournalEvent';

/** The message id for a code of a closed set (`status`, `COMPLETE` → `status-COMPLETE`): what
 * Fluent ids cannot hold (`Bus&Taxi`) becomes `-`. */
export function keyOf(area: string, code: string): string {
  return `${area}-${code.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

/** An error for a field: a message key in the agent's language, or a supplier's own sentence. */
export function errorText(key: string | undefined): string | null {
  if (!key) return null;
  return isMessageKey(key) ? t(key) : key;
}

/** A status word (`COMPLETE` → "Bekräftad"); an unknown status is shown as it came. */
export function statusWord(status: string): string {
  const key = keyOf('status', status);
  return isMessageKey(key) ? t(key) : status;
}

/** An FTBook service name (`Bus` → "Flygbuss"); an unknown one as it came. */
export function serviceWord(name: string): string {
  const key = keyOf('service', name);
  return isMessageKey(key) ? t(key) : name;
}

/** The words for every journal event and attempt kind: a new one fails `npm run check` here. */
const JOURNAL: Record<JournalEvent | AttemptKind, MessageKey> = {
  journalled: 'journal-journalled',
  booking_created: 'journal-booking_created',
  segment_created: 'journal-segment_created',
  reservation_created: 'journal-reservation_created',
  cancelled: 'journal-cancelled',
  already_done: 'journal-already_done',
  not_seen: 'journal-not_seen',
  in_doubt: 'journal-in_doubt',
  pending: 'journal-pending',
  unknown: 'journal-unknown',
  confirmed: 'journal-confirmed',
  rejected: 'journal-rejected',
  not_made: 'journal-not_made',
  booking_not_found: 'journal-booking_not_found',
  segment_not_found: 'journal-segment_not_found',
  book: 'journal-book',
  cancel_segment: 'journal-cancel_segment',
  cancel_booking: 'journal-cancel_booking',
};

/** A journal event or attempt kind (`booking_created` → "booking created at the supplier"). */
export function journalWord(code: JournalEvent | AttemptKind): string {
  return t(JOURNAL[code]);
}

/**
 * A UTC journal time in this computer's local time, written as every other time on the screens
 * is, in both languages (`2026-12-02 03:40:12`: ISO order, 24 hours), so one screen never holds
 * two date forms.
 */
export function localStamp(iso: string): string {
  const when = new Date(iso);
  if (Number.isNaN(when.getTime())) return iso;
  return new Intl.DateTimeFormat('sv-SE', { dateStyle: 'short', timeStyle: 'medium' }).format(when);
}
