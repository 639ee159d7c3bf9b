/**
 * Supplier and journal words in the agent's language: statuses and journal events arrive as the
 * supplier's or the journal's own codes and are shown as words when they are known, as they came
 * otherwise.
 */
import { i18n, locales, t } from './i18n/i18n.svelte';
import { en, type MessageKey } from './i18n/messages';

function known(key: string): key is MessageKey {
  return key in en;
}

/** An error for a field: a message key in the agent's language, or a supplier's own sentence. */
export function errorText(key: string | undefined): string | null {
  if (!key) return null;
  return known(key) ? t(key) : key;
}

/** A status word (`COMPLETE` → "Klar"); an unknown status is shown as it came. */
export function statusWord(status: string): string {
  const key = `status.${status}`;
  return known(key) ? t(key) : status;
}

/** An FTBook service name (`Bus` → "Flygbuss"); an unknown one as it came. */
export function serviceWord(name: string): string {
  const key = `service.${name}`;
  return known(key) ? t(key) : name;
}

/** A journal event or attempt kind (`booking_created` → "booking created at the supplier"). */
export function journalWord(code: string): string {
  const key = `journal.${code}`;
  return known(key) ? t(key) : code;
}

/** A UTC journal time in this computer's local time, as the agent's locale writes it. */
export function localStamp(iso: string): string {
  const when = new Date(iso);
  if (Number.isNaN(when.getTime())) return iso;
  return new Intl.DateTimeFormat(locales[i18n.language], { dateStyle: 'short', timeStyle: 'medium' }).format(when);
}
