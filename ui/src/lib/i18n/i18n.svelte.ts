/**
 * The app's current language, and `t()` to read a string in it. The language is reactive state:
 * changing it re-renders every string in the app at once.
 */
import type { Language } from '../../bindings/Language';
import { en, sv, type MessageKey, type Messages } from './messages';

const tables: Record<Language, Messages> = { en, sv };

/** Names of the languages, each in its own language (as language pickers show them). */
export const languageNames: Record<Language, string> = { sv: 'Svenska', en: 'English' };

/** The BCP 47 locale used for numbers and dates in each language. */
export const locales: Record<Language, string> = { sv: 'sv-SE', en: 'en-GB' };

let current = $state<Language>('sv');

export const i18n = {
  get language(): Language {
    return current;
  },
  set language(language: Language) {
    current = language;
    if (typeof document !== 'undefined') document.documentElement.lang = language;
  },
};

/** The string for `key` in the current language, with `{name}` placeholders filled in. */
export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  return translate(current, key, params);
}

/** The string for `key` in `language`. */
export function translate(
  language: Language,
  key: MessageKey,
  params: Record<string, string | number> = {},
): string {
  const text = tables[language][key];
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
