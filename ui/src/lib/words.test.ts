import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from './i18n/i18n.svelte';
import { journalWord, serviceWord, statusWord } from './words';

afterEach(() => {
  i18n.language = 'sv';
});

describe('supplier and journal words', () => {
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
