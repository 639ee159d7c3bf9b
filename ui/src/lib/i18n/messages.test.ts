import { describe, expect, it } from 'vitest';
import { translate } from './i18n.svelte';
import { en, sv, type MessageKey } from './messages';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('messages', () => {
  const keys = Object.keys(en) as MessageKey[];

  it.each(keys)('%s is written in both languages with the same placeholders', (key) => {
    expect(sv[key].trim(), `Swedish ${key}`).not.toBe('');
    expect(en[key].trim(), `English ${key}`).not.toBe('');
    expect(placeholders(sv[key])).toEqual(placeholders(en[key]));
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('en', 'nav.shortcutHint', { number: 2, letter: 'H' })).toBe('Ctrl+2 or Alt+H');
    expect(translate('sv', 'nav.shortcutHint', { number: 2 })).toBe('Ctrl+2 eller Alt+{letter}');
  });

  it('gives each area its own Alt letter in each language', () => {
    for (const table of [en, sv]) {
      const letters = [table['nav.book.key'], table['nav.history.key'], table['nav.settings.key']];
      expect(new Set(letters).size).toBe(3);
    }
  });
});
