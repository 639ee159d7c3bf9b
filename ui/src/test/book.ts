/**
 * The Book view's tests' backend: the desk's commands as mocks (places, services, offers, the
 * check, booking, reconciling), the clock before the fixtures' trips, and the steps the tests
 * walk (a place picked from the list, the connection trip filled in).
 */
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/svelte';
import type userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, expect, vi } from 'vitest';
import type { BookingRequest } from '../bindings/BookingRequest';
import { i18n } from '../lib/i18n/i18n.svelte';
import { draft } from '../lib/book/booking.svelte';
import { plan } from '../lib/book/pnr/plan.svelte';
import { arlanda, booked, egen, sedan, street } from './fixtures';

export function backend(options: { refuse?: boolean; failFasttrak?: boolean; unknown?: boolean; onlyTaxi?: boolean } = {}) {
  const calls: Array<{ cmd: string; args: Record<string, unknown> }> = [];
  let lastRequest: BookingRequest | null = null;
  let reconciles = 0;
  mockIPC((cmd, args) => {
    const payload = (args ?? {}) as Record<string, unknown>;
    calls.push({ cmd, args: payload });
    switch (cmd) {
      case 'search_places': {
        const text = String(payload.text).toLowerCase();
        const hits = [street, arlanda].filter((hit) => hit.label.toLowerCase().includes(text.slice(0, 4)));
        return { hits, more: false, nextOffset: null };
      }
      case 'get_services':
        return [
          { name: 'Taxi', description: 'Airport taxis to and from an address.', toAddress: true },
          { name: 'Bus', description: 'Flygbussarna to and from the city\'s stops.', toAddress: false },
        ].slice(0, options.onlyTaxi ? 1 : 2);
      case 'get_service_locations':
        return [
          { name: 'Cityterminalen', code: 'CTY', product: 'Flygbussarna airport coach', description: null },
          { name: 'Liljeholmen', code: 'LHN', product: 'Flygbussarna airport coach', description: null },
        ];
      case 'get_offers':
        return {
          offers: options.failFasttrak ? [egen] : [egen, sedan],
          problems: options.failFasttrak
            ? [{ supplier: 'FASTTRAK', message: 'FASTTRAK cannot be reached.', notConfigured: false }]
            : [],
        };
      case 'check_booking': {
        const request = payload.request as BookingRequest;
        if (request.passenger.phone === 'phone!') {
          throw {
            code: 'rejected',
            message: 'The phone number is not valid.',
            faults: [{ code: 1247, field: 'segment.passenger.phone', sentence: 'The phone number is not valid.' }],
          };
        }
        return null;
      }
      case 'book': {
        const request = payload.request as BookingRequest;
        if (options.refuse && request.passenger.phone === 'phone?') {
          throw {
            code: 'rejected',
            message: 'The phone number is not valid.',
            field: 'segment.passenger.phone',
            faults: [{ code: 1212, field: 'segment.passenger.phone', sentence: 'The phone number is not valid.' }],
          };
        }
        if (options.unknown) {
          lastRequest = request;
          throw { code: 'unknown', message: 'Checking with Flygtaxi whether the booking went through.', attempt: 9 };
        }
        return booked(request);
      }
      case 'reconcile': {
        // Another attempt (another window's, a killed process's) is open too, and settles first;
        // this screen's own attempt (9) is still unknown at the first look-up.
        reconciles += 1;
        const other = { id: 12, state: 'confirmed', bookingReference: '2026000000099', events: [] };
        const mine = { id: 9, state: reconciles > 1 ? 'confirmed' : 'unknown', bookingReference: '2026000000007', events: [] };
        return [mine, other];
      }
      case 'get_booking':
        if (payload.reference === '2026000000099') throw new Error('not this screen’s booking');
        return lastRequest ? booked(lastRequest).booking : null;
      default:
        throw new Error(`unexpected command ${cmd}`);
    }
  });
  return calls;
}

/** Each test starts on an empty draft, in English, the clock before 1 December 2026. */
export function freshBook(): void {
  beforeEach(() => {
    i18n.language = 'en';
    draft.reset();
    plan.close();
    // The fixtures' trips are on 1 December 2026: the clock stands before them (and runs).
    vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
    vi.setSystemTime(new Date('2026-11-20T10:00:00+01:00'));
  });
  afterEach(() => {
    cleanup();
    clearMocks();
    vi.useRealTimers();
  });
}

/** Types into a place field and takes the option named from its list with Enter. */
export async function pick(user: ReturnType<typeof userEvent.setup>, label: string, typed: string, option: string) {
  await user.type(screen.getByLabelText(label), typed);
  const list = await screen.findByRole('listbox', { name: label });
  expect(within(list).getByText(option)).toBeTruthy();
  await user.keyboard('{Enter}');
  await waitFor(() => expect(screen.queryByRole('listbox', { name: label })).toBeNull());
}

/** The connection trip to Arlanda from Drottningholmsvägen 37, up to the offers. */
export async function fillTrip(user: ReturnType<typeof userEvent.setup>) {
  await pick(user, 'Airport or station', 'Stoc', 'Stockholm Arlanda Flygplats (ARN)');
  await fireEvent.input(screen.getByLabelText('The flight or train departs'), { target: { value: '2026-12-01T09:00' } });
  await user.click(screen.getByRole('button', { name: 'Show services' }));
  await user.click(await screen.findByRole('radio', { name: /^Taxi/ }));
  await pick(user, 'Address, hotel or office', 'Drottn', 'Drottningholmsvägen 37');
  await user.click(screen.getByRole('button', { name: 'Show offers' }));
}


/** The passenger's names and phone, typed at the details step (waiting for it to open). */
export async function passenger(user: ReturnType<typeof userEvent.setup>, first: string, last: string, phone: string) {
  await user.type(await screen.findByLabelText('First name'), first);
  await user.type(screen.getByLabelText('Last name'), last);
  await user.type(screen.getByLabelText('Mobile phone'), phone);
}
