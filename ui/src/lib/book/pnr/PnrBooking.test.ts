import { mockIPC } from '@tauri-apps/api/mocks';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { BookingRequest } from '../../../bindings/BookingRequest';
import type { SegmentRow } from '../../../bindings/SegmentRow';
import type { TripRequest } from '../../../bindings/TripRequest';
import { freshBook } from '../../../test/book';
import { booked, egen, sedan, street } from '../../../test/fixtures';
import { pnrText, suggestion } from '../../../test/pnr';
import BookView from '../BookView.svelte';
import { plan } from './plan.svelte';

freshBook();

/** The desk as the PNR flow uses it; `refuse`: the first booking of SK530 is refused on the phone. */
function desk(options: { refuse?: boolean; writeBack?: boolean; history?: SegmentRow[] } = {}) {
  const calls: Array<{ cmd: string; args: Record<string, unknown> }> = [];
  let bookings = 0;
  let refused = false;
  mockIPC((cmd, args) => {
    const payload = (args ?? {}) as Record<string, unknown>;
    calls.push({ cmd, args: payload });
    switch (cmd) {
      case 'suggest_transfers':
        return suggestion;
      case 'get_settings':
        return { language: 'en', homeCity: '', leadTimes: {}, amadeusWriteBack: options.writeBack ?? true };
      case 'search_history':
        return options.history ?? [];
      case 'traveller_places':
        return [street];
      case 'search_places':
        return { hits: [street], more: false, nextOffset: null };
      case 'get_offers':
        // FASTTRAK's sedan is the cheaper here: the PNR's legs still start on FTBook's, which can write back.
        return { offers: [{ ...sedan, priceIncludingVat: '600.00' }, egen], problems: [] };
      case 'check_booking':
        return null;
      case 'rebook':
        return { from: { ...street, label: 'Stockholm Arlanda Flygplats (ARN)', kind: 'airport', place: { kind: 'terminal', code: 'ARN' } }, to: street, terminal: 'ARN', passenger: { firstName: 'Karin', lastName: 'Öberg', phone: '+46701234567' }, flight: null, amadeus: 'R7KLMN', sabre: null };
      case 'book': {
        const request = payload.request as BookingRequest;
        if (options.refuse && !refused && request.connection?.number === 'SK530') {
          refused = true;
          throw {
            code: 'rejected',
            message: 'The phone number is not valid.',
            faults: [{ code: 1212, field: 'segment.passenger.phone', sentence: 'The phone number is not valid.' }],
          };
        }
        bookings += 1;
        return booked(request, `202600000000${bookings}`);
      }
      default:
        throw new Error(`unexpected command ${cmd}`);
    }
  });
  return calls;
}

const sent = (calls: ReturnType<typeof desk>, cmd: string) => calls.filter((c) => c.cmd === cmd);

/** Ctrl+V of the PNR on the trip step, wherever the cursor is. */
async function pastePnr() {
  const target = document.activeElement ?? document.body;
  await fireEvent.paste(target, { clipboardData: { getData: () => pnrText } });
}

/** The home address taken from the traveller's profile with Enter, and the legs priced with Enter. */
async function addressAndPrice(user: ReturnType<typeof userEvent.setup>) {
  await waitFor(() => expect(document.activeElement?.id).toBe('pnr-home'));
  await screen.findByRole('option', { name: /Drottningholmsvägen 37/ });
  await user.keyboard('{Enter}{Enter}');
}

describe('a pasted PNR', () => {
  it('is read on the trip step, both legs booked by keyboard with its locator and write-back', async () => {
    const calls = desk();
    const user = userEvent.setup();
    render(BookView);
    (screen.getByLabelText('Airport or station') as HTMLInputElement).focus();
    await pastePnr();

    // What was read beside what was not, the legs with their pickups, the flight left out and why.
    expect(await screen.findByRole('heading', { name: 'AMADEUS PNR R7KLMN' })).toBeTruthy();
    expect(screen.getByText(/1\. Karin Öberg \(MRS\)/)).toBeTruthy();
    expect(screen.getByText('One line could not be read')).toBeTruthy();
    expect(screen.getByText(/6 ZZ SOMETHING ODD/).parentElement?.textContent).toContain('An element this desk does not know.');
    const out = screen.getByLabelText(/To ARN for SK527, departing 2026-12-10 06:40: pickup 03:55 \(165 min before\)/) as HTMLInputElement;
    const back = screen.getByLabelText(/From ARN after SK530 lands 2026-12-14 20:35: car there 21:15/) as HTMLInputElement;
    expect(out.checked && back.checked, 'both legs at home are ticked').toBe(true);
    expect(screen.getByText(/SK1: A change of planes at CPH/)).toBeTruthy();

    // The address once: the traveller's last place is offered as the cursor arrives; Enter takes it.
    await waitFor(() => expect(document.activeElement?.id).toBe('pnr-home'));
    expect(await screen.findByRole('option', { name: /Drottningholmsvägen 37/ })).toBeTruthy();
    expect(sent(calls, 'traveller_places')[0]?.args).toEqual({ uniqueSrc: 'TD:STOS12345', uniqueId: 'OBERG/KARIN' });
    await user.keyboard('{Enter}');
    await user.keyboard('{Enter}');

    // Each leg priced between the address and Arlanda, picked up at the lead time.
    expect(await screen.findByRole('table', { name: /To ARN for SK527/ })).toBeTruthy();
    const trips = sent(calls, 'get_offers').map((c) => c.args.trip as TripRequest);
    expect(trips.map((trip) => [trip.from, trip.to, trip.pickup])).toEqual([
      [street.place, { kind: 'terminal', code: 'ARN' }, '2026-12-10T03:55:00+01:00'],
      [{ kind: 'terminal', code: 'ARN' }, street.place, '2026-12-14T21:15:00+01:00'],
    ]);
    const tables = screen.getAllByRole('table');
    expect(tables).toHaveLength(2);
    expect((within(tables[0]!).getByRole('radio', { name: /Egen TAXI/ }) as HTMLInputElement).checked, 'FTBook’s first').toBe(true);
    await user.keyboard('{Enter}');

    // One details form, filled in from the PNR; no flight asked (each leg has its own).
    expect(((await screen.findByLabelText('First name')) as HTMLInputElement).value).toBe('Karin');
    expect((screen.getByLabelText('Mobile phone') as HTMLInputElement).value).toBe('+46701234567');
    expect((screen.getByLabelText('Amadeus record locator') as HTMLInputElement).value).toBe('R7KLMN');
    expect(screen.queryByLabelText('Flight or train number')).toBeNull();
    await user.keyboard('{Enter}');

    expect(await screen.findByRole('heading', { name: 'Check and book' })).toBeTruthy();
    expect(sent(calls, 'check_booking')).toHaveLength(2);
    expect(screen.getByText('FTBook will add its MIS and RM*SUR rows to the Amadeus PNR.')).toBeTruthy();
    await user.keyboard('{Enter}');

    expect(await screen.findByRole('heading', { name: '2 transfers booked' })).toBeTruthy();
    expect(screen.getByText('The RM*SUR rows will appear in PNR R7KLMN in Amadeus shortly.')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Booked: 2026000000001' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Booked: 2026000000002' })).toBeTruthy();
    const requests = sent(calls, 'book').map((c) => c.args.request as BookingRequest);
    expect(requests.map((r) => [r.connection?.number, r.connection?.otherTime, r.amadeus, r.writeBack])).toEqual([
      ['SK527', '2026-12-10T08:40:00+00:00', 'R7KLMN', true],
      ['SK530', '2026-12-14T17:00:00+00:00', 'R7KLMN', true],
    ]);
    expect(requests[0]?.passenger).toMatchObject({ firstName: 'Karin', uniqueSrc: 'TD:STOS12345', uniqueId: 'OBERG/KARIN' });
    expect(requests[0]?.offer).toBe(egen.id);

    // From a confirmation, the return trip: the plan gives way to a new single booking.
    await user.click(screen.getAllByRole('button', { name: 'Book the return trip' })[0]!);
    await waitFor(() => expect(plan.active).toBe(false));
    expect(sent(calls, 'rebook')[0]?.args).toEqual({ reference: '2026000000001', how: 'return' });
    expect(await screen.findByLabelText('Airport or station')).toBeTruthy();
  });

  it('books only what is left after a leg is refused, and keeps what was entered', async () => {
    const calls = desk({ refuse: true });
    const user = userEvent.setup();
    render(BookView);
    await pastePnr();
    await addressAndPrice(user);
    await screen.findByRole('table', { name: /To ARN for SK527/ });
    await user.keyboard('{Enter}');
    await screen.findByLabelText('First name');
    await user.keyboard('{Enter}');
    await screen.findByRole('heading', { name: 'Check and book' });
    await user.keyboard('{Enter}');

    // SK527 was booked; SK530 refused on the phone: back at the details, the phone marked.
    expect(await screen.findByText('The supplier refused the transfer for SK530; see the marked fields.')).toBeTruthy();
    const phone = screen.getByLabelText('Mobile phone') as HTMLInputElement;
    await waitFor(() => expect(document.activeElement).toBe(phone));
    expect(phone.getAttribute('aria-invalid')).toBe('true');
    await user.clear(phone);
    await user.type(phone, '0701234567{Enter}');
    await screen.findByRole('heading', { name: 'Check and book' });
    expect(screen.getByText('2026000000001'), 'the leg booked says so').toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Book the transfer' }));
    expect(await screen.findByRole('heading', { name: '2 transfers booked' })).toBeTruthy();
    const numbers = sent(calls, 'book').map((c) => (c.args.request as BookingRequest).connection?.number);
    expect(numbers, 'SK527 once, SK530 twice (refused, then booked)').toEqual(['SK527', 'SK530', 'SK530']);
  });

  it('leaves a leg already booked under the locator unticked, says so, and books only the other', async () => {
    const row = { ...booked({ passenger: { firstName: 'Karin', lastName: 'Öberg', phone: '' } } as BookingRequest).booking.segments[0]!, amadeus: 'R7KLMN', flight: 'SK527' };
    const calls = desk({ history: [row] });
    const user = userEvent.setup();
    render(BookView);
    await pastePnr();
    const out = (await screen.findByLabelText(/To ARN for SK527/)) as HTMLInputElement;
    expect(out.checked).toBe(false);
    expect(screen.getByText('already booked: 2026000000007 (see History)')).toBeTruthy();
    expect(sent(calls, 'search_history')[0]?.args.query).toMatchObject({ text: 'R7KLMN' });
    await addressAndPrice(user);
    await screen.findByRole('table', { name: /From ARN after SK530/ });
    expect(screen.getAllByRole('table')).toHaveLength(1);
    expect(sent(calls, 'get_offers')).toHaveLength(1);
  });

  it('does not ask to write back when the agency has it off, and can be put away', async () => {
    const calls = desk({ writeBack: false });
    const user = userEvent.setup();
    render(BookView);
    await pastePnr();
    await addressAndPrice(user);
    await screen.findByRole('table', { name: /To ARN for SK527/ });
    // The cheapest (FASTTRAK's) is picked when nothing is written back.
    expect((within(screen.getAllByRole('table')[0]!).getByRole('radio', { name: /Sedan/ }) as HTMLInputElement).checked).toBe(true);
    await user.keyboard('{Escape}');
    await user.click(await screen.findByRole('button', { name: 'Put the PNR away' }));
    expect(plan.active).toBe(false);
    expect(await screen.findByLabelText('Airport or station')).toBeTruthy();
    expect(sent(calls, 'book')).toHaveLength(0);
  });
});
