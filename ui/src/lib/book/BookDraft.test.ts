/**
 * The booking in progress as one draft of the Book area (kept across screens, discarded only by
 * New booking, never sending what is not shown), and the checks made before the review.
 */
import { cleanup, render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { BookingRequest } from '../../bindings/BookingRequest';
import { backend, fillTrip, freshBook, passenger, pick } from '../../test/book';
import { arlanda, street } from '../../test/fixtures';
import { homebound } from '../../test/pnr';
import { draft } from './booking.svelte';
import BookView from './BookView.svelte';

freshBook();

describe('the draft', () => {
  it('is kept when the agent leaves Book and comes back, at the step left', async () => {
    backend();
    const user = userEvent.setup();
    render(BookView);
    await fillTrip(user);
    await user.click(await screen.findByRole('button', { name: 'Continue with Egen TAXI' }));
    await user.type(await screen.findByLabelText('First name'), 'Karin');
    // History, then Book again: the screen is destroyed and drawn anew.
    cleanup();
    render(BookView);
    expect(((await screen.findByLabelText('First name')) as HTMLInputElement).value).toBe('Karin');
    await user.keyboard('{Escape}');
    await user.keyboard('{Escape}');
    expect((await screen.findByLabelText('Address, hotel or office') as HTMLInputElement).value).toBe('Drottningholmsvägen 37');
  });

  it('is discarded by New booking only, with Undo, and leaves nothing behind in the next one', async () => {
    const calls = backend();
    const user = userEvent.setup();
    render(BookView);
    await fillTrip(user);
    await user.click(await screen.findByRole('button', { name: 'Continue with Egen TAXI' }));
    await user.type(await screen.findByLabelText('First name'), 'Karin');
    await user.type(screen.getByLabelText('Flight or train number'), 'SK1415');
    await user.click(screen.getByRole('button', { name: 'New booking' }));
    expect((screen.getByLabelText('Airport or station') as HTMLInputElement).value).toBe('');
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(((await screen.findByLabelText('First name')) as HTMLInputElement).value, 'Undo brings it back').toBe('Karin');
    await user.click(screen.getByRole('button', { name: 'New booking' }));
    // The next booking: a regular taxi with FASTTRAK.
    await user.click(screen.getByRole('radio', { name: /^Regular taxi/ }));
    await pick(user, 'From', 'Drottn', 'Drottningholmsvägen 37');
    await pick(user, 'To', 'Stoc', 'Stockholm Arlanda Flygplats (ARN)');
    await user.type(screen.getByLabelText('Pickup time'), 'tomorrow 0710');
    await user.click(screen.getByRole('button', { name: 'Show offers' }));
    await user.click(await screen.findByRole('radio', { name: /Sedan/ }));
    await user.click(screen.getByRole('button', { name: 'Continue with Sedan' }));
    expect(((await screen.findByLabelText('First name')) as HTMLInputElement).value).toBe('');
    await passenger(user, 'Olof', 'Sjöberg', '0701112233');
    await user.click(screen.getByRole('button', { name: 'Review' }));
    expect(await screen.findByRole('heading', { name: 'Check and book' })).toBeTruthy();
    expect(screen.queryByText(/SK1415/), 'no flight from the old draft on the review').toBeNull();
    await user.click(screen.getByRole('button', { name: 'Book now' }));
    const request = calls.find((c) => c.cmd === 'book')?.args.request as BookingRequest;
    expect(request.passenger.firstName).toBe('Olof');
    expect(request.connection).toBeUndefined();
  });

  it('never sends a field the chosen product does not show', async () => {
    const calls = backend();
    const user = userEvent.setup();
    render(BookView);
    await fillTrip(user);
    await user.click(await screen.findByRole('button', { name: 'Continue with Egen TAXI' }));
    await passenger(user, 'Karin', 'Öberg', '0701112233');
    await user.type(screen.getByLabelText('Flight or train number'), 'SK1415');
    // Back to the offers: FASTTRAK's sedan asks for no flight.
    await user.keyboard('{Escape}');
    await user.click(await screen.findByRole('radio', { name: /Sedan/ }));
    await user.click(screen.getByRole('button', { name: 'Continue with Sedan' }));
    expect(screen.queryByLabelText('Flight or train number')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Review' }));
    expect(await screen.findByRole('heading', { name: 'Check and book' })).toBeTruthy();
    expect(screen.queryByText(/SK1415/)).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Book now' }));
    await screen.findByRole('heading', { name: 'Booked: 2026000000007' });
    const request = calls.find((c) => c.cmd === 'book')?.args.request as BookingRequest;
    expect(request.connection, 'the flight typed for Egen TAXI').toBeUndefined();
  });
});

describe('checks before the review', () => {
  it('say a bad phone on its field at the details step, with no supplier banner', async () => {
    const calls = backend();
    const user = userEvent.setup();
    render(BookView);
    await fillTrip(user);
    await user.click(await screen.findByRole('radio', { name: /Sedan/ }));
    await user.click(screen.getByRole('button', { name: 'Continue with Sedan' }));
    await passenger(user, 'Olof', 'Sjöberg', 'phone!');
    await user.click(screen.getByRole('button', { name: 'Review' }));
    const phone = screen.getByLabelText('Mobile phone');
    await waitFor(() => expect(phone.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByText('The phone number is not valid.')).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Check and book' })).toBeNull();
    expect(screen.queryByText(/supplier refused/), 'a local check is no refusal').toBeNull();
    expect(document.activeElement).toBe(phone);
    expect(calls.some((c) => c.cmd === 'book'), 'nothing was sent').toBe(false);
  });

  it('refuse a pickup time already past at the trip step', async () => {
    backend();
    const user = userEvent.setup();
    render(BookView);
    await user.click(screen.getByRole('radio', { name: /^Regular taxi/ }));
    await pick(user, 'From', 'Drottn', 'Drottningholmsvägen 37');
    await pick(user, 'To', 'Stoc', 'Stockholm Arlanda Flygplats (ARN)');
    await user.type(screen.getByLabelText('Pickup time'), '2026-11-19 0710');
    await user.click(screen.getByRole('button', { name: 'Show offers' }));
    expect(await screen.findByText('That time has already passed: give a later time.')).toBeTruthy();
  });
});

describe('a booking begun from another', () => {
  const rebooking = (terminal: string | null) => ({
    from: street,
    to: terminal ? arlanda : { ...street, label: 'Sveavägen 44' },
    terminal,
    passenger: { firstName: 'Karin', lastName: 'Öberg', phone: '+46701234567' },
    flight: 'SK1415',
    amadeus: 'QX7Z2K',
    sabre: null,
  });

  it('takes the places and the traveller, the cursor on the time, Undo only for what was entered', async () => {
    draft.startFrom(rebooking('ARN'));
    expect(draft.discarded, 'nothing was entered: nothing to undo').toBeNull();
    expect([draft.form.mode, draft.connection.arrival, draft.connection.terminal?.label, draft.connection.address?.label]).toEqual([
      'connection',
      false,
      arlanda.label,
      street.label,
    ]);
    render(BookView);
    await waitFor(() => expect(document.querySelector('[data-first]')?.id).toBe('book-time'));

    draft.details.infoToDriver = 'Ring på';
    draft.startFrom(rebooking(null));
    expect(draft.discarded?.details.infoToDriver, 'what was entered can be brought back').toBe('Ring på');
    expect([draft.form.mode, draft.form.from?.label, draft.form.to?.label, draft.details.flight]).toEqual(['taxi', street.label, 'Sveavägen 44', 'SK1415']);
  });

  it('takes the PNR’s flight the other way for a return, its other end’s time in Swedish time', () => {
    const back = { ...rebooking('ARN'), from: arlanda, to: street, flight: null };
    draft.startFrom(back, homebound);
    expect([draft.connection.arrival, draft.connection.time, draft.connection.international]).toEqual([true, '2026-12-14T20:35', true]);
    expect([draft.details.flight, draft.details.otherCode, draft.details.otherTime]).toEqual(['SK530', 'LHR', '2026-12-14T18:00']);
  });
});
