import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { cleanup, render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { i18n } from '../i18n/i18n.svelte';
import HomeCityBlock from './HomeCityBlock.svelte';

beforeEach(() => {
  i18n.language = 'en';
});

afterEach(() => {
  cleanup();
  clearMocks();
});

describe('the home city', () => {
  it('shows the one kept, keeps a new one with Enter, and says a refusal on its field', async () => {
    const saved: string[] = [];
    mockIPC((cmd, args) => {
      if (cmd === 'get_settings') return { language: 'en', homeCity: 'Stockholm' };
      if (cmd === 'set_home_city') {
        const city = (args as { city: string }).city;
        if (city.length > 64) throw { code: 'validation', message: 'The home city may be at most 64 characters.', field: 'settings.homeCity', faults: [] };
        saved.push(city);
        return { language: 'en', homeCity: city.trim() };
      }
      return null;
    });
    const user = userEvent.setup();
    render(HomeCityBlock);
    const field = screen.getByLabelText('Home city') as HTMLInputElement;
    await waitFor(() => expect(field.value).toBe('Stockholm'));
    await user.clear(field);
    await user.type(field, 'Göteborg{Enter}');
    expect(await screen.findByText('The home city is now Göteborg.')).toBeTruthy();
    expect(saved).toEqual(['Göteborg']);
    field.removeAttribute('maxlength');
    await user.clear(field);
    await user.type(field, `${'x'.repeat(65)}{Enter}`);
    await waitFor(() => expect(field.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByText('The home city may be at most 64 characters.')).toBeTruthy();
  });
});
