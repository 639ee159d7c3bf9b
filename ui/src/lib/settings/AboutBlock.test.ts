import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { cleanup, render, screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Profile } from '../../bindings/Profile';
import { i18n } from '../i18n/i18n.svelte';
import { activeProfile } from '../profile.svelte';
import AboutBlock from './AboutBlock.svelte';

beforeEach(() => {
  i18n.language = 'en';
});

afterEach(() => {
  cleanup();
  clearMocks();
  activeProfile.value = null;
});

describe('about', () => {
  it('follows the profile in use when Settings switches it', async () => {
    let profile: Profile = 'sandbox';
    mockIPC((cmd) => {
      if (cmd !== 'app_info') throw new Error(`unexpected ${cmd}`);
      return { name: 'Transfer Desk', version: '0.1.0', dataDir: '/d', logDir: '/d/logs', profile, sandboxUrl: profile === 'sandbox' ? 'http://127.0.0.1:1/' : null };
    });
    activeProfile.value = 'sandbox';
    render(AboutBlock);
    expect(await screen.findByText('Sandbox (training data, no real bookings)')).toBeTruthy();
    // Settings switched to Test: the desk now reports it, and About asks again.
    profile = 'test';
    activeProfile.value = 'test';
    flushSync();
    expect(await screen.findByText("Test (the suppliers' test systems)")).toBeTruthy();
    expect(screen.queryByText('http://127.0.0.1:1/'), 'no sandbox address for Test').toBeNull();
  });
});
