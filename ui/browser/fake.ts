/**
 * The real UI against a fake backend, for browser tests in Chromium: the Tauri IPC is mocked with
 * answers shaped exactly like the Rust commands' (the generated bindings type them), and every
 * call is recorded on `window.__calls` for the test to inspect.
 */
import { mockIPC } from '@tauri-apps/api/mocks';
import { mount } from 'svelte';
import App from '../src/App.svelte';
import '../src/app.css';
import type { BookingRequest } from '../src/bindings/BookingRequest';
import type { Offers } from '../src/bindings/Offers';
import { arlanda, booked, egen, sedan, street } from '../src/test/fixtures';

declare global {
  interface Window {
    __calls: Array<{ cmd: string; args: unknown }>;
  }
}

const places = [street, arlanda];
const offers: Offers = { offers: [egen, sedan], problems: [] };
/** `?unknown`: the booking's reply is lost; the attempt (9) settles at the second look-up. */
const unknown = new URLSearchParams(window.location.search).has('unknown');
let lastRequest: BookingRequest | null = null;
let lookUps = 0;

window.__calls = [];
mockIPC((cmd, args) => {
  window.__calls.push({ cmd, args });
  const payload = (args ?? {}) as Record<string, unknown>;
  switch (cmd) {
    case 'get_settings':
      return { language: 'sv', homeCity: 'Stockholm' };
    case 'search_places': {
      const text = String(payload.text).toLowerCase();
      return { hits: places.filter((p) => p.label.toLowerCase().includes(text.slice(0, 5))), more: false, nextOffset: null };
    }
    case 'get_services':
      return [
        { name: 'Taxi', description: 'Flygtaxi till och från en adress.', toAddress: true },
        { name: 'Bus', description: 'Flygbussarna till och från stadens hållplatser.', toAddress: false },
      ];
    case 'get_offers':
      return offers;
    case 'check_booking':
      return null;
    case 'book':
      lastRequest = payload.request as BookingRequest;
      if (unknown) throw { code: 'unknown', message: 'Vi kontrollerar med Flygtaxi om bokningen gick igenom.', attempt: 9 };
      return booked(lastRequest, '2026000000042');
    case 'reconcile': {
      lookUps += 1;
      const other = { id: 12, state: 'confirmed', bookingReference: '2026000000099', events: [] };
      return [{ id: 9, state: lookUps > 1 ? 'confirmed' : 'unknown', bookingReference: '2026000000042', events: [] }, other];
    }
    case 'get_booking':
      if (payload.reference !== '2026000000042' || !lastRequest) throw { code: 'internal', message: 'not this booking' };
      return booked(lastRequest, '2026000000042').booking;
    case 'open_attempts':
      return [];
    case 'search_history':
      return [];
    default:
      throw { code: 'internal', message: `the fake backend has no ${cmd}` };
  }
});

const target = document.getElementById('app');
if (target) mount(App, { target });
