/**
 * Type-ahead plumbing: wait until the agent pauses, and drop replies that a newer request has
 * overtaken, so a slow answer to "öb" never replaces the answer to "öberg".
 */

/** Runs requests and hands back only the reply of the newest one; older replies resolve to `stale`. */
export function latestOnly<T>() {
  let newest = 0;
  return async function run(request: () => Promise<T>): Promise<{ stale: true } | { stale: false; value: T }> {
    const ticket = ++newest;
    const value = await request();
    return ticket === newest ? { stale: false, value } : { stale: true };
  };
}

/** Calls `action` once the calls have stopped for `ms` milliseconds. */
export function debounce<A extends unknown[]>(action: (...args: A) => void, ms: number) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const debounced = (...args: A) => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      action(...args);
    }, ms);
  };
  debounced.cancel = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
  return debounced;
}
