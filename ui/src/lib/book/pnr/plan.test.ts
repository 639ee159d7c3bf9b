import { describe, expect, it } from 'vitest';
import { booked, egen, sedan, street } from '../../../test/fixtures';
import { homebound, outbound, pnrText, suggestion } from '../../../test/pnr';
import { askingOffer, bookedBefore, defaultPick, detailsFrom, legRequest, legTrip, looksLikePnr } from './plan';
import type { SegmentRow } from '../../../bindings/SegmentRow';

describe('a PNR’s plan', () => {
  it('tells a PNR from a place or a time pasted into a field', () => {
    expect(looksLikePnr(pnrText)).toBe(true);
    expect(looksLikePnr('  1.OBERG/KARIN MRS\n  2  SK1415 Y 02DEC 3 ARNGOT HK1  0710 0815')).toBe(true);
    expect(looksLikePnr('Drottningholmsvägen 37')).toBe(false);
    expect(looksLikePnr('Drottningholmsvägen 37\nStockholm')).toBe(false);
    expect(looksLikePnr('imorgon 07:10')).toBe(false);
    expect(looksLikePnr('<?xml version="1.0"?>\n<stl19:GetReservationRS xmlns:stl19="x">…')).toBe(true);
    expect(looksLikePnr('<p>Drottningholmsvägen 37</p>')).toBe(false);
  });

  it('fills the details from the traveller, the locator and a Sabre PNR’s references', () => {
    expect(detailsFrom(suggestion)).toMatchObject({ firstName: 'Karin', lastName: 'Öberg', title: 'MRS', amadeus: 'R7KLMN', sabre: '' });
    const sabre = { ...suggestion, pnr: { ...suggestion.pnr, gds: 'SABRE' as const, locator: 'XYZABC' }, references: [{ kind: 'COSTCENTER', value: '4711' }] };
    expect(detailsFrom(sabre)).toMatchObject({ amadeus: '', sabre: 'XYZABC', costCentre: '4711', project: '' });
  });

  it('prices each leg between the address and its airport at the lead time', () => {
    expect(legTrip(outbound, street, 2, 3)).toMatchObject({ from: street.place, to: { code: 'ARN' }, pickup: outbound.pickup, passengers: 2, bags: 3, service: 'Taxi', international: true });
    expect(legTrip(homebound, street, 1, 1)).toMatchObject({ from: { code: 'ARN' }, to: street.place });
  });

  it('writes back for FTBook only, with the leg’s own flight', () => {
    const trip = legTrip(outbound, street, 1, 1);
    const details = detailsFrom(suggestion);
    const ftbook = legRequest(suggestion, outbound, trip, egen, details, true);
    expect(ftbook).toMatchObject({ amadeus: 'R7KLMN', writeBack: true, connection: { number: 'SK527', otherCode: 'LHR', otherTime: '2026-12-10T08:40:00+00:00' } });
    expect(legRequest(suggestion, outbound, trip, egen, details, false).writeBack).toBeUndefined();
    const fasttrak = legRequest(suggestion, outbound, trip, sedan, details, true);
    expect([fasttrak.amadeus, fasttrak.writeBack], 'FASTTRAK keeps no locator').toEqual([undefined, undefined]);
  });

  it('starts a leg on FTBook’s cheapest when it writes back, else on the cheapest', () => {
    const offers = { offers: [sedan, egen], problems: [] };
    expect(defaultPick(offers, true)).toBe(1);
    expect(defaultPick(offers, false)).toBe(0);
    expect(defaultPick({ offers: [sedan], problems: [] }, true)).toBe(0);
    expect(askingOffer([sedan, { ...egen, needs: { connection: true, foid: true, childAge: false } }])).toMatchObject({ supplier: 'ftbook', needs: { connection: false, foid: true } });
  });

  it('finds the legs the history already has under the locator, not a cancelled one nor another PNR’s', () => {
    const segment = booked(legRequest(suggestion, homebound, legTrip(homebound, street, 1, 1), egen, detailsFrom(suggestion), true)).booking.segments[0]!;
    const row = (changes: Partial<SegmentRow>): SegmentRow => ({ ...segment, amadeus: 'R7KLMN', flight: 'SK 530', ...changes });
    expect(bookedBefore(suggestion, [row({})])).toEqual({ 1: '2026000000007' });
    expect(bookedBefore(suggestion, [row({ cancelled: true })])).toEqual({});
    expect(bookedBefore(suggestion, [row({ amadeus: 'ZZZZZZ' })])).toEqual({});
    expect(bookedBefore(suggestion, [row({ flight: 'SK1' })])).toEqual({});
  });
});
