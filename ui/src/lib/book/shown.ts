/**
 * Which details fields the chosen product and trip show, the one answer the details form (what
 * it draws), the review (what it lists), the request (what it sends) and the fault mapping
 * (where a refusal goes) all take. A field the agent cannot see is never sent: a flight typed
 * for a bus and left behind when the trip became a regular taxi stays in the draft, unseen and
 * unsent, and comes back if the agent goes back to a product that asks for it.
 */
import type { Offer } from '../../bindings/Offer';
import type { TripRequest } from '../../bindings/TripRequest';
import type { Details } from './draft';

/** Debit methods that need the customer's number as the debit reference. */
export const NEEDS_DEBIT_REFERENCE: readonly string[] = ['AGENT_CUSTOMER', 'FLYGTAXI_CUSTOMER'];

/** Whether the passenger is a child (FTBook's title `CHD`): then a child's price needs the age. */
export const isChild = (details: Details): boolean => details.title.trim().toUpperCase() === 'CHD';

/** Whether the details form asks for the flight or train. */
export function asksConnection(offer: Offer, trip: TripRequest): boolean {
  return offer.needs.connection || (offer.supplier === 'ftbook' && trip.when.kind === 'connection');
}

/** The details fields the form shows for this offer and trip, as the details stand. */
export function shownFields(details: Details, offer: Offer, trip: TripRequest): ReadonlySet<keyof Details> {
  const shown: Array<keyof Details> = ['firstName', 'lastName', 'phone', 'email', 'title'];
  if (offer.needs.foid) shown.push('foid');
  if (offer.needs.childAge) shown.push('childAge');
  if (asksConnection(offer, trip)) shown.push('flight', 'otherCode', 'otherTime', 'international');
  shown.push('infoToDriver', 'costCentre', 'project');
  if (offer.supplier === 'ftbook') {
    shown.push('debitMethod', 'amadeus', 'sabre');
    if (NEEDS_DEBIT_REFERENCE.includes(details.debitMethod)) shown.push('debitReference');
    if (details.debitMethod === 'INVOICE') {
      shown.push('invoiceName', 'invoiceAddress', 'invoiceZip', 'invoiceCity', 'invoiceCountry');
    }
  }
  return new Set(shown);
}

/** The details as they will be sent: what the form does not show is blank (a child's age only for a child). */
export function sentDetails(details: Details, offer: Offer, trip: TripRequest): Details {
  const shown = shownFields(details, offer, trip);
  const sent = { ...details };
  for (const field of Object.keys(sent) as Array<keyof Details>) {
    if (shown.has(field)) continue;
    if (field === 'international') sent.international = 'auto';
    else if (field === 'invoiceCountry') sent.invoiceCountry = 'SE';
    else sent[field] = '';
  }
  if (!isChild(sent)) sent.childAge = '';
  return sent;
}
