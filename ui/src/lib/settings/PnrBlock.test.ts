import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { cleanup, render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LeadTimes } from '../../bindings/LeadTimes';
import { i18n } from '../i18n/i18n.svelte';
import PnrBlock from './PnrBlock.svelte';

beforeEach(() => {
  i18n.language = 'en';
});

afterEach(() => {
  cleanup();
  clearMocks();
});

const kept: LeadTimes = {
  departure: { domestic: 105, international: 150 },
  arrival: { domestic: 20, international: 40 },
  airports: { ARN: { domestic: 120, international: 165 } },
};

describe('the PNR settings', () => {
  it('show the lead times kept, save a change and an airport, say a refusal on its figure, and switch write-back', async () => {
    const calls: Array<[string, unknown]> = [];
    let writeBack = true;
    mockIPC((cmd, args) => {
      calls.push([cmd, args]);
      if (cmd === 'get_settings') return { language: 'en', homeCity: '', leadTimes: kept, amadeusWriteBack: writeBack };
      if (cmd === 'set_lead_times') {
        const lead = (args as { leadTimes: LeadTimes }).leadTimes;
        if (lead.departure.domestic > 600) {
          throw { code: 'validation', message: 'A lead time may be at most 600 minutes.', field: 'settings.leadTimes.departure.domestic', faults: [] };
        }
        return { language: 'en', homeCity: '', leadTimes: lead, amadeusWriteBack: writeBack };
      }
      if (cmd === 'set_amadeus_write_back') {
        writeBack = (args as { on: boolean }).on;
        return { language: 'en', homeCity: '', leadTimes: kept, amadeusWriteBack: writeBack };
      }
      return null;
    });
    const user = userEvent.setup();
    render(PnrBlock);
    const domestic = screen.getByLabelText('Minutes before a domestic departure') as HTMLInputElement;
    const arlanda = (await screen.findByLabelText('Minutes before a domestic departure from ARN')) as HTMLInputElement;
    expect([domestic.value, arlanda.value]).toEqual(['105', '120']);

    await user.clear(domestic);
    await user.type(domestic, '90');
    await user.click(screen.getByRole('button', { name: 'Add an airport' }));
    const codes = screen.getAllByLabelText('Airport code') as HTMLInputElement[];
    await user.type(codes[1]!, 'BMA');
    await user.click(screen.getByRole('button', { name: 'Save lead times' }));
    expect(await screen.findByText('The lead times are saved.')).toBeTruthy();
    const saved = calls.find(([cmd]) => cmd === 'set_lead_times')?.[1] as { leadTimes: LeadTimes };
    expect(saved.leadTimes.departure.domestic).toBe(90);
    expect(Object.keys(saved.leadTimes.airports)).toEqual(['ARN', 'BMA']);

    await user.clear(domestic);
    await user.type(domestic, '900');
    await user.click(screen.getByRole('button', { name: 'Save lead times' }));
    expect(await screen.findByText('A lead time may be at most 600 minutes.')).toBeTruthy();
    expect(domestic.getAttribute('aria-invalid')).toBe('true');
    expect(domestic.value, 'nothing typed is lost').toBe('900');

    const box = screen.getByLabelText(/Write back into the Amadeus PNR/) as HTMLInputElement;
    expect(box.checked).toBe(true);
    await user.click(box);
    expect(await screen.findByText('Bookings from an Amadeus PNR are no longer written back into it.')).toBeTruthy();
    expect(writeBack).toBe(false);
  });
});
