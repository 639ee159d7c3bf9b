import { afterEach, describe, expect, it } from 'vitest';
import { DEBIT_METHODS } from './book/draft';
import { i18n, isMessageKey } from './i18n/i18n.svelte';
import { journalWord, keyOf, localStamp, serviceWord, statusWord } from './words';

afterEach(() => {
  i18n.language = 'sv';
});

describe('supplier and journal words', () => {
  it('has words for every code of the closed sets the screens name by code', () => {
    const secrets = ['ftbook.password', 'fasttrak.password', 'fasttrak.partnerAccessKey', 'tbo.password'];
    const keys = [
      ...DEBIT_METHODS.map((method) => keyOf('debit', method)),
      ...secrets.map((name) => keyOf('settings-secret', name)),
      ...['ftbook', 'fasttrak'].map((supplier) => keyOf('supplier', supplier)),
      keyOf('service', 'Bus&Taxi'),
    ];
    expect(keys.filter((key) => !isMessageKey(key))).toEqual([]);
  });

  it('shows known codes as words in the language and unknown ones as they came', () => {
    i18n.language = 'sv';
    expect(statusWord('COMPLETE')).toBe('Bekräftad');
    expect(journalWord('booking_created')).toBe('bokningen skapad hos leverantören');
    i18n.language = 'en';
    expect(statusWord('Trip_Confirmed')).toBe('Confirmed');
    expect(statusWord('Farmed_Out')).toBe('Farmed_Out');
    expect(journalWord('in_doubt')).toBe('several candidates at the supplier: in doubt');
    expect(serviceWord('Bus')).toBe('Airport coach');
    expect(serviceWord('Ferry')).toBe('Ferry');
  });
});

describe('one word and one date form', () => {
  it('names a confirmed booking the same whichever supplier made it', () => {
    for (const language of ['sv', 'en'] as const) {
      i18n.language = language;
      expect(statusWord('COMPLETE'), `${language}: FTBook's COMPLETE`).toBe(statusWord('Trip_Confirmed'));
      expect(statusWord('BOOKED')).toBe(statusWord('Booked'));
      expect(statusWord('CANCELLED')).toBe(statusWord('Cancelled'));
    }
  });

  it('writes journal times in the ISO order the other times use, in both languages', () => {
    for (const language of ['sv', 'en'] as const) {
      i18n.language = language;
      expect(localStamp('2026-12-02T06:40:12Z')).toMatch(/^2026-12-02 \d{2}:40:12$/);
    }
  });
});
