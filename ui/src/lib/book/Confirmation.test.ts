import { cleanup, render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BookingRequest } from '../../bindings/BookingRequest';
import { booked } from '../../test/fixtures';
import { i18n } from '../i18n/i18n.svelte';
import Confirmation from './Confirmation.svelte';

beforeEach(() => {
  i18n.language = 'sv';
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const request = {
  passenger: { firstName: 'Karin', lastName: 'Öberg', phone: '070-123 45 67' },
  amadeus: 'QX7Z2K',
} as unknown as BookingRequest;

describe('the confirmation', () => {
  it('shows and copies what the agent confirms: phone, flight, pickup place, cancel time, locator', async () => {
    const user = userEvent.setup();
    const copied: string[] = [];
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: async (text: string) => void copied.push(text) },
      configurable: true,
    });
    render(Confirmation, { booked: booked(request), onAgain: () => {} });
    for (const shown of ['070-123 45 67', 'SK1415', 'QX7Z2K', '2026-12-01 06:29']) {
      expect(screen.getByText(shown), shown).toBeTruthy();
    }
    await user.click(screen.getByRole('button', { name: /Kopiera/ }));
    await waitFor(() => expect(copied).toHaveLength(1));
    const text = copied[0] ?? '';
    for (const line of [
      'Telefon: 070-123 45 67',
      'Flyg eller tåg: SK1415',
      'Hämtning: 2026-12-01 07:19 · Drottningholmsvägen 37, Kungsholmen (Stockholm)',
      'Amadeus-bokningsnummer: QX7Z2K',
    ]) {
      expect(text, line).toContain(line);
    }
  });
});
