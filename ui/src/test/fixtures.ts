/**
 * One Stockholm trip, its offers and its booking, as the Rust commands return them: shared by the
 * component tests and the browser test's fake backend, so both describe the same backend.
 */
import type { Booked } from '../bindings/Booked';
import type { BookingRequest } from '../bindings/BookingRequest';
import type { Offer } from '../bindings/Offer';
import type { PlaceHit } from '../bindings/PlaceHit';

export const street: PlaceHit = {
  label: 'Drottningholmsvägen 37',
  detail: 'Kungsholmen (Stockholm)',
  kind: 'address',
  place: { kind: 'street', name: 'Drottningholmsvägen', number: '37', city: 'Stockholm' },
  needsNumber: false,
};
export const arlanda: PlaceHit = {
  label: 'Stockholm Arlanda Flygplats (ARN)',
  detail: 'Stockholm Arlanda Flygplats',
  kind: 'airport',
  place: { kind: 'terminal', code: 'ARN' },
  needsNumber: false,
};

export const egen: Offer = {
  id: 'offer-1-1',
  supplier: 'ftbook',
  code: 'VTAX',
  name: 'Egen TAXI',
  capacity: 4,
  priceIncludingVat: '679.00',
  priceExcludingVat: '640.57',
  currency: 'SEK',
  pickupTime: '2026-12-01T07:19:00+01:00',
  latestCancelTime: '2026-12-01T06:29:00+01:00',
  rules: ['Needs the flight or train', 'At most 4 passengers'],
  needs: { connection: true, foid: false, childAge: false },
};
export const sedan: Offer = {
  ...egen,
  supplier: 'fasttrak',
  code: '1',
  name: 'Sedan',
  capacity: 3,
  priceIncludingVat: '806.85',
  priceExcludingVat: '761.18',
  latestCancelTime: null,
  rules: ['3 passengers, 3 bags'],
  needs: { connection: false, foid: false, childAge: false },
  id: 'offer-1-2',
};

export function booked(request: BookingRequest, reference = '2026000000007'): Booked {
  return {
    attempt: 1,
    booking: {
      profile: 'sandbox',
      supplier: 'ftbook',
      reference: reference,
      amadeus: request.amadeus ?? null,
      sabre: null,
      status: 'PENDING',
      reply: {},
      segments: [
        {
          id: 1,
          profile: 'sandbox',
          supplier: 'ftbook',
          bookingReference: reference,
          amadeus: null,
          sabre: null,
          segmentRef: `R${reference.slice(4)}`,
          status: 'PENDING',
          cancelled: false,
          passenger: `${request.passenger.firstName} ${request.passenger.lastName}`,
          phone: request.passenger.phone,
          email: null,
          pickupTime: '2026-12-01T07:19:00+01:00',
          pickupPlace: 'Drottningholmsvägen 37, Kungsholmen (Stockholm)',
          dropoffPlace: 'Stockholm Arlanda Flygplats',
          flight: 'SK1415',
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
