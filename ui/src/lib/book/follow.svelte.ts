/**
 * The booking attempt whose outcome is unknown, followed until the desk settles it. It lives
 * here, outside any screen, so leaving Book does not stop it and coming back shows where it
 * stands. Only this attempt is looked at: other open attempts (another window's, a killed
 * process's) never stand in for it.
 */
import type { Booked } from '../../bindings/Booked';
import { api } from '../api';

export type Outcome = 'checking' | 'confirmed' | 'not_made';

export const following = $state<{ attempt: number | null; outcome: Outcome | null; booked: Booked | null }>({
  attempt: null,
  outcome: null,
  booked: null,
});

/** How long between look-ups while the outcome is unknown (5 s; tests shorten it). */
let pollMs = 5000;

/** Sets the pause between look-ups (tests). */
export function setPollMs(ms: number): void {
  pollMs = ms;
}

let timer: ReturnType<typeof setTimeout> | undefined;

/** Starts following `attempt` (an unknown outcome the desk reported), at once and then every 5 s. */
export function follow(attempt: number): void {
  clearTimeout(timer);
  following.attempt = attempt;
  following.outcome = 'checking';
  following.booked = null;
  void poll(attempt);
}

/** Forgets the attempt once its outcome has been shown. */
export function dismiss(): void {
  clearTimeout(timer);
  following.attempt = null;
  following.outcome = null;
  following.booked = null;
}

async function poll(attempt: number): Promise<void> {
  if (following.attempt !== attempt) return;
  try {
    const attempts = await api.reconcile(attempt);
    const mine = attempts.find((a) => a.id === attempt);
    if (following.attempt !== attempt) return;
    if (mine?.state === 'confirmed' && mine.bookingReference) {
      const booking = await api.getBooking(mine.bookingReference);
      following.booked = { attempt, booking };
      following.outcome = 'confirmed';
      return;
    }
    if (mine?.state === 'not_made' || mine?.state === 'rejected') {
      following.outcome = 'not_made';
      return;
    }
  } catch {
    // Still unreachable: keep checking.
  }
  timer = setTimeout(() => void poll(attempt), pollMs);
}
