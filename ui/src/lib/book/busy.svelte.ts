/**
 * A Book screen's call in progress: `busy` while it runs (buttons wait), `slow` only once it has
 * taken longer than 150 ms, so quick answers do not flicker a progress line. Both flows (the
 * single booking and a PNR's plan) use it.
 */
export class Busy {
  busy = $state(false);
  slow = $state(false);

  /** Runs `work`, busy meanwhile. */
  async with<T>(work: () => Promise<T>): Promise<T> {
    this.busy = true;
    const timer = setTimeout(() => (this.slow = true), 150);
    try {
      return await work();
    } finally {
      clearTimeout(timer);
      this.busy = false;
      this.slow = false;
    }
  }
}
