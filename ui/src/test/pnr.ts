/**
 * A pasted Amadeus PNR as the desk reads it: Karin Öberg to London and back through Arlanda,
 * a line it could not read, a change of planes it needs no transfer for; and the PNR text.
 */
import type { Leg } from '../bindings/Leg';
import type { Suggestion } from '../bindings/Suggestion';

export const pnrText = `RP/STOS12345/STOS12345            AA/SU  25NOV26/1012Z   R7KLMN
  1.OBERG/KARIN MRS
  2  SK 527 M 10DEC 4 ARNLHR HK1  0640 0840  E  SK/R7KLMN
  3  SK 530 M 14DEC 1 LHRARN HK1  1700 2035  E  SK/R7KLMN
  4 APM +46701234567/P1
  5 APE KARIN.OBERG@EXAMPLE.SE/P1
  6 ZZ SOMETHING ODD`;

export const outbound: Leg = {
  element: 2,
  flight: 'SK527',
  airport: 'ARN',
  home: true,
  arrival: false,
  international: true,
  at: '2026-12-10T06:40:00+01:00',
  pickup: '2026-12-10T03:55:00+01:00',
  leadMinutes: 165,
  connection: { number: 'SK527', otherCode: 'LHR', otherTime: '2026-12-10T08:40:00+00:00' },
  when: { kind: 'connection', at: '2026-12-10T06:40:00+01:00', arrival: false },
};

export const homebound: Leg = {
  element: 3,
  flight: 'SK530',
  airport: 'ARN',
  home: true,
  arrival: true,
  international: true,
  at: '2026-12-14T20:35:00+01:00',
  pickup: '2026-12-14T21:15:00+01:00',
  leadMinutes: 40,
  connection: { number: 'SK530', otherCode: 'LHR', otherTime: '2026-12-14T17:00:00+00:00' },
  when: { kind: 'connection', at: '2026-12-14T20:35:00+01:00', arrival: true },
};

export const suggestion: Suggestion = {
  pnr: {
    gds: 'AMADEUS',
    locator: 'R7KLMN',
    office: 'STOS12345',
    created: '2026-11-25',
    passengers: [{ element: 1, lastName: 'Öberg', firstName: 'Karin', title: 'MRS', traveller: 'adult' }],
    flights: [
      {
        element: 2,
        number: 'SK527',
        class: 'M',
        from: 'ARN',
        to: 'LHR',
        status: 'HK1',
        state: 'confirmed',
        departs: '2026-12-10T06:40:00',
        arrives: '2026-12-10T08:40:00',
      },
      {
        element: 3,
        number: 'SK530',
        class: 'M',
        from: 'LHR',
        to: 'ARN',
        status: 'HK1',
        state: 'confirmed',
        departs: '2026-12-14T17:00:00',
        arrives: '2026-12-14T20:35:00',
      },
    ],
    contacts: [
      { element: 4, kind: 'mobile', value: '+46701234567', passengers: [1], source: 'APM' },
      { element: 5, kind: 'email', value: 'KARIN.OBERG@EXAMPLE.SE', passengers: [1], source: 'APE' },
    ],
    remarks: [],
    unread: [{ line: 7, text: '6 ZZ SOMETHING ODD', why: 'unknownElement' }],
  },
  traveller: {
    title: 'MRS',
    firstName: 'Karin',
    lastName: 'Öberg',
    phone: '+46701234567',
    email: 'KARIN.OBERG@EXAMPLE.SE',
    uniqueSrc: 'TD:STOS12345',
    uniqueId: 'OBERG/KARIN',
  },
  passengers: 1,
  legs: [outbound, homebound],
  left: [{ element: 9, flight: 'SK1', airport: 'CPH', why: 'changeOfPlanes' }],
  references: [],
};
