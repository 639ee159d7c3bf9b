import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { cleanup, render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PlaceHit } from '../../bindings/PlaceHit';
import { i18n } from '../i18n/i18n.svelte';
import PlaceInput from './PlaceInput.svelte';

function street(name: string): PlaceHit {
  return {
    label: name,
    detail: 'Stockholm',
    kind: 'address',
    place: { kind: 'street', name, city: 'Stockholm' },
    needsNumber: false,
  };
}

beforeEach(() => {
  i18n.language = 'en';
});

afterEach(() => {
  cleanup();
  clearMocks();
});

describe('the place type-ahead', () => {
  it('waits for a pause, then offers places, more on demand, and takes one with the keyboard', async () => {
    const searches: Array<{ text: string; offset: number }> = [];
    mockIPC((cmd, args) => {
      if (cmd !== 'search_places') throw new Error(cmd);
      const { text, offset } = args as { text: string; offset: number };
      searches.push({ text, offset });
      return offset === 0
        ? { hits: [street('Sveavägen'), street('Sankt Eriksgatan')], more: true, nextOffset: 2 }
        : { hits: [street('Sturegatan')], more: false, nextOffset: null };
    });
    const user = userEvent.setup();
    render(PlaceInput, { id: 'from', label: 'From' });
    await user.type(screen.getByLabelText('From'), 'Sve');
    await screen.findByRole('option', { name: /Sveavägen/ });
    expect(searches).toEqual([{ text: 'Sve', offset: 0 }]);

    await user.keyboard('{ArrowDown}{ArrowDown}{Enter}');
    await screen.findByRole('option', { name: /Sturegatan/ });
    expect(searches.at(-1)).toEqual({ text: 'Sve', offset: 2 });
    expect(screen.queryByRole('option', { name: 'Show more places' })).toBeNull();
    expect(screen.getByRole('option', { selected: true }).textContent).toContain('Sturegatan');

    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.queryByRole('listbox')).toBeNull());
    expect((screen.getByLabelText('From') as HTMLInputElement).value).toBe('Sturegatan');
  });

  it('says when nothing matches', async () => {
    mockIPC(() => ({ hits: [], more: false, nextOffset: null }));
    const user = userEvent.setup();
    render(PlaceInput, { id: 'to', label: 'To' });
    await user.type(screen.getByLabelText('To'), 'Xyzzy');
    expect(await screen.findByText('Nothing found for “Xyzzy”.')).toBeTruthy();
  });
});
