/**
 * Money and times as the agent reads them. Money arrives as the supplier's exact text ("679.00")
 * and is only formatted here, never computed with. Times arrive as ISO 8601 with the pickup's
 * offset and are shown in that local time (a 07:19 pickup at Arlanda is 07:19, whatever the
 * agent's computer says).
 */
import type { Language } from '../bindings/Language';
import { locales } from './i18n/i18n.svelte';

/** `679,00 kr` in Swedish, `SEK 679.00` in English. The text is parsed only to be formatted. */
export function formatMoney(
  amount: string | null | undefined,
  currency: string | null | undefined,
  language: Language,
): string {
  if (amount == null || amount === '') return '–';
  const value = Number(amount);
  if (!Number.isFinite(value)) return `${amount} ${currency ?? ''}`.trim();
  if (!currency) return new Intl.NumberFormat(locales[language], { minimumFractionDigits: 2 }).format(value);
  const display = language === 'sv' ? 'symbol' : 'code';
  return new Intl.NumberFormat(locales[language], { style: 'currency', currency, currencyDisplay: display }).format(value);
}

const LOCAL = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/;

/** `2026-11-26 07:19`: the date and time as written at the pickup, without converting. */
export function formatLocalTime(iso: string | null | undefined): string {
  if (!iso) return '–';
  const match = LOCAL.exec(iso);
  return match ? `${match[1]} ${match[2]}` : iso;
}

/** Whether an ISO time is before `now`. */
export function isPast(iso: string | null | undefined, now: Date = new Date()): boolean {
  if (!iso) return false;
  const when = Date.parse(iso);
  return Number.isFinite(when) && when < now.getTime();
}
