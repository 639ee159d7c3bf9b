import { describe, expect, it, vi } from 'vitest';
import { debounce, latestOnly } from './latest';

describe('latestOnly', () => {
  it('drops a slow reply that a newer request has overtaken', async () => {
    const run = latestOnly<string>();
    let finishSlow: (value: string) => void = () => {};
    const slow = run(() => new Promise((resolve) => (finishSlow = resolve)));
    const fast = run(() => Promise.resolve('öberg'));
    expect(await fast).toEqual({ stale: false, value: 'öberg' });
    finishSlow('öb');
    expect(await slow).toEqual({ stale: true });
  });
});

describe('debounce', () => {
  it('waits for a pause in typing and then calls once with the last value', () => {
    vi.useFakeTimers();
    const seen: string[] = [];
    const typed = debounce((text: string) => seen.push(text), 150);
    typed('ö');
    typed('öb');
    vi.advanceTimersByTime(100);
    typed('öbe');
    expect(seen).toEqual([]);
    vi.advanceTimersByTime(150);
    expect(seen).toEqual(['öbe']);
    vi.useRealTimers();
  });
});
