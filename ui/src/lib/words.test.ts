import { afterEach, describe, expect, it } from 'vitest';
import { DEBIT_METHODS } from './book/draft';
import { i18n, isMessageKey } from './i18n/i18n.svelte';
import { journalWord, keyOf, serviceWord, statusWord } from './words';

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
    expect(statusWord('COMPLETE')).toBe('Klar');
    expect(journalWord('booking_created')).toBe('bokningen skapad hos leverantören');
    i18n.language = 'en';
    expect(statusWord('Trip_Confirmed')).toBe('Confirmed');
    expect(statusWord('Farmed_Out')).toBe('Farmed_Out');
    expect(journalWord('in_doubt')).toBe('several candidates at the supplier: in doubt');
    expect(serviceWord('Bus')).toBe('Airport coach');
    expect(serviceWord('Ferry')).toBe('Ferry');
  });
});
