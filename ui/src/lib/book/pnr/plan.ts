/**
 * From a pasted PNR to the bookings, as rules the screens take: whether pasted text is a PNR, the
 * details the traveller fills in, each leg's trip (between the address picked once and the
 * leg's airport, picked up at the lead time) and its booking request (the leg's own flight, the
 * traveller's profile ids, the locator, and writing back when the agency wants it).
 */
import type { BookingRequest } from '../../../bindings/BookingRequest';
import type { Leg } from '../../../bindings/Leg';
import type { Offer } from '../../../bindings/Offer';
import type { Offers } from '../../../bindings/Offers';
import type { PlaceHit } from '../../../bindings/PlaceHit';
import type { SegmentRow } from '../../../bindings/SegmentRow';
import type { Suggestion } from '../../../bindings/Suggestion';
import type { TripRequest } from '../../../bindings/TripRequest';
import { buildRequest, checkDetails, emptyDetails, inSweden, type Details, type Errors } from '../draft';

/** The FTBook service a PNR's legs are priced at: the taxi, which FASTTRAK's vehicles price beside. */
export const LEG_SERVICE = 'Taxi';

/**
 * Whether pasted text is a PNR rather than a place or a time: an Amadeus display (several lines,
 * one of them an `RP/` header or a numbered element: `1.OBERG/KARIN`, `2  SK1415 ...`) or a Sabre
 * reservation's XML (`GetReservationRS`).
 */
export function looksLikePnr(text: string): boolean {
  // A Sabre reservation as its XML.
  if (/^\s*(<\?xml[^>]*>\s*)?<([\w-]+:)?GetReservationRS[\s>]/.test(text)) return true;
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  if (lines.length < 2) return false;
  return lines.some((line) => /^\s*(RP\/|--- RLR|\d{1,3}\.[A-Z]|\d{1,3}\s+[A-Z0-9]{2}\s?\d{1,4}[A-Z]?\s)/.test(line));
}

/**
 * The details form as the PNR fills it: the traveller's name, phone and e-mail, the locator, and
 * the cost centre and project a Sabre PNR gives.
 */
export function detailsFrom(suggestion: Suggestion): Details {
  const details = emptyDetails();
  const reference = (kind: string) => suggestion.references.find((r) => r.kind === kind)?.value ?? '';
  details.costCentre = reference('COSTCENTER');
  details.project = reference('PROJECT');
  const traveller = suggestion.traveller;
  if (traveller) {
    details.title = traveller.title ?? '';
    details.firstName = traveller.firstName;
    details.lastName = traveller.lastName;
    details.phone = traveller.phone;
    details.email = traveller.email ?? '';
  }
  const locator = suggestion.pnr.locator ?? '';
  if (suggestion.pnr.gds === 'AMADEUS') details.amadeus = locator;
  else details.sabre = locator;
  return details;
}

/** The legs a new paste books: those from and to the traveller's home airport. */
export function chosenAtFirst(suggestion: Suggestion): boolean[] {
  return suggestion.legs.map((leg) => leg.home);
}

/** The trip of a leg between `address` and its airport, picked up at the lead time. */
export function legTrip(leg: Leg, address: PlaceHit, passengers: number, bags: number): TripRequest {
  const airport = { kind: 'terminal' as const, code: leg.airport };
  return {
    from: leg.arrival ? airport : address.place,
    to: leg.arrival ? address.place : airport,
    when: leg.when,
    passengers: Math.max(1, passengers),
    bags: Math.max(0, bags),
    regularTaxi: false,
    service: LEG_SERVICE,
    international: leg.international,
    pickup: leg.pickup,
  };
}

/** The details of one leg: the traveller's, with the leg's own flight. */
export function legDetails(details: Details, leg: Leg): Details {
  return {
    ...details,
    flight: leg.connection.number,
    otherCode: leg.connection.otherCode,
    otherTime: leg.connection.otherTime ? inSweden(leg.connection.otherTime) : '',
    international: leg.international ? 'yes' : 'no',
  };
}

/** What is missing for one leg's product, on the details' fields. */
export function checkLeg(details: Details, leg: Leg, offer: Offer, trip: TripRequest): Errors {
  return checkDetails(legDetails(details, leg), offer, trip);
}

/**
 * The request of one leg: the details as the form sends them, the leg's flight exactly as the
 * PNR has it (with the other end's own offset), the traveller's profile ids, and `writeBack`
 * for an FTBook product booked under an Amadeus locator when the agency wants it.
 */
export function legRequest(
  suggestion: Suggestion,
  leg: Leg,
  trip: TripRequest,
  offer: Offer,
  details: Details,
  writeBack: boolean,
): BookingRequest {
  const request = buildRequest(trip, offer, legDetails(details, leg));
  if (request.connection) request.connection = { ...leg.connection, international: leg.international };
  const traveller = suggestion.traveller;
  if (traveller?.uniqueSrc && traveller.uniqueId) {
    request.passenger.uniqueSrc = traveller.uniqueSrc;
    request.passenger.uniqueId = traveller.uniqueId;
  }
  if (offer.supplier === 'ftbook' && request.amadeus && writeBack) request.writeBack = true;
  return request;
}

/**
 * One offer that asks for everything any chosen leg's product does, for the one details form:
 * an FTBook product anywhere shows the payment and GDS fields.
 */
export function askingOffer(offers: readonly Offer[]): Offer | null {
  const first = offers[0];
  if (!first) return null;
  const ftbook = offers.find((offer) => offer.supplier === 'ftbook');
  return {
    ...(ftbook ?? first),
    needs: {
      connection: false,
      foid: offers.some((offer) => offer.needs.foid),
      childAge: offers.some((offer) => offer.needs.childAge),
    },
  };
}


/**
 * The offer a leg starts with: the cheapest, or the cheapest of FTBook's when the booking is to
 * be written back into the Amadeus PNR (only FTBook's can be).
 */
export function defaultPick(offers: Offers | null, writesBack: boolean): number {
  const list = offers?.offers ?? [];
  const ftbook = list.findIndex((offer) => offer.supplier === 'ftbook');
  return writesBack && ftbook >= 0 ? ftbook : 0;
}

/** `SK 527` and `sk527` are the same flight. */
const flightKey = (flight: string): string => flight.replace(/\s/g, '').toUpperCase();

/**
 * The legs a booking in the history already covers: a trip not cancelled, under the PNR's
 * locator, for the leg's flight, by leg (its booking reference).
 */
export function bookedBefore(suggestion: Suggestion, rows: readonly SegmentRow[]): Record<number, string> {
  const locator = suggestion.pnr.locator?.toUpperCase();
  const before: Record<number, string> = {};
  if (!locator) return before;
  suggestion.legs.forEach((leg, index) => {
    const row = rows.find(
      (r) =>
        !r.cancelled &&
        (r.amadeus?.toUpperCase() === locator || r.sabre?.toUpperCase() === locator) &&
        r.flight !== null &&
        flightKey(r.flight) === flightKey(leg.flight),
    );
    if (row) before[index] = row.bookingReference;
  });
  return before;
}
