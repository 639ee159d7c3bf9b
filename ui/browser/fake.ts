/**
 * The real UI against a fake backend, for browser tests in Chromium: the Tauri IPC is mocked with
 * answers shaped exactly like the Rust commands' (the generated bindings type them), and every
 * call is recorded on `window.__calls` for the test to inspect.
 */
import { mockIPC } from '@tauri-apps/api/mocks';
import { mount } from 'svelte';
import App from '../src/App.svelte';
import '../src/app.css';
import type { Booked } from '../src/bindings/Booked';
import type { BookingRequest } from '../src/bindings/BookingRequest';
import type { Offers } from '../src/bindings/Offers';
import type { PlaceHit } from '../src/bindings/PlaceHit';

declare global {
  interface Window {
    __calls: Array<{ cmd: string; args: unknown }>;
  }
}

const places: PlaceHit[] = [
  {
    label: 'Drottningholmsvägen 37',
    detail: 'Kungsholmen (Stockholm)',
    kind: 'address',
    place: { kind: 'street', name: 'Drottningholmsvägen', number: '37', city: 'Stockholm' },
    needsNumber: false,
  },
  {
    label: 'Stockholm Arlanda Flygplats (ARN)',
    detail: 'Stockholm Arlanda Flygplats',
    kind: 'airport',
    place: { kind: 'terminal', code: 'ARN' },
    needsNumber: false,
  },
];

const offers: Offers = {
  offers: [
    {
      supplier: 'ftbook',
      code: 'VTAX',
      name: 'Egen TAXI',
      capacity: 4,
      priceIncludingVat: '679.00',
      priceExcludingVat: '640.57',
      currency: 'SEK',
      pickupTime: '2026-12-01T07:19:00+01:00',
      latestCancelTime: '2026-12-01T06:29:00+01:00',
      rules: ['Kräver flyg eller tåg', 'Högst 4 resenärer'],
      needs: { connection: true, foid: false, childAge: false },
      key: { supplier: 'ftbook', availability: { product: { code: 'VTAX' } } },
    },
    {
      supplier: 'fasttrak',
      code: '1',
      name: 'Sedan',
      capacity: 3,
      priceIncludingVat: '806.85',
      priceExcludingVat: '761.18',
      currency: 'SEK',
      pickupTime: '2026-12-01T07:00:00+01:00',
      latestCancelTime: null,
      rules: ['3 resenärer, 3 väskor'],
      needs: { connection: false, foid: false, childAge: false },
      key: { supplier: 'fasttrak', quotePackageId: 1, quoteId: 1, pickup: '2026-12-01T07:00:00' },
    },
  ],
  problems: [],
};

function booked(request: BookingRequest): Booked {
  return {
    attempt: 1,
    booking: {
      profile: 'sandbox',
      supplier: 'ftbook',
      reference: '2026000000042',
      amadeus: request.amadeus ?? null,
      sabre: null,
      status: 'PENDING',
      reply: {},
      segments: [
        {
          id: 1,
          profile: 'sandbox',
          supplier: 'ftbook',
          bookingReference: '2026000000042',
          amadeus: null,
          sabre: null,
          segmentRef: 'R000000042',
          status: 'PENDING',
          cancelled: false,
          passenger: `${request.passenger.firstName} ${request.passenger.lastName}`,
          phone: request.passenger.phone,
          email: null,
          pickupTime: '2026-12-01T07:19:00+01:00',
          pickupPlace: 'Drottningholmsvägen 37, Kungsholmen (Stockholm)',
          dropoffPlace: 'Stockholm Arlanda Flygplats',
          flight: request.connection?.number ?? null,
          product: 'Egen TAXI',
          price: '679.00',
          currency: 'SEK',
          latestCancelTime: '2026-12-01T06:29:00+01:00',
          reply: {},
          createdAt: '',
          updatedAt: '',
        },
      ],
      attempts: [],
      createdAt: '',
      updatedAt: '',
    },
  };
}

window.__calls = [];
mockIPC((cmd, args) => {
  window.__calls.push({ cmd, args });
  const payload = (args ?? {}) as Record<string, unknown>;
  switch (cmd) {
    case 'get_settings':
      return { language: 'sv' };
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
    case 'book':
      return booked(payload.request as BookingRequest);
    case 'search_history':
      return [];
    default:
      throw { code: 'internal', message: `the fake backend has no ${cmd}` };
  }
});

const target = document.getElementById('app');
if (target) mount(App, { target });
