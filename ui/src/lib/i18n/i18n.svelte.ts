/**
 * The app's current language, and `t()` to read a message in it. The messages are Project Fluent
 * files at the repository's root, `locales/<language>/ui.ftl`, beside the Rust side's: one set of
 * files, one `Language`. The language is reactive state: changing it re-renders every string in
 * the app at once.
 */
import { FluentBundle, FluentNumber, FluentResource } from '@fluent/bundle';
import type { Language } from '../../bindings/Language';
import type { MessageKey } from './keys';
import englishPnr from '../../../../locales/en/pnr.ftl?raw';
import english from '../../../../locales/en/ui.ftl?raw';
import swedishPnr from '../../../../locales/sv/pnr.ftl?raw';
import swedish from '../../../../locales/sv/ui.ftl?raw';

export type { MessageKey } from './keys';

/** Names of the languages, each in its own language (as language pickers show them). */
export const languageNames: Record<Language, string> = { sv: 'Svenska', en: 'English' };

/** The BCP 47 locale used for numbers and dates in each language. */
export const locales: Record<Language, string> = { sv: 'sv-SE', en: 'en-GB' };

/**
 * The screens' messages: `ui.ftl`, and `pnr.ftl`, which the desk and the command line share
 * with the screens (what a pasted PNR left unread, and why a flight needs no transfer).
 */
export const SCREEN_FILES = ['ui.ftl', 'pnr.ftl'] as const;

function bundle(language: Language, texts: readonly string[]): FluentBundle {
  // Strings are shown as text, not laid out bidirectionally: no isolation marks around arguments.
  const made = new FluentBundle(locales[language], { useIsolating: false });
  texts.forEach((text, index) => {
    const errors = made.addResource(new FluentResource(text));
    if (errors.length > 0) console.error(`locales/${language}/${SCREEN_FILES[index]}`, errors);
  });
  return made;
}

const bundles: Record<Language, FluentBundle> = {
  en: bundle('en', [english, englishPnr]),
  sv: bundle('sv', [swedish, swedishPnr]),
};

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

/** Whether `key` is a message (a field's error may be a key, or a supplier's own sentence). */
export function isMessageKey(key: string): key is MessageKey {
  return bundles.en.hasMessage(key);
}

/** The message `key` in the current language, its `{ $name }` arguments filled in. */
export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  return translate(current, key, params);
}

/**
 * The message `key` in `language`. Arguments are placed as text (a price or a count as the
 * caller wrote it); an argument not given stays visible as `{$name}`.
 */
export function translate(
  language: Language,
  key: MessageKey,
  params: Record<string, string | number> = {},
): string {
  const messages = bundles[language];
  const pattern = messages.getMessage(key)?.value;
  if (!pattern) return key;
  // Whole numbers stay numbers (without grouping), so a message can choose `one` or `other`;
  // anything else is placed as the caller wrote it (a price already formatted).
  const args = Object.fromEntries(
    Object.entries(params).map(([name, value]) => [
      name,
      typeof value === 'number' && Number.isInteger(value) ? new FluentNumber(value, { useGrouping: false }) : String(value),
    ]),
  );
  return messages.formatPattern(pattern, args, []);
}
