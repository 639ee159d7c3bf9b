/**
 * The Book screens' rules, kept out of the components so they can be tested alone: a trip from
 * the form, the details a chosen offer requires, the booking request, and which form field a
 * supplier's fault belongs to.
 */
import type { BookingRequest } from '../../bindings/BookingRequest';
import type { FaultLine } from '../../bindings/FaultLine';
import type { Offer } from '../../bindings/Offer';
import type { PlaceHit } from '../../bindings/PlaceHit';
import type { ServiceView } from '../../bindings/ServiceView';
import type { TripRequest } from '../../bindings/TripRequest';
import type { MessageKey } from '../i18n/keys';
import { asksConnection, isChild, NEEDS_DEBIT_REFERENCE, sentDetails, shownFields } from './shown';

export { asksConnection, isChild, NEEDS_DEBIT_REFERENCE };

export type Mode = 'connection' | 'taxi';

/** The regular-taxi form (address to address) as the agent fills it in. */
export interface TripForm {
  mode: Mode;
  from: PlaceHit | null;
  to: PlaceHit | null;
  /** `2026-12-01T09:00`, this computer's local time (an `<input type="datetime-local">`). */
  time: string;
  passengers: number;
  bags: number;
}

/** The details form. */
export interface Details {
  title: string;
  firstName: string;
  lastName: string;
  phone: string;
  email: string;
  foid: string;
  childAge: string;
  flight: string;
  otherCode: string;
  /** When the flight or train is at the other end (`datetime-local`); FTBook requires it. */
  otherTime: string;
  /** `auto` (a flight whose other end is not a Swedish airport), `yes` or `no`. */
  international: 'auto' | 'yes' | 'no';
  infoToDriver: string;
  costCentre: string;
  project: string;
  debitMethod: string;
  debitReference: string;
  amadeus: string;
  sabre: string;
  invoiceName: string;
  invoiceAddress: string;
  invoiceZip: string;
  invoiceCity: string;
  invoiceCountry: string;
}

export const emptyDetails = (): Details => ({
  title: '',
  firstName: '',
  lastName: '',
  phone: '',
  email: '',
  foid: '',
  childAge: '',
  flight: '',
  otherCode: '',
  otherTime: '',
  international: 'auto',
  infoToDriver: '',
  costCentre: '',
  project: '',
  debitMethod: '',
  debitReference: '',
  amadeus: '',
  sabre: '',
  invoiceName: '',
  invoiceAddress: '',
  invoiceZip: '',
  invoiceCity: '',
  invoiceCountry: 'SE',
});

export type Errors = Partial<Record<string, MessageKey | string>>;

/**
 * The debit methods FTBook accepts (its "Debit methods" table), and `INVOICE` with an invoice
 * address (its booking example). The empty choice is the profile's default.
 */
export const DEBIT_METHODS = ['REVERSE', 'AGENT', 'AGENT_CUSTOMER', 'FLYGTAXI_CUSTOMER', 'INVOICE'] as const;


/** The time zone the trips are in: every supplier here drives in Sweden. */
export const TRIP_TIME_ZONE = 'Europe/Stockholm';

/**
 * `+01:00` or `+02:00`: Sweden's offset at a local date and time, so a 09:00 flight is 09:00 at
 * Arlanda whatever this computer's time zone, and summer time is right.
 */
export function offsetOf(local: string, timeZone: string = TRIP_TIME_ZONE): string {
  const asUtc = new Date(`${local.slice(0, 16)}:00Z`);
  if (Number.isNaN(asUtc.getTime())) return '+00:00';
  const name =
    new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
      .formatToParts(asUtc)
      .find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-]\d{2}):?(\d{2})?/.exec(name);
  return match ? `${match[1]}:${match[2] ?? '00'}` : '+00:00';
}

/**
 * `2026-12-14T18:00`: a time with any offset as the forms hold it, Sweden's local time (a flight
 * landing in London at 17:00 UTC is 18:00 here), so `connectionTime` gives the same moment back.
 */
export function inSweden(iso: string, timeZone: string = TRIP_TIME_ZONE): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return '';
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(at)
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/** The regular taxi's trip to price (picked up at a time), or the fields to correct. */
export function buildTrip(form: TripForm, now: number = Date.now()): { trip: TripRequest } | { errors: Errors } {
  const errors: Errors = {};
  if (!form.from) errors.from = 'book-place-choose';
  else if (form.from.needsNumber) errors.from = 'book-place-needsNumber';
  if (!form.to) errors.to = 'book-place-choose';
  else if (form.to.needsNumber) errors.to = 'book-place-needsNumber';
  const at = connectionTime(form.time);
  if (!at) errors.time = 'book-time-missing';
  else if (isPast(at, now)) errors.time = 'book-time-past';
  if (Object.keys(errors).length > 0 || !form.from || !form.to || !at) return { errors };
  return {
    trip: {
      from: form.from.place,
      to: form.to.place,
      when: { kind: 'pickup', at },
      passengers: Math.max(1, form.passengers),
      bags: Math.max(0, form.bags),
      regularTaxi: true,
      international: false,
    },
  };
}

/** The connection time with Sweden's offset (`2026-12-01T09:00:00+01:00`), or null. */
export function connectionTime(local: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(local)) return null;
  return `${local.slice(0, 16)}:00${offsetOf(local)}`;
}

/** The connection flow's choices: a terminal, a direction and time, a service, and the other end. */
export interface ConnectionForm {
  terminal: PlaceHit | null;
  /** Whether the flight or train arrives (the trip starts at the terminal). */
  arrival: boolean;
  time: string;
  passengers: number;
  bags: number;
  /** Whether the flight or train comes from or goes abroad (FTBook's `international`). */
  international: boolean;
  service: ServiceView | null;
  /** The address, for an address service. */
  address: PlaceHit | null;
  /** The stop's location code, for a bus or train service. */
  stop: string;
}

/** What must be chosen before the services can be shown. */
export function checkConnection(form: ConnectionForm, now: number = Date.now()): Errors {
  const errors: Errors = {};
  if (!form.terminal || form.terminal.place.kind !== 'terminal') errors.terminal = 'book-stops-needsTerminal';
  const at = connectionTime(form.time);
  if (!at) errors.time = 'book-time-missing';
  // A departure already gone has no pickup left; a landing just past still has its taxi.
  else if (!form.arrival && isPast(at, now)) errors.time = 'book-time-past';
  return errors;
}

/** Whether a time with its offset (`2026-12-01T09:00:00+01:00`) is before `now`. */
export function isPast(at: string, now: number = Date.now()): boolean {
  return Date.parse(at) < now;
}

/**
 * The trip of the connection flow: between the terminal and an address (an address service,
 * priced by every supplier) or one of a bus or train service's stops (FTBook only).
 */
export function buildConnectionTrip(
  form: ConnectionForm,
  now: number = Date.now(),
): { trip: TripRequest } | { errors: Errors } {
  const errors = checkConnection(form, now);
  if (!form.service) errors.service = 'book-stops-needsService';
  else if (form.service.toAddress) {
    if (!form.address) errors.address = 'book-place-choose';
    else if (form.address.needsNumber) errors.address = 'book-place-needsNumber';
  } else if (!form.stop) errors.stop = 'book-stops-needsStop';
  const at = connectionTime(form.time);
  if (Object.keys(errors).length > 0 || !form.terminal || !form.service || !at) return { errors };
  const other = form.service.toAddress && form.address ? form.address.place : { kind: 'terminal' as const, code: form.stop };
  return {
    trip: {
      from: form.arrival ? form.terminal.place : other,
      to: form.arrival ? other : form.terminal.place,
      when: { kind: 'connection', at, arrival: form.arrival },
      passengers: Math.max(1, form.passengers),
      bags: Math.max(0, form.bags),
      regularTaxi: false,
      service: form.service.name,
      international: form.international,
    },
  };
}

/** The fields the chosen offer requires that are still empty. */
export function checkDetails(details: Details, offer: Offer, trip: TripRequest): Errors {
  const errors: Errors = {};
  const shown = shownFields(details, offer, trip);
  const required = (field: keyof Details) => {
    if (shown.has(field) && details[field].trim() === '') errors[field] = 'book-details-required';
  };
  required('firstName');
  required('lastName');
  required('phone');
  if (offer.needs.foid) required('foid');
  if (details.debitMethod === 'INVOICE') {
    required('invoiceName');
    required('invoiceAddress');
    required('invoiceZip');
    required('invoiceCity');
    required('invoiceCountry');
  }
  if (NEEDS_DEBIT_REFERENCE.includes(details.debitMethod)) required('debitReference');
  if (offer.needs.childAge && isChild(details)) required('childAge');
  if (offer.needs.connection || (asksConnection(offer, trip) && details.flight.trim() !== '')) {
    required('flight');
    required('otherCode');
    if (!connectionTime(details.otherTime)) errors.otherTime = 'book-details-required';
  }
  return errors;
}

const blank = (text: string): string | undefined => (text.trim() === '' ? undefined : text.trim());

/** The request the shell books. */
export function buildRequest(trip: TripRequest, offer: Offer, entered: Details): BookingRequest {
  const details = sentDetails(entered, offer, trip);
  const age = Number.parseInt(details.childAge, 10);
  const references = [
    { kind: 'COSTCENTER', value: details.costCentre },
    { kind: 'PROJECT', value: details.project },
  ].filter((reference) => reference.value.trim() !== '');
  return {
    trip,
    offer: offer.id,
    passenger: {
      title: blank(details.title),
      firstName: details.firstName.trim(),
      lastName: details.lastName.trim(),
      phone: details.phone.trim(),
      email: blank(details.email),
      foid: offer.needs.foid ? blank(details.foid) : undefined,
      childAge: offer.needs.childAge && details.childAge.trim() !== '' && Number.isFinite(age) ? age : undefined,
    },
    connection: blank(details.flight)
      ? {
          number: details.flight.trim(),
          otherCode: details.otherCode.trim(),
          international: details.international === 'auto' ? undefined : details.international === 'yes',
          otherTime: connectionTime(details.otherTime) ?? undefined,
        }
      : undefined,
    infoToDriver: blank(details.infoToDriver),
    references,
    debitMethod: blank(details.debitMethod),
    debitReference: blank(details.debitReference),
    invoiceAddress:
      details.debitMethod === 'INVOICE'
        ? {
            name: details.invoiceName.trim(),
            address1: details.invoiceAddress.trim(),
            zipCode: details.invoiceZip.trim(),
            city: details.invoiceCity.trim(),
            countryCode: details.invoiceCountry.trim() || 'SE',
          }
        : undefined,
    amadeus: blank(details.amadeus),
    sabre: blank(details.sabre),
  };
}

/** The details field a supplier's fault concerns (`segment.passenger.phone` → `phone`). */
export function fieldOfFault(path: string | undefined): keyof Details | 'form' {
  if (!path) return 'form';
  const table: Array<[string, keyof Details]> = [
    ['segment.passenger.firstName', 'firstName'],
    ['segment.passenger.lastName', 'lastName'],
    ['segment.passenger.phone', 'phone'],
    ['segment.passenger.email', 'email'],
    ['segment.passenger.foid', 'foid'],
    ['segment.passenger.childAge', 'childAge'],
    ['segment.passenger.title', 'title'],
    ['segment.connection.number', 'flight'],
    ['connection.otherTime', 'otherTime'],
    ['segment.connection.departureDate', 'otherTime'],
    ['segment.connection.arrivalDate', 'otherTime'],
    ['segment.connection.international', 'international'],
    ['segment.connection', 'otherCode'],
    ['segment.infoToDriver', 'infoToDriver'],
    ['segment.references', 'costCentre'],
    ['booking.debitReference', 'debitReference'],
    ['booking.debitMethod', 'debitMethod'],
    ['booking.identities', 'amadeus'],
    ['booking.invoiceAddress.name', 'invoiceName'],
    ['booking.invoiceAddress.address1', 'invoiceAddress'],
    ['booking.invoiceAddress.zipCode', 'invoiceZip'],
    ['booking.invoiceAddress.city', 'invoiceCity'],
    ['booking.invoiceAddress', 'invoiceName'],
  ];
  return table.find(([prefix]) => path === prefix || path.startsWith(`${prefix}.`))?.[1] ?? 'form';
}

/**
 * Faults by details field; faults that concern no field, or a field the form does not show
 * (`shown`), go under `form`, so nothing is said on a field the agent cannot see.
 */
export function faultsByField(faults: readonly FaultLine[], shown?: ReadonlySet<keyof Details>): Errors {
  const errors: Errors = {};
  for (const fault of faults) {
    const named = fieldOfFault(fault.field);
    const field = named !== 'form' && shown && !shown.has(named) ? 'form' : named;
    errors[field] = errors[field] ? `${errors[field]} ${fault.sentence}` : fault.sentence;
  }
  return errors;
}

/** `XXXX…1111`: a card number as the review and confirmation show it. */
export function maskFoid(foid: string): string {
  const compact = foid.replace(/\s/g, '');
  if (compact.length <= 4) return compact;
  const start = compact.startsWith('CC') && compact.length >= 14 ? 10 : 0;
  return compact
    .split('')
    .map((c, i) => (i >= start && i < compact.length - 4 ? 'X' : c))
    .join('');
}
