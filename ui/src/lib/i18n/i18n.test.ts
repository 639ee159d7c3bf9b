import { describe, expect, it } from 'vitest';
import { translate } from './i18n.svelte';

describe('numbers in messages', () => {
  it('choose one or other by the number, in each language', () => {
    expect(translate('sv', 'book-review-travellersValue', { passengers: 1, bags: 2 })).toBe('1 resenär, 2 väskor');
    expect(translate('en', 'book-review-travellersValue', { passengers: 3, bags: 1 })).toBe('3 travellers, 1 bag');
  });

  it('are never grouped, and text is placed as written', () => {
    expect(translate('en', 'book-review-travellersValue', { passengers: 12000, bags: 0 })).toBe('12000 travellers, 0 bags');
    expect(translate('en', 'book-review-flightTo', { flight: 'SK1415', code: 'GOT' })).toBe('SK1415 to GOT');
  });
});
