import { describe, expect, it } from 'vitest';
import englishPnr from '../../../../locales/en/pnr.ftl?raw';
import englishUi from '../../../../locales/en/ui.ftl?raw';
import swedishPnr from '../../../../locales/sv/pnr.ftl?raw';
import swedishUi from '../../../../locales/sv/ui.ftl?raw';
import { keysModule, messageIds } from '../../../scripts/message-keys.mjs';
import keysFile from './keys.ts?raw';
import { isMessageKey, translate } from './i18n.svelte';
import type { MessageKey } from './keys';

// The screens read both files (`SCREEN_FILES`), the message-keys script as one text.
const english = `${englishUi}\n${englishPnr}`;
const swedish = `${swedishUi}\n${swedishPnr}`;
const ids = messageIds(english) as MessageKey[];
const placeholders = (text: string) => [...text.matchAll(/\{\s*\$(\w+)\s*\}/g)].map((m) => m[1]).sort();
const source = (ftl: string) =>
  Object.fromEntries(
    [...ftl.matchAll(/^([a-zA-Z][\w-]*)[ \t]*=[ \t]*(.*)$/gm)].map((m) => [m[1], m[2] ?? '']),
  ) as Record<string, string>;

describe('messages', () => {
  const en = source(english);
  const sv = source(swedish);

  it('are the same ids in both languages, each once', () => {
    expect(messageIds(swedish).sort()).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(ids)('%s is written in both languages with the same placeholders', (key) => {
    expect(translate('sv', key).trim(), `Swedish ${key}`).not.toBe('');
    expect(translate('en', key).trim(), `English ${key}`).not.toBe('');
    expect(placeholders(sv[key] ?? '')).toEqual(placeholders(en[key] ?? ''));
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('en', 'nav-shortcutHint', { number: 2, letter: 'H' })).toBe('Ctrl+2 or Alt+H');
    expect(translate('sv', 'nav-shortcutHint', { number: 2 })).toBe('Ctrl+2 eller Alt+{$letter}');
  });

  it('places numbers as the caller wrote them, not in the locale’s grouping', () => {
    expect(translate('sv', 'nav-shortcutHint', { number: 10000, letter: 'H' })).toBe('Ctrl+10000 eller Alt+H');
  });

  it('knows its ids from other text', () => {
    expect(isMessageKey('book-step-trip')).toBe(true);
    expect(isMessageKey('The supplier’s own sentence.')).toBe(false);
  });

  it('gives each area its own Alt letter in each language', () => {
    for (const language of ['en', 'sv'] as const) {
      const letters = (['nav-book-key', 'nav-history-key', 'nav-settings-key'] as const).map((key) =>
        translate(language, key),
      );
      expect(new Set(letters).size).toBe(3);
    }
  });

  it('has MessageKey as npm run messages writes it from the messages', () => {
    expect(keysFile, 'run npm run messages').toBe(keysModule(english));
  });
});
