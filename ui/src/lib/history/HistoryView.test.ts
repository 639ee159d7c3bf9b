import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { cleanup, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BookingView } from '../../bindings/BookingView';
import type { HistoryQuery } from '../../bindings/HistoryQuery';
import type { SegmentRow } from '../../bindings/SegmentRow';
import { i18n } from '../i18n/i18n.svelte';
import HistoryView from './HistoryView.svelte';
import { draft } from '../book/booking.svelte';
import { navigation } from '../nav/go.svelte';

function row(overrides: Partial<SegmentRow> = {}): SegmentRow {
  return {
    id: 1,
    profile: 'sandbox',
    supplier: 'ftbook',
    bookingReference: '2026000000001',
    amadeus: 'QX7Z2K',
    sabre: null,
    segmentRef: 'R000000001',
    status: 'COMPLETE',
    cancelled: false,
    passenger: 'Karin Öberg',
    phone: '+46701234567',
    email: null,
    pickupTime: '2026-11-26T07:19:00+01:00',
    pickupPlace: 'Drottningholmsvägen 37, Kungsholmen (Stockholm)',
    dropoffPlace: 'Stockholm Arlanda Flygplats',
    flight: 'SK1415',
    product: 'Egen TAXI',
    price: '679.00',
    currency: 'SEK',
    latestCancelTime: '2099-11-26T06:29:00+01:00',
    reply: { ftresid: 'R000000001', customerPrice: { includingVat: '679.00' } },
    createdAt: '2026-11-23T20:00:00.000Z',
    updatedAt: '2026-11-23T20:00:00.000Z',
    ...overrides,
  };
}

function booking(segment: SegmentRow): BookingView {
  return {
    profile: 'sandbox',
    supplier: segment.supplier,
    reference: segment.bookingReference,
    amadeus: segment.amadeus,
    sabre: null,
    status: segment.cancelled ? 'CANCELLED' : 'COMPLETE',
    reply: {},
    segments: [segment],
    attempts: [
      {
        id: 1,
        profile: 'sandbox',
        supplier: 'ftbook',
        kind: 'book',
        state: 'confirmed',
        draft: {},
        bookingReference: segment.bookingReference,
        segmentRef: segment.segmentRef,
        locator: null,
        fault: null,
        events: [{ at: '2026-11-23T20:00:00.000Z', event: 'confirmed', detail: null }],
        createdAt: '2026-11-23T20:00:00.000Z',
        updatedAt: '2026-11-23T20:00:00.000Z',
      },
    ],
    createdAt: '2026-11-23T20:00:00.000Z',
    updatedAt: '2026-11-23T20:00:00.000Z',
  };
}

/** A fake backend holding rows; searches match the passenger's name without diacritics. */
function backend(rows: SegmentRow[], options: { offline?: boolean; cancelNotMade?: boolean; open?: boolean; inDoubt?: boolean } = {}) {
  let open = options.open ?? false;
  const calls: Array<{ cmd: string; args: Record<string, unknown> }> = [];
  const fold = (text: string) => text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
  mockIPC((cmd, args) => {
    const payload = (args ?? {}) as Record<string, unknown>;
    calls.push({ cmd, args: payload });
    switch (cmd) {
      case 'search_history': {
        const query = payload.query as HistoryQuery;
        return rows.filter((r) => fold(r.passenger).includes(fold(query.text)));
      }
      case 'export_history':
        return { path: `/home/agent/bokningar.${String(payload.format)}`, rows: rows.filter((r) => fold(r.passenger).includes(fold((payload.query as HistoryQuery).text))).length };
      case 'save_voucher':
        return { path: `/home/agent/resebevis-${String(payload.reference)}.pdf`, rows: 1 };
      case 'email_voucher':
        return null;
      case 'rebook': {
        const street = { label: 'Drottningholmsvägen 37', detail: 'Kungsholmen (Stockholm)', kind: 'address', place: { kind: 'street', name: 'Drottningholmsvägen', number: '37', city: 'Stockholm' }, needsNumber: false };
        const arlanda = { label: 'Stockholm Arlanda Flygplats (ARN)', detail: 'Sigtuna', kind: 'airport', place: { kind: 'terminal', code: 'ARN' }, needsNumber: false };
        const back = payload.how === 'return';
        return {
          from: back ? arlanda : street,
          to: back ? street : arlanda,
          terminal: 'ARN',
          passenger: { firstName: 'Karin', lastName: 'Öberg', phone: '+46701234567', email: 'karin@example.se' },
          flight: back ? null : 'SK1415',
          amadeus: 'QX7Z2K',
          sabre: null,
        };
      }
      case 'get_booking': {
        const found = rows.find((r) => r.bookingReference === payload.reference);
        return booking(found ?? row());
      }
      case 'cancel_segment': {
        if (options.cancelNotMade) {
          throw { code: 'supplier', message: 'The cancellation did not go through: Flygtaxi still has the trip. Try again.' };
        }
        const found = rows.find((r) => r.segmentRef === payload.segmentRef) ?? row();
        found.cancelled = true;
        return booking(found);
      }
      case 'open_attempts':
        return open
          ? [
              {
                id: 41,
                profile: 'sandbox',
                supplier: 'ftbook',
                kind: 'book',
                state: 'unknown',
                draft: { segment: { passenger: { firstName: 'Ella', lastName: 'Lind' } } },
                bookingReference: '2026000000041',
                segmentRef: null,
                locator: null,
                fault: null,
                events: options.inDoubt
                  ? [{ at: '2026-11-30T08:01:00.000Z', event: 'in_doubt', detail: '2026000000041, 2026000000042' }]
                  : [],
                createdAt: '2026-11-30T08:00:00.000Z',
                updatedAt: '2026-11-30T08:00:00.000Z',
              },
            ]
          : [];
      case 'reconcile':
        open = false;
        return [];
      case 'refresh_booking':
        if (options.offline) throw { code: 'offline', message: 'Flygtaxi cannot be reached.' };
        return booking(rows[0] ?? row());
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

describe('the history', () => {
  it('answers while typing, newest first, with prices in the language', async () => {
    const calls = backend([row(), row({ id: 2, passenger: 'Per Ek', bookingReference: '2026000000002', segmentRef: 'R2' })]);
    const user = userEvent.setup();
    render(HistoryView);
    expect(await screen.findByText('Per Ek')).toBeTruthy();
    await user.type(screen.getByLabelText('Search bookings'), 'ober');
    await waitFor(() => expect(screen.queryByText('Per Ek')).toBeNull());
    expect(screen.getByText('Karin Öberg')).toBeTruthy();
    expect(screen.getByText('SEK\u00a0679.00', { normalizer: (text) => text })).toBeTruthy();
    expect(screen.getByText('2026-11-26 07:19')).toBeTruthy();
    const searches = calls.filter((c) => c.cmd === 'search_history');
    expect(searches.length).toBeLessThan(4);
    expect((searches.at(-1)?.args.query as HistoryQuery).text).toBe('ober');
  });

  it('filters by a state whichever supplier’s word it is, offered once', async () => {
    const calls = backend([row()]);
    const user = userEvent.setup();
    render(HistoryView);
    const status = await screen.findByLabelText('Status');
    const words = Array.from((status as HTMLSelectElement).options).map((o) => o.textContent?.trim());
    expect(new Set(words).size, `one option per state: ${words.join(', ')}`).toBe(words.length);
    await user.selectOptions(status, 'confirmed');
    await waitFor(() =>
      expect(calls.some((c) => c.cmd === 'search_history' && (c.args.query as HistoryQuery).status === 'confirmed')).toBe(true),
    );
  });

  it('takes its days as agents type them, said back, never in US order', async () => {
    vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
    vi.setSystemTime(new Date('2026-12-02T10:00:00+01:00'));
    try {
      const calls = backend([row()]);
      const user = userEvent.setup();
      render(HistoryView);
      const from = await screen.findByLabelText('Pickup from');
      expect(from.getAttribute('type'), 'no browser date widget').toBe('text');
      await user.type(from, 'yesterday');
      expect(await screen.findByText('Tue 1 Dec 2026')).toBeTruthy();
      await waitFor(() =>
        expect(calls.some((c) => c.cmd === 'search_history' && (c.args.query as HistoryQuery).from === '2026-12-01')).toBe(true),
      );
      await user.type(screen.getByLabelText('Pickup until'), '31/4/2026');
      expect(await screen.findByText('There is no such day.')).toBeTruthy();
    } finally {
      vi.useRealTimers();
    }
  });

  it('says so when nothing matches', async () => {
    backend([row()]);
    const user = userEvent.setup();
    render(HistoryView);
    await user.type(await screen.findByLabelText('Search bookings'), 'kiruna');
    expect(await screen.findByText('No booking matches “kiruna”.')).toBeTruthy();
  });

  it('exports what the search shows, and hands out a booking’s voucher in the language chosen', async () => {
    const calls = backend([row(), row({ id: 2, passenger: 'Per Ek', bookingReference: '2026000000002', segmentRef: 'R000000002' })]);
    const user = userEvent.setup();
    render(HistoryView);
    const search = await screen.findByLabelText('Search bookings');
    await screen.findByText('Per Ek');
    await user.type(search, 'öberg');
    await waitFor(() => expect(screen.queryByText('Per Ek')).toBeNull());
    await user.click(screen.getByRole('button', { name: 'Export Excel' }));
    expect(await screen.findByText('One trip exported: /home/agent/bokningar.xlsx')).toBeTruthy();
    const exported = calls.find((c) => c.cmd === 'export_history')?.args;
    expect(exported).toMatchObject({ format: 'xlsx', query: { text: 'öberg', limit: 500 } });

    await user.type(search, '{Enter}');
    await screen.findByRole('heading', { name: 'Booking 2026000000001' });
    const group = screen.getByRole('group', { name: 'Voucher for the traveller' });
    await user.selectOptions(within(group).getByLabelText('Voucher in'), 'Svenska');
    await user.click(within(group).getByRole('button', { name: 'Save voucher (PDF)' }));
    expect(await screen.findByText('Voucher saved: /home/agent/resebevis-2026000000001.pdf')).toBeTruthy();
    expect(calls.find((c) => c.cmd === 'save_voucher')?.args).toEqual({ reference: '2026000000001', language: 'sv' });
    await user.click(within(group).getByRole('button', { name: 'E-mail the voucher' }));
    expect(await screen.findByText('The e-mail was handed to your mail program.')).toBeTruthy();
    expect(calls.find((c) => c.cmd === 'email_voucher')?.args).toEqual({ reference: '2026000000001', language: 'sv' });
  });

  it('begins the return trip from a booking: places swapped, the traveller kept, Book asked for', async () => {
    const calls = backend([row()]);
    const user = userEvent.setup();
    render(HistoryView);
    const search = await screen.findByLabelText('Search bookings');
    await screen.findByText('Karin Öberg');
    await user.type(search, 'öberg{Enter}');
    await screen.findByRole('heading', { name: 'Booking 2026000000001' });
    draft.reset();
    await user.click(screen.getByRole('button', { name: 'Book the return trip' }));
    await waitFor(() => expect(navigation.wanted).toBe('book'));
    expect(calls.find((c) => c.cmd === 'rebook')?.args).toEqual({ reference: '2026000000001', how: 'return' });
    expect(draft.form.mode).toBe('connection');
    expect(draft.connection.arrival, 'from the airport').toBe(true);
    expect(draft.connection.terminal?.label).toBe('Stockholm Arlanda Flygplats (ARN)');
    expect(draft.connection.address?.label).toBe('Drottningholmsvägen 37');
    expect(draft.connection.time, 'the time is the agent’s').toBe('');
    expect([draft.details.firstName, draft.details.phone, draft.details.amadeus, draft.details.flight]).toEqual(['Karin', '+46701234567', 'QX7Z2K', '']);
    navigation.wanted = null;
    draft.reset();
  });

  it('opens a booking with Enter and cancels its trip after a confirmation', async () => {
    const calls = backend([row()]);
    const user = userEvent.setup();
    render(HistoryView);
    const search = await screen.findByLabelText('Search bookings');
    await screen.findByText('Karin Öberg');
    await user.type(search, 'öberg{Enter}');
    expect(await screen.findByRole('heading', { name: 'Booking 2026000000001' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Cancel this trip' }));
    const dialog = screen.getByRole('alertdialog');
    expect(within(dialog).getByText(/Cancel trip R000000001 for Karin Öberg\?/)).toBeTruthy();
    expect(calls.some((c) => c.cmd === 'cancel_segment')).toBe(false);
    await user.click(within(dialog).getByRole('button', { name: 'Yes, cancel' }));
    expect(await screen.findByText('Trip cancelled.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Cancel this trip' })).toBeNull();
    expect(calls.filter((c) => c.cmd === 'cancel_segment')).toHaveLength(1);
  });

  it('shows attempts whose outcome is not known yet above the history, and checks one now', async () => {
    const calls = backend([row()], { open: true });
    const user = userEvent.setup();
    render(HistoryView);
    expect(await screen.findByRole('heading', { name: 'Outcome not known yet (1)' })).toBeTruthy();
    expect(screen.getByText(/Booking at Flygtaxi · Ella Lind/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Check now' }));
    await waitFor(() => expect(screen.queryByRole('heading', { name: /Outcome not known yet/ })).toBeNull());
    expect(calls.find((c) => c.cmd === 'reconcile')?.args).toEqual({ attempt: 41 });
  });

  it('shows an attempt in doubt with the candidates it could be, adopting none', async () => {
    backend([row()], { open: true, inDoubt: true });
    render(HistoryView);
    expect(await screen.findByText(/in doubt: several trips at the supplier could be this one/)).toBeTruthy();
    const candidates = screen.getByText(/Candidates:/);
    expect(within(candidates).getByText('2026000000041')).toBeTruthy();
    expect(within(candidates).getByText('2026000000042')).toBeTruthy();
  });

  it('says "Trip cancelled." only when the cancellation was confirmed', async () => {
    backend([row()], { cancelNotMade: true });
    const user = userEvent.setup();
    render(HistoryView);
    const search = await screen.findByLabelText('Search bookings');
    await screen.findByText('Karin Öberg');
    await user.type(search, 'öberg{Enter}');
    await user.click(await screen.findByRole('button', { name: 'Cancel this trip' }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Yes, cancel' }));
    expect(await screen.findByText(/did not go through/)).toBeTruthy();
    expect(screen.queryByText('Trip cancelled.')).toBeNull();
    expect(screen.getByRole('button', { name: 'Cancel this trip' }), 'the trip can still be cancelled').toBeTruthy();
  });

  it('refuses to cancel after the latest cancel time and says why', async () => {
    backend([row({ latestCancelTime: '2020-01-01T00:00:00+01:00' })]);
    const user = userEvent.setup();
    render(HistoryView);
    await user.click(await screen.findByText('Karin Öberg'));
    const button = await screen.findByRole('button', { name: 'Cancel this trip' });
    expect((button as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText('Cannot be cancelled: the latest cancellation time, 2020-01-01 00:00, has passed.')).toBeTruthy();
  });

  it('shows the offline state when the supplier cannot be reached, and keeps the page', async () => {
    backend([row()], { offline: true });
    const user = userEvent.setup();
    render(HistoryView);
    await user.click(await screen.findByText('Karin Öberg'));
    await user.click(await screen.findByRole('button', { name: 'Refresh from supplier' }));
    expect(await screen.findByText(/cannot be reached right now/)).toBeTruthy();
    expect(screen.getByText('Drottningholmsvägen 37, Kungsholmen (Stockholm)')).toBeTruthy();
  });

  it('goes back to the list with Esc', async () => {
    backend([row()]);
    const user = userEvent.setup();
    render(HistoryView);
    await user.click(await screen.findByText('Karin Öberg'));
    await screen.findByRole('heading', { name: 'Booking 2026000000001' });
    await user.keyboard('{Escape}');
    expect(await screen.findByLabelText('Search bookings')).toBeTruthy();
  });
});
