import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { cleanup, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DeskSettings } from '../../bindings/DeskSettings';
import type { Profile } from '../../bindings/Profile';
import { i18n } from '../i18n/i18n.svelte';
import ProfilesBlock from './ProfilesBlock.svelte';

function settings(active: Profile, options: { ready?: boolean; ftbookStored?: boolean } = {}): DeskSettings {
  const secrets = (stored: boolean) => [
    { name: 'ftbook.password', set: stored },
    { name: 'fasttrak.password', set: false },
    { name: 'fasttrak.partnerAccessKey', set: false },
    { name: 'tbo.password', set: false },
  ];
  return {
    active,
    secretStore: options.ready === false ? 'encrypted_file' : 'keychain',
    secretsReady: options.ready ?? true,
    profiles: [
      {
        profile: 'sandbox',
        settings: {
          ftbook: { baseUrl: 'http://127.0.0.1:4000/ftbook/rest/v1/', username: 'agent', agencyOfficeId: 'STOS12345', clientName: 'Sandbox', debitMethod: 'AGENT' },
        },
        secrets: secrets(true),
        editable: false,
      },
      { profile: 'test', settings: {}, secrets: secrets(options.ftbookStored ?? false), editable: true },
      { profile: 'production', settings: {}, secrets: secrets(false), editable: true },
    ],
  };
}

function backend(options: { ready?: boolean; failSave?: boolean } = {}) {
  const calls: Array<{ cmd: string; args: Record<string, unknown> }> = [];
  let state = settings('sandbox', options);
  mockIPC((cmd, args) => {
    const payload = (args ?? {}) as Record<string, unknown>;
    calls.push({ cmd, args: payload });
    switch (cmd) {
      case 'get_desk_settings':
        return state;
      case 'set_secret':
        state = settings(state.active, { ftbookStored: true });
        return state;
      case 'save_profile_settings':
        if (options.failSave) throw { code: 'internal', message: 'profiles.json could not be written: the disk is full.' };
        return state;
      case 'switch_profile':
        state = settings(payload.profile as Profile);
        return state;
      case 'test_connection':
        return 'Flygtaxi: agent';
      case 'unlock_secrets':
        if (payload.passphrase !== 'korrekt häst') throw { code: 'validation', message: 'The passphrase does not open the secrets file.', field: 'secrets.passphrase' };
        state = settings('sandbox', { ready: true });
        return state;
      default:
        throw new Error(`unexpected command ${cmd}`);
    }
  });
  return calls;
}

beforeEach(() => {
  i18n.language = 'en';
});

afterEach(() => {
  cleanup();
  clearMocks();
});

describe('profiles and credentials', () => {
  it('marks the sandbox as training data and keeps its settings read-only', async () => {
    backend();
    render(ProfilesBlock);
    const sandbox = await screen.findByLabelText(/^Sandbox \(training data, no real bookings\).*in use$/);
    expect((sandbox as HTMLInputElement).checked).toBe(true);
    await userEvent.setup().selectOptions(screen.getByLabelText('Profile to edit'), 'sandbox');
    expect(screen.getByText(/come with it and cannot be changed/)).toBeTruthy();
    expect((screen.getByLabelText('Address (API root)') as HTMLInputElement).disabled).toBe(true);
  });

  it('sets up FTBook with a documented debit method to choose, AGENT by default, and IANA zones', async () => {
    backend();
    const user = userEvent.setup();
    render(ProfilesBlock);
    await user.click(await screen.findByRole('button', { name: 'Set up FTBook (Flygtaxi)' }));
    const debit = screen.getByLabelText('Default debit method') as HTMLSelectElement;
    expect(debit.value, 'a new profile books with AGENT, not INVOICE without an address').toBe('AGENT');
    const methods = Array.from(debit.options).map((o) => o.value);
    expect(methods).toEqual(['REVERSE', 'AGENT', 'AGENT_CUSTOMER', 'FLYGTAXI_CUSTOMER']);
    await user.click(screen.getByRole('button', { name: 'Set up FASTTRAK' }));
    expect((screen.getByLabelText(/Time zone/) as HTMLInputElement).value).toBe('Europe/Stockholm');
  });

  it('says a failed save beside Save, where the agent is, and a field’s problem on the field', async () => {
    backend({ failSave: true });
    const user = userEvent.setup();
    render(ProfilesBlock);
    await user.click(await screen.findByRole('button', { name: 'Set up FTBook (Flygtaxi)' }));
    const save = screen.getByRole('button', { name: 'Save settings' });
    await user.click(save);
    const said = await screen.findByText('profiles.json could not be written: the disk is full.');
    expect(said.closest('.actions'), 'next to the Save button').toBe(save.closest('.actions'));
    expect(screen.getAllByText('profiles.json could not be written: the disk is full.')).toHaveLength(1);
  });

  it('stores a password without ever showing it again', async () => {
    const calls = backend();
    const user = userEvent.setup();
    render(ProfilesBlock);
    const field = await screen.findByLabelText('FTBook password');
    await user.type(field, 'hemligt');
    const row = field.closest('.secret') as HTMLElement;
    expect(within(row).getByText('Not stored')).toBeTruthy();
    await user.click(within(row).getByRole('button', { name: 'Store' }));
    expect(await within(row).findByText('Stored')).toBeTruthy();
    expect((screen.getByLabelText('FTBook password') as HTMLInputElement).value).toBe('');
    expect(calls.find((c) => c.cmd === 'set_secret')?.args).toEqual({ profile: 'test', name: 'ftbook.password', value: 'hemligt' });
  });

  it('tests the suppliers of the profile in use whichever profile is edited, and switches', async () => {
    const calls = backend();
    const user = userEvent.setup();
    render(ProfilesBlock);
    expect(((await screen.findByLabelText('Profile to edit')) as HTMLSelectElement).value, 'editing Test').toBe('test');
    expect(screen.getByRole('heading', { name: /Connections of the profile in use: Sandbox/ })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Test FTBook (Flygtaxi)' }));
    expect(await screen.findByText('Works: Flygtaxi: agent')).toBeTruthy();
    // The arrows (or a click) only point at a profile; "Use" switches.
    await user.click(screen.getByLabelText(/^Test \(the suppliers' test systems\)/));
    expect(calls.some((c) => c.cmd === 'switch_profile'), 'pointing at a profile switches nothing').toBe(false);
    await user.click(screen.getByRole('button', { name: "Use Test (the suppliers' test systems)" }));
    expect(await screen.findByText(/The app now uses Test/)).toBeTruthy();
    expect(calls.some((c) => c.cmd === 'switch_profile' && c.args.profile === 'test')).toBe(true);
    expect(screen.getByRole('heading', { name: /Connections of the profile in use: Test/ })).toBeTruthy();
    expect(screen.queryByText('Works: Flygtaxi: agent'), 'a result belongs to the profile tested').toBeNull();
  });

  it('asks before Production, says what changes, and stays put on Escape', async () => {
    const calls = backend();
    const user = userEvent.setup();
    render(ProfilesBlock);
    await user.click(await screen.findByLabelText(/^Production \(real bookings\)/));
    await user.click(screen.getByRole('button', { name: 'Use Production (real bookings)' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Switch to Production?' });
    expect(within(dialog).getByText(/charged to the agency/)).toBeTruthy();
    expect(calls.some((c) => c.cmd === 'switch_profile'), 'nothing switches before the yes').toBe(false);
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Switch to Production' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    const sandbox = screen.getByLabelText(/^Sandbox \(training data, no real bookings\)/) as HTMLInputElement;
    expect(sandbox.checked, 'the active profile is still the one chosen').toBe(true);
    expect((screen.getByLabelText(/^Production \(real bookings\)/) as HTMLInputElement).checked).toBe(false);
    expect(calls.some((c) => c.cmd === 'switch_profile')).toBe(false);
    await user.click(screen.getByLabelText(/^Production \(real bookings\)/));
    await user.click(screen.getByRole('button', { name: 'Use Production (real bookings)' }));
    await user.keyboard('{Enter}');
    await waitFor(() =>
      expect(calls.some((c) => c.cmd === 'switch_profile' && c.args.profile === 'production')).toBe(true),
    );
  });

  it('asks for the passphrase where no keychain works, and says when it is wrong', async () => {
    backend({ ready: false });
    const user = userEvent.setup();
    render(ProfilesBlock);
    expect(await screen.findByText(/a file encrypted with your passphrase/)).toBeTruthy();
    await user.type(screen.getByLabelText('Passphrase for the secrets file'), 'fel');
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    expect(await screen.findAllByText('The passphrase does not open the secrets file.')).not.toHaveLength(0);
    // Said on the field itself, where the agent is typing, not only at the foot of the block.
    const field = screen.getByLabelText('Passphrase for the secrets file');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (field.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
    const said = describedBy.map((id) => document.getElementById(id)?.textContent ?? '');
    expect(said).toContain('The passphrase does not open the secrets file.');
    await user.clear(screen.getByLabelText('Passphrase for the secrets file'));
    await user.type(screen.getByLabelText('Passphrase for the secrets file'), 'korrekt häst');
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    expect(await screen.findByText('the system keychain')).toBeTruthy();
  });
});
