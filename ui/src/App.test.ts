import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { cleanup, render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import App from './App.svelte';
import type { AppInfo } from './bindings/AppInfo';
import type { Language } from './bindings/Language';
import { i18n } from './lib/i18n/i18n.svelte';

const appInfo: AppInfo = {
  name: 'Transfer Desk',
  version: '0.1.0',
  dataDir: '/home/agent/.local/share/se.transferdesk.desk',
  logDir: '/home/agent/.local/share/se.transferdesk.desk/logs',
  profile: 'sandbox',
  sandboxUrl: 'http://127.0.0.1:41234/ftbook/rest/v1/',
};

/** A fake backend that keeps the language like Rust does, and records every call. */
function fakeBackend(options: { stored?: Language; failSave?: boolean; profile?: AppInfo['profile'] } = {}) {
  let stored: Language = options.stored ?? 'sv';
  const calls: Array<{ cmd: string; args: unknown }> = [];
  mockIPC((cmd, args) => {
    calls.push({ cmd, args });
    switch (cmd) {
      case 'get_settings':
        return { language: stored, homeCity: 'Stockholm' };
      case 'app_info':
        return { ...appInfo, profile: options.profile ?? appInfo.profile };
      case 'set_language':
        if (options.failSave) throw { code: 'internal', message: 'disk is full' };
        stored = (args as { language: Language }).language;
        return { language: stored, homeCity: 'Stockholm' };
      default:
        throw new Error(`unexpected command ${cmd}`);
    }
  });
  return { calls, stored: () => stored };
}

beforeEach(() => {
  i18n.language = 'sv';
});

afterEach(() => {
  cleanup();
  clearMocks();
});

describe('the profile badge', () => {
  it('marks the sandbox as training data and a test profile as test', async () => {
    fakeBackend();
    render(App);
    expect(await screen.findByText('Sandlåda')).toBeTruthy();
    cleanup();
    fakeBackend({ profile: 'test' });
    render(App);
    expect(await screen.findByText('Test')).toBeTruthy();
    expect(screen.queryByText('Sandlåda')).toBeNull();
  });
});

describe('the app frame', () => {
  it('starts in the stored language', async () => {
    fakeBackend({ stored: 'en' });
    render(App);
    expect(await screen.findByRole('button', { name: /Settings/ })).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
  });

  it('opens each area with Ctrl+1/2/3 and with the Swedish Alt letters', async () => {
    fakeBackend();
    const user = userEvent.setup();
    render(App);
    await screen.findByRole('heading', { level: 1, name: 'Boka en transfer' });

    await user.keyboard('{Control>}2{/Control}');
    expect(screen.getByRole('heading', { level: 1, name: 'Bokningshistorik' })).toBeTruthy();
    await user.keyboard('{Alt>}i{/Alt}');
    expect(screen.getByRole('heading', { level: 1, name: 'Inställningar' })).toBeTruthy();
    await user.keyboard('{Control>}1{/Control}');
    expect(screen.getByRole('heading', { level: 1, name: 'Boka en transfer' })).toBeTruthy();
  });

  it('puts the cursor where the work starts: at launch and with each area’s key', async () => {
    fakeBackend();
    const user = userEvent.setup();
    render(App);
    const airport = await screen.findByLabelText('Flygplats eller station');
    await waitFor(() => expect(document.activeElement, 'launch: the airport field').toBe(airport));
    await user.keyboard('{Control>}2{/Control}');
    const search = screen.getByLabelText('Sök bokningar');
    await waitFor(() => expect(document.activeElement, 'History: its search').toBe(search));
    await user.keyboard('{Control>}3{/Control}');
    const chosen = screen.getByRole('radio', { name: 'Svenska' });
    await waitFor(() => expect(document.activeElement, 'Settings: the language chosen').toBe(chosen));
    await user.keyboard('{Control>}1{/Control}');
    await waitFor(() => expect(document.activeElement, 'Book again: the airport field').toBe(screen.getByLabelText('Flygplats eller station')));
  });

  it('marks the open area in the menu', async () => {
    fakeBackend();
    const user = userEvent.setup();
    render(App);
    await user.click(await screen.findByRole('button', { name: /Historik/ }));
    expect(screen.getByRole('button', { name: /Historik/ }).getAttribute('aria-current')).toBe('page');
    expect(screen.getByRole('button', { name: /Boka/ }).getAttribute('aria-current')).toBeNull();
  });
});

describe('settings', () => {
  it('switches every string to English once Rust has stored the choice', async () => {
    const backend = fakeBackend();
    const user = userEvent.setup();
    render(App);
    await user.click(await screen.findByRole('button', { name: /Inställningar/ }));
    await user.click(screen.getByRole('radio', { name: 'English' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeTruthy();
    expect(screen.getByRole('button', { name: /Book/ })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Language' })).toBeTruthy();
    expect(document.getElementById('language-status')?.textContent).toContain('The app is now in English.');
    expect(backend.calls).toContainEqual({ cmd: 'set_language', args: { language: 'en' } });
    expect(backend.stored()).toBe('en');
  });

  it('stays in Swedish and says why when the choice cannot be stored', async () => {
    fakeBackend({ failSave: true });
    const user = userEvent.setup();
    render(App);
    await user.click(await screen.findByRole('button', { name: /Inställningar/ }));
    await user.click(screen.getByRole('radio', { name: 'English' }));

    await waitFor(() =>
      expect(document.getElementById('language-status')?.textContent).toContain('Språket kunde inte ändras: disk is full'),
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Inställningar' })).toBeTruthy();
    expect((screen.getByRole('radio', { name: 'Svenska' }) as HTMLInputElement).checked).toBe(true);
  });

  it('shows version, profile and directories from app_info', async () => {
    fakeBackend();
    const user = userEvent.setup();
    render(App);
    await user.click(await screen.findByRole('button', { name: /Inställningar/ }));
    expect(await screen.findByText('0.1.0')).toBeTruthy();
    expect(screen.getByText('Sandlåda (övningsdata, inga riktiga bokningar)')).toBeTruthy();
    expect(screen.getByText(appInfo.dataDir)).toBeTruthy();
    expect(screen.getByText(appInfo.logDir)).toBeTruthy();
    expect(screen.getByText('http://127.0.0.1:41234/ftbook/rest/v1/')).toBeTruthy();
  });

  it('starts in Swedish with a visible notice when the settings cannot be read', async () => {
    mockIPC((cmd) => {
      if (cmd === 'get_settings') throw { code: 'internal', message: 'settings.json is locked' };
      return appInfo;
    });
    render(App);
    expect((await screen.findByRole('alert')).textContent).toContain('settings.json is locked');
    expect(screen.getByRole('heading', { level: 1, name: 'Boka en transfer' })).toBeTruthy();
  });
});
