// The Deal lab's what-if debouncer: a slider dragged through many values asks for one
// what-if, with the last value, once it rests 200 ms; and an answer to a what-if already
// superseded never replaces the current one (the read cache keys answers by input).
import { QueryClient, QueryObserver } from '@tanstack/query-core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { debouncer } from '../../web/src/deals/debounce.ts';

describe('the what-if debouncer', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('passes on only the last of a burst, once it has rested for the delay', () => {
    const sent: number[] = [];
    const d = debouncer<number>(200, (v) => sent.push(v));
    for (const v of [0.1, 0.2, 0.3, 0.4]) {
      d.push(v);
      vi.advanceTimersByTime(50);
    }
    expect(sent).toEqual([]);
    vi.advanceTimersByTime(149);
    expect(sent).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(sent).toEqual([0.4]);
    // A later change is a new burst of its own.
    d.push(0.9);
    vi.advanceTimersByTime(200);
    expect(sent).toEqual([0.4, 0.9]);
  });

  it('a cancelled value is never sent', () => {
    const sent: string[] = [];
    const d = debouncer<string>(200, (v) => sent.push(v));
    d.push('a');
    vi.advanceTimersByTime(100);
    d.cancel();
    vi.advanceTimersByTime(1000);
    expect(sent).toEqual([]);
  });

  it('an answer arriving after a newer what-if was asked does not replace it', async () => {
    vi.useRealTimers();
    const client = new QueryClient();
    const answers = new Map<number, (v: string) => void>();
    // As useRead asks: keyed by the input, the previous answer shown while the next loads.
    const options = (whatIf: number) => ({
      queryKey: ['lab', whatIf],
      queryFn: () => new Promise<string>((resolve) => answers.set(whatIf, resolve)),
      placeholderData: (previous: string | undefined) => previous,
    });
    const observer = new QueryObserver<string>(client, options(1));
    const seen: (string | undefined)[] = [];
    const stop = observer.subscribe((r) => seen.push(r.data));
    await vi.waitFor(() => expect(answers.has(1)).toBe(true));
    observer.setOptions(options(2));
    await vi.waitFor(() => expect(answers.has(2)).toBe(true));
    answers.get(2)?.('second');
    await vi.waitFor(() => expect(observer.getCurrentResult().data).toBe('second'));
    answers.get(1)?.('first, late');
    await new Promise((r) => setTimeout(r, 20));
    expect(observer.getCurrentResult().data).toBe('second');
    expect(seen).not.toContain('first, late');
    stop();
    client.clear();
  });
});
