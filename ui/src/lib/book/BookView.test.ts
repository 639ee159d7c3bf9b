import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { BookingRequest } from '../../bindings/BookingRequest';
import { backend, fillTrip, freshBook, passenger, pick } from '../../test/book';
import { i18n } from '../i18n/i18n.svelte';
import BookView from './BookView.svelte';
import { draft } from './booking.svelte';
import { dismiss, setPollMs } from './follow.svelte';
import { readWhen, showWhen } from './when';

freshBook();

describe('booking', () => {
  it('walks the connection flow from the trip to the confirmation', async () => {
    const calls = backend();
    const user = userEvent.setup();
    render(BookView);
    await fillTrip(user);

    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row');
    expect(rows[1]?.textContent).toContain('Egen TAXI');
    expect(rows[1]?.textContent).toContain('Needs the flight or train');
    expect(rows[2]?.textContent).toContain('Sedan');
    await user.click(screen.getByRole('button', { name: 'Continue with Egen TAXI' }));

    await passenger(user, 'Karin', 'Öberg', '+46 70-123 45 67');
    expect(screen.queryByLabelText('Card used for the ticket (FOID)')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Review' }));
    expect(await screen.findAllByText('Required.'), 'the flight, where it goes and when it lands').toHaveLength(3);
    await user.type(screen.getByLabelText('Flight or train number'), 'SK1415');
    await user.type(screen.getByLabelText('Flying to (code)'), 'GOT');
    await fireEvent.input(screen.getByLabelText('Lands there'), { target: { value: '2026-12-01T10:05' } });
    await user.type(screen.getByLabelText('Amadeus record locator'), 'QX7Z2K');
    await user.click(screen.getByRole('button', { name: 'Review' }));

    expect(await screen.findByRole('heading', { name: 'Check and book' })).toBeTruthy();
    expect(screen.getByText(/· Drottningholmsvägen 37, Kungsholmen \(Stockholm\)/), 'the pickup place with its city').toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Book now' }));
    expect(await screen.findByRole('heading', { name: 'Booked: 2026000000007' })).toBeTruthy();
    expect(screen.getByText('R000000007')).toBeTruthy();
    const searches = calls.filter((c) => c.cmd === 'search_places').map((c) => c.args.field);
    expect(searches, 'each field says what it is for, so the desk ranks for it').toEqual(expect.arrayContaining(['terminal', 'address']));
    const request = calls.find((c) => c.cmd === 'book')?.args.request as BookingRequest;
    expect(request.connection).toMatchObject({ number: 'SK1415', otherCode: 'GOT', otherTime: '2026-12-01T10:05:00+01:00' });
    expect(request.trip).toMatchObject({ service: 'Taxi', international: false });
    expect(request.trip.when).toMatchObject({ kind: 'connection', arrival: false });
    expect(request.amadeus).toBe('QX7Z2K');
    expect(calls.filter((c) => c.cmd === 'book')).toHaveLength(1);
  });

  it('offers the documented debit methods, asks the customer number and the invoice address when they need them', async () => {
    backend();
    const user = userEvent.setup();
    render(BookView);
    await fillTrip(user);
    await user.click(await screen.findByRole('button', { name: 'Continue with Egen TAXI' }));
    const debit = (await screen.findByLabelText('Debit method')) as HTMLSelectElement;
    const methods = Array.from(debit.options).map((o) => o.value);
    expect(methods, 'no CARD: FTBook refuses it').toEqual(['', 'REVERSE', 'AGENT', 'AGENT_CUSTOMER', 'FLYGTAXI_CUSTOMER', 'INVOICE']);
    expect(screen.queryByLabelText('Debit reference')).toBeNull();
    await user.selectOptions(debit, 'AGENT_CUSTOMER');
    expect(screen.getByLabelText('Debit reference')).toBeTruthy();
    await user.selectOptions(debit, 'INVOICE');
    expect(screen.getByLabelText('Company or name')).toBeTruthy();
  });

  it('shows a supplier’s refusal on its field and keeps what was typed', async () => {
    backend({ refuse: true });
    const user = userEvent.setup();
    render(BookView);
    await fillTrip(user);
    await user.click(await screen.findByRole('button', { name: 'Continue with Egen TAXI' }));
    await passenger(user, 'Karin', 'Öberg', 'phone?');
    await user.type(screen.getByLabelText('Flight or train number'), 'SK1415');
    await user.type(screen.getByLabelText('Flying to (code)'), 'GOT');
    await fireEvent.input(screen.getByLabelText('Lands there'), { target: { value: '2026-12-01T10:05' } });
    await user.click(screen.getByRole('button', { name: 'Review' }));
    await user.click(await screen.findByRole('button', { name: 'Book now' }));
    const phone = await screen.findByLabelText('Mobile phone');
    await waitFor(() => expect(phone.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByText('The phone number is not valid.')).toBeTruthy();
    expect((screen.getByLabelText('First name') as HTMLInputElement).value).toBe('Karin');
  });

  it('an unknown outcome is followed, its own attempt among others, across leaving Book, into its confirmation', async () => {
    setPollMs(20);
    const calls = backend({ unknown: true });
    const user = userEvent.setup();
    render(BookView);
    await fillTrip(user);
    await user.click(await screen.findByRole('radio', { name: /Sedan/ }));
    await user.click(screen.getByRole('button', { name: 'Continue with Sedan' }));
    await passenger(user, 'Olof', 'Sjöberg', '0701112233');
    await user.click(screen.getByRole('button', { name: 'Review' }));
    await user.click(await screen.findByRole('button', { name: 'Book now' }));
    expect(await screen.findByText(/Checking with/)).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Book now' }) as HTMLButtonElement).disabled, 'Book stays disabled').toBe(true);
    // The agent leaves Book (the screen is destroyed) and comes back.
    cleanup();
    render(BookView);
    expect(await screen.findByRole('heading', { name: 'Booked: 2026000000007' })).toBeTruthy();
    expect(calls.filter((c) => c.cmd === 'book')).toHaveLength(1);
    expect(calls.filter((c) => c.cmd === 'reconcile').every((c) => c.args.attempt === 9), 'it asks for its own attempt').toBe(true);
    dismiss();
  });

  it('names a supplier that failed above the offers of the other', async () => {
    backend({ failFasttrak: true });
    const user = userEvent.setup();
    render(BookView);
    await fillTrip(user);
    expect(await screen.findByText('FASTTRAK: FASTTRAK cannot be reached.')).toBeTruthy();
    expect(screen.getByText('Egen TAXI')).toBeTruthy();
  });

  it('lists a terminal’s bus services and stops, and prices the chosen stop', async () => {
    const calls = backend();
    const user = userEvent.setup();
    render(BookView);
    await pick(user, 'Airport or station', 'Stoc', 'Stockholm Arlanda Flygplats (ARN)');
    await user.click(screen.getByLabelText('From the airport or station'));
    await fireEvent.input(screen.getByLabelText('The flight or train arrives'), { target: { value: '2026-12-01T14:00' } });
    await user.click(screen.getByRole('button', { name: 'Show services' }));
    expect(await screen.findByText(/Flygbussarna to and from the city/)).toBeTruthy();
    expect(screen.getByText(/Airport taxis to and from an address/)).toBeTruthy();
    await user.click(screen.getByRole('radio', { name: /Airport coach/ }));
    const select = (await screen.findByLabelText('Stop or station')) as HTMLSelectElement;
    expect(select.value).toBe('CTY');
    await user.click(screen.getByRole('button', { name: 'Show offers' }));
    await screen.findByRole('table');
    const trip = calls.find((c) => c.cmd === 'get_offers')?.args.trip as { to: unknown; service: string };
    expect(trip.to).toEqual({ kind: 'terminal', code: 'CTY' });
    expect(trip.service).toBe('Bus');
  });

  it('takes a bus service and its stop with Enter, by keyboard only', async () => {
    const calls = backend();
    const user = userEvent.setup();
    render(BookView);
    await pick(user, 'Airport or station', 'Stoc', 'Stockholm Arlanda Flygplats (ARN)');
    await fireEvent.input(screen.getByLabelText('The flight or train departs'), { target: { value: '2026-12-01T14:00' } });
    await user.click(screen.getByRole('button', { name: 'Show services' }));
    const coach = (await screen.findByRole('radio', { name: /Airport coach/ })) as HTMLInputElement;
    coach.focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(document.activeElement?.id, 'on to the stop').toBe('book-stop'));
    await user.keyboard('{Enter}');
    await screen.findByRole('table');
    const trip = calls.find((c) => c.cmd === 'get_offers')?.args.trip as { from: unknown; service: string };
    expect([trip.from, trip.service], 'from the stop to the airport').toEqual([{ kind: 'terminal', code: 'CTY' }, 'Bus']);
  });

  it('goes on to the review with Enter on the debit method too', async () => {
    backend();
    const user = userEvent.setup();
    render(BookView);
    await fillTrip(user);
    await user.click(await screen.findByRole('button', { name: 'Continue with Egen TAXI' }));
    await passenger(user, 'Karin', 'Öberg', '0701234567');
    await user.type(screen.getByLabelText('Flight or train number'), 'SK1415');
    await user.type(screen.getByLabelText('Flying to (code)'), 'GOT');
    await fireEvent.input(screen.getByLabelText('Lands there'), { target: { value: '2026-12-01T10:05' } });
    (screen.getByLabelText('Debit method') as HTMLSelectElement).focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { name: 'Check and book' })).toBeTruthy();
  });

  it('asks for the terminal and time before the services, and both places for a taxi', async () => {
    const calls = backend();
    const user = userEvent.setup();
    render(BookView);
    await user.click(screen.getByRole('button', { name: 'Show services' }));
    expect(screen.getByText('Choose an airport or station.')).toBeTruthy();
    expect(screen.getByText('Give the date and time.')).toBeTruthy();
    await user.click(screen.getByLabelText('Regular taxi, address to address'));
    await user.click(screen.getByRole('button', { name: 'Show offers' }));
    expect(screen.getAllByText('Choose a place from the list.')).toHaveLength(2);
    expect(calls.some((c) => c.cmd === 'get_services' || c.cmd === 'get_offers')).toBe(false);
  });
});

describe('the time, as agents type it', () => {
  it('reads “imorgon 07:10” in Sweden’s zone, says what it understood, and asks the services for it', async () => {
    const calls = backend();
    const user = userEvent.setup();
    i18n.language = 'sv';
    render(BookView);
    const field = screen.getByLabelText('Flyget eller tåget avgår');
    expect(field.getAttribute('type'), 'our own entry, not the browser’s widget').toBe('text');
    await user.type(field, 'imorgon 07:10');
    const tomorrow = readWhen('imorgon 07:10', new Date());
    if (!tomorrow.ok) throw new Error(tomorrow.error);
    expect(screen.getByText(showWhen(tomorrow.moment, 'sv'))).toBeTruthy();
    await pick(user, 'Flygplats eller station', 'Stoc', 'Stockholm Arlanda Flygplats (ARN)');
    await user.click(screen.getByRole('button', { name: 'Visa tjänster' }));
    await screen.findByRole('radio', { name: /^Taxi/ });
    const asked = calls.find((c) => c.cmd === 'get_services');
    expect(asked?.args.at).toBe(tomorrow.moment.iso);
  });

  it('says on the field, in the agent’s language, what it cannot read', async () => {
    backend();
    const user = userEvent.setup();
    render(BookView);
    const field = screen.getByLabelText('The flight or train departs');
    await user.type(field, 'banan');
    expect(screen.getByText('Write a time such as 0710, 7.10, tomorrow 07:10, 2/12 0710 or +2d 0710.')).toBeTruthy();
    expect(field.getAttribute('aria-invalid')).toBe('true');
  });
});

describe('the other end’s time', () => {
  it('typed alone is on the flight’s day, not whenever that hour comes next', async () => {
    backend();
    const user = userEvent.setup();
    render(BookView);
    await fillTrip(user);
    await user.click(await screen.findByRole('button', { name: 'Continue with Egen TAXI' }));
    await user.type(await screen.findByLabelText('Lands there'), '1005');
    expect(await screen.findByText('Tue 1 Dec 10:05'), 'the day it departs, 1 December').toBeTruthy();
  });
});

describe('the arrows on the time', () => {
  it('move the part under the caret', async () => {
    backend();
    const user = userEvent.setup();
    render(BookView);
    const field = screen.getByLabelText('The flight or train departs') as HTMLInputElement;
    await user.type(field, '2027-03-10 07:10');
    field.setSelectionRange(9, 9);
    await user.keyboard('{ArrowUp}');
    expect(field.value).toBe('2027-03-11 07:10');
    field.setSelectionRange(15, 15);
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(field.value).toBe('2027-03-11 07:08');
    expect(screen.getByText('Thu 11 Mar 07:08')).toBeTruthy();
  });
});

describe('the services at a connection', () => {
  it('takes the only one there is, and leaves a choice of several to the agent', async () => {
    backend({ onlyTaxi: true });
    const user = userEvent.setup();
    render(BookView);
    await pick(user, 'Airport or station', 'Stoc', 'Stockholm Arlanda Flygplats (ARN)');
    await waitFor(() => expect(document.activeElement?.id, 'the terminal taken, on to the time').toBe('book-time'));
    await user.type(screen.getByLabelText('The flight or train departs'), 'tomorrow 0710');
    await user.click(screen.getByRole('button', { name: 'Show services' }));
    const taxi = (await screen.findByRole('radio', { name: /^Taxi/ })) as HTMLInputElement;
    await waitFor(() => expect(taxi.checked, 'the only service is taken').toBe(true));
    await waitFor(() => expect(document.activeElement?.id, 'the cursor on its address').toBe('book-address'));
    cleanup();
    draft.reset();
    backend();
    render(BookView);
    await pick(user, 'Airport or station', 'Stoc', 'Stockholm Arlanda Flygplats (ARN)');
    await user.type(screen.getByLabelText('The flight or train departs'), 'tomorrow 0710');
    await user.click(screen.getByRole('button', { name: 'Show services' }));
    const radios = (await screen.findAllByRole('radio', { name: /^(Taxi|Airport coach)/ })) as HTMLInputElement[];
    expect(radios.some((radio) => radio.checked), 'of two, none is guessed').toBe(false);
    await waitFor(() => expect(document.activeElement, 'the cursor on the first service').toBe(radios[0]));
    await user.keyboard('{Enter}');
    await waitFor(() => expect(radios[0]?.checked, 'Enter takes it').toBe(true));
    await waitFor(() => expect(document.activeElement?.id, 'and goes on to its address').toBe('book-address'));
  });
});

