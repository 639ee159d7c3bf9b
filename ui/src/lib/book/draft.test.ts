import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Offer } from '../../bindings/Offer';
import type { PlaceHit } from '../../bindings/PlaceHit';
import type { ServiceView } from '../../bindings/ServiceView';
import {
  buildConnectionTrip,
  buildRequest,
  checkConnection,
  buildTrip,
  checkDetails,
  emptyDetails,
  faultsByField,
  fieldOfFault,
  maskFoid,
  type ConnectionForm,
  type TripForm,
} from './draft';
import { sentDetails, shownFields } from './shown';

// The fixtures' trips are on 1 December 2026: the clock stands before them.
beforeAll(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-20T10:00:00+01:00'));
});
afterAll(() => {
  vi.useRealTimers();
});

const street: PlaceHit = {
  label: 'Drottningholmsvägen 37',
  detail: 'Kungsholmen (Stockholm)',
  kind: 'address',
  place: { kind: 'street', name: 'Drottningholmsvägen', number: '37', city: 'Stockholm' },
  needsNumber: false,
};
const arlanda: PlaceHit = {
  label: 'Stockholm Arlanda Flygplats (ARN)',
  detail: 'Stockholm Arlanda Flygplats',
  kind: 'airport',
  place: { kind: 'terminal', code: 'ARN' },
  needsNumber: false,
};

function offer(needs: Partial<Offer['needs']> = {}): Offer {
  return {
    id: 'offer-1-1',
    supplier: 'ftbook',
    code: 'VTAX',
    name: 'Egen TAXI',
    capacity: 4,
    priceIncludingVat: '679.00',
    priceExcludingVat: '640.57',
    currency: 'SEK',
    pickupTime: null,
    latestCancelTime: null,
    rules: [],
    needs: { connection: false, foid: false, childAge: false, ...needs },
  };
}

const form = (overrides: Partial<TripForm> = {}): TripForm => ({
  mode: 'taxi',
  from: street,
  to: { ...street, label: 'Hornsgatan 20', place: { kind: 'street', name: 'Hornsgatan', number: '20', city: 'Stockholm' } },
  time: '2026-12-01T09:00',
  passengers: 2,
  bags: 1,
  ...overrides,
});

describe('the regular taxi', () => {
  it('is picked up at a time, in Swedish local time summer or winter', () => {
    const built = buildTrip(form());
    expect('trip' in built && built.trip).toMatchObject({
      when: { kind: 'pickup', at: '2026-12-01T09:00:00+01:00' },
      regularTaxi: true,
    });
    const summer = buildTrip(form({ time: '2027-07-01T09:00' }));
    expect('trip' in summer && summer.trip.when.at).toBe('2027-07-01T09:00:00+02:00');
  });

  it('needs both places, with their house numbers, and a time', () => {
    const empty = buildTrip(form({ from: null, time: '' }));
    expect('errors' in empty && empty.errors).toEqual({ from: 'book-place-choose', time: 'book-time-missing' });
    const numberless = buildTrip(form({ from: { ...street, needsNumber: true } }));
    expect('errors' in numberless && numberless.errors.from).toBe('book-place-needsNumber');
  });
});

describe('the connection flow', () => {
  const taxi: ServiceView = { name: 'Taxi', description: 'Airport taxis.', toAddress: true };
  const bus: ServiceView = { name: 'Bus', description: 'Flygbussarna.', toAddress: false };
  const connection = (overrides: Partial<ConnectionForm> = {}): ConnectionForm => ({
    terminal: arlanda,
    arrival: false,
    time: '2026-12-01T09:00',
    passengers: 2,
    bags: 1,
    international: false,
    service: taxi,
    address: street,
    stop: '',
    ...overrides,
  });

  it('goes from the address to the terminal for a departure, priced by every supplier', () => {
    const built = buildConnectionTrip(connection());
    expect('trip' in built && built.trip).toMatchObject({
      from: street.place,
      to: { kind: 'terminal', code: 'ARN' },
      when: { kind: 'connection', at: '2026-12-01T09:00:00+01:00', arrival: false },
      service: 'Taxi',
      international: false,
    });
    expect(buildConnectionTrip(connection({ international: true }))).toMatchObject({ trip: { international: true } });
  });

  it('goes from the terminal to a stop on arrival, FTBook only', () => {
    const built = buildConnectionTrip(connection({ arrival: true, service: bus, address: null, stop: 'CTY' }));
    expect('trip' in built && built.trip).toMatchObject({
      from: { kind: 'terminal', code: 'ARN' },
      to: { kind: 'terminal', code: 'CTY' },
      service: 'Bus',
    });
  });

  it('needs a terminal, a time, a service, and the address or stop the service goes to', () => {
    expect(checkConnection(connection({ terminal: street, time: '' }))).toEqual({
      terminal: 'book-stops-needsTerminal',
      time: 'book-time-missing',
    });
    const noService = buildConnectionTrip(connection({ service: null }));
    expect('errors' in noService && noService.errors).toEqual({ service: 'book-stops-needsService' });
    const noAddress = buildConnectionTrip(connection({ address: null }));
    expect('errors' in noAddress && noAddress.errors).toEqual({ address: 'book-place-choose' });
    const noStop = buildConnectionTrip(connection({ service: bus }));
    expect('errors' in noStop && noStop.errors).toEqual({ stop: 'book-stops-needsStop' });
  });
});

describe('the details', () => {
  const trip = () => {
    const built = buildConnectionTrip({
      terminal: arlanda,
      arrival: false,
      time: '2026-12-01T09:00',
      passengers: 2,
      bags: 1,
      international: false,
      service: { name: 'Taxi', description: null, toAddress: true },
      address: street,
      stop: '',
    });
    if (!('trip' in built)) throw new Error('a trip');
    return built.trip;
  };

  it('asks for what the product requires, and only that', () => {
    const details = { ...emptyDetails(), firstName: 'Karin', lastName: 'Öberg', phone: '070' };
    expect(checkDetails(details, offer(), trip())).toEqual({});
    expect(checkDetails(details, offer({ foid: true, childAge: true }), trip())).toEqual({
      foid: 'book-details-required',
    });
    expect(
      checkDetails({ ...details, title: 'CHD' }, offer({ childAge: true }), trip()),
      'a child\'s age is asked when the passenger is a child, not for an adult on the bus',
    ).toEqual({ childAge: 'book-details-required' });
    expect(checkDetails(details, offer({ connection: true }), trip())).toEqual({
      flight: 'book-details-required',
      otherCode: 'book-details-required',
      otherTime: 'book-details-required',
    });
    expect(
      checkDetails({ ...details, debitMethod: 'AGENT_CUSTOMER' }, offer(), trip()),
      'the customer number for AGENT_CUSTOMER',
    ).toEqual({ debitReference: 'book-details-required' });
    expect(checkDetails(emptyDetails(), offer(), trip())).toMatchObject({ firstName: 'book-details-required' });
  });

  it('builds the request with the references given and no FOID unless required', () => {
    const details = {
      ...emptyDetails(),
      firstName: ' Karin ',
      lastName: 'Öberg',
      phone: '070',
      foid: 'CCVI4111111111111111',
      costCentre: '4410',
      amadeus: 'QX7Z2K',
      flight: 'SK1415',
      otherCode: 'GOT',
    };
    const request = buildRequest(trip(), offer(), details);
    expect(request.passenger.firstName).toBe('Karin');
    expect(request.passenger.foid).toBeUndefined();
    expect(request.references).toEqual([{ kind: 'COSTCENTER', value: '4410' }]);
    expect(request.connection, 'international left to the desk unless the agent says').toEqual({
      number: 'SK1415',
      otherCode: 'GOT',
      international: undefined,
      otherTime: undefined,
    });
    const landing = buildRequest(trip(), offer(), { ...details, otherTime: '2026-12-01T10:05', international: 'yes' });
    expect(landing.connection?.otherTime).toBe('2026-12-01T10:05:00+01:00');
    expect(landing.connection?.international).toBe(true);
    expect(buildRequest(trip(), offer({ foid: true }), details).passenger.foid).toBe('CCVI4111111111111111');
  });

  it('puts each supplier fault on its field', () => {
    expect(fieldOfFault('segment.passenger.phone')).toBe('phone');
    expect(fieldOfFault('segment.connection.arrivalCode')).toBe('otherCode');
    expect(fieldOfFault('segment.connection.number')).toBe('flight');
    expect(fieldOfFault(undefined)).toBe('form');
    expect(
      faultsByField([
        { code: 1212, field: 'segment.passenger.phone', sentence: 'The phone number is not valid.' },
        { code: 500, sentence: 'Internal error.' },
      ]),
    ).toEqual({ phone: 'The phone number is not valid.', form: 'Internal error.' });
  });

  it('asks for the invoice address when the debit method is invoice, and sends it', () => {
    const details = { ...emptyDetails(), firstName: 'K', lastName: 'Ö', phone: '070', debitMethod: 'INVOICE' };
    expect(checkDetails(details, offer(), trip())).toEqual({
      invoiceName: 'book-details-required',
      invoiceAddress: 'book-details-required',
      invoiceZip: 'book-details-required',
      invoiceCity: 'book-details-required',
    });
    const filled = { ...details, invoiceName: 'Resebyrån AB', invoiceAddress: 'Sveavägen 10', invoiceZip: '111 57', invoiceCity: 'Stockholm' };
    expect(buildRequest(trip(), offer(), filled).invoiceAddress).toEqual({
      name: 'Resebyrån AB',
      address1: 'Sveavägen 10',
      zipCode: '111 57',
      city: 'Stockholm',
      countryCode: 'SE',
    });
    expect(buildRequest(trip(), offer(), { ...filled, debitMethod: 'AGENT' }).invoiceAddress).toBeUndefined();
  });

  it('sends only what the product and trip show', () => {
    const typed = {
      ...emptyDetails(),
      firstName: 'Karin',
      lastName: 'Öberg',
      phone: '070',
      flight: 'SK1415',
      otherCode: 'GOT',
      otherTime: '2026-12-01T10:05',
      foid: 'CCVI4111111111111111',
      childAge: '7',
      debitMethod: 'INVOICE',
      invoiceName: 'Resebyrån AB',
      sabre: 'XYZ123',
    };
    const fasttrak = { ...offer(), supplier: 'fasttrak' as const };
    const taxi = buildTrip(form({ time: '2026-12-01T09:00' }));
    if (!('trip' in taxi)) throw new Error('a trip');
    const request = buildRequest(taxi.trip, fasttrak, typed);
    expect(request.connection, 'no flight field on a FASTTRAK taxi').toBeUndefined();
    expect(request.passenger.foid).toBeUndefined();
    expect(request.passenger.childAge).toBeUndefined();
    expect(request.debitMethod, 'FASTTRAK shows no debit method').toBeUndefined();
    expect(request.invoiceAddress).toBeUndefined();
    expect(request.sabre).toBeUndefined();
    expect(sentDetails(typed, offer({ childAge: true }), trip()).childAge, 'an adult has no child age').toBe('');
    expect(sentDetails({ ...typed, title: 'CHD' }, offer({ childAge: true }), trip()).childAge).toBe('7');
    expect(shownFields(typed, offer(), trip()).has('invoiceName')).toBe(true);
  });

  it('says a fault on a field the form does not show on the form, never on an unseen field', () => {
    const faults = [{ code: 1251, field: 'segment.passenger.foid', sentence: 'The FOID is not valid.' }];
    expect(faultsByField(faults, shownFields(emptyDetails(), offer(), trip()))).toEqual({ form: 'The FOID is not valid.' });
    expect(faultsByField(faults, shownFields(emptyDetails(), offer({ foid: true }), trip()))).toEqual({
      foid: 'The FOID is not valid.',
    });
  });

  it('masks a card number for the screen', () => {
    expect(maskFoid('CCVI4111111111111111')).toBe('CCVI411111XXXXXX1111');
  });
});
