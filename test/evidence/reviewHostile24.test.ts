// Input built against session 23's linking and flagging (review 24): thousands of lines that each
// give another figure contradict one another pairwise; linking keeps a few links per line, but
// the flags of those links were each sought among all the flags kept before (oneFlagEach.ts), n².
import { describe, expect, it } from 'vitest';
import { oneFlagEach } from '../../src/evidence/oneFlagEach.ts';
import type { Passage } from '../../src/evidence/passages.ts';
import { cpuMs } from './timedRuns.ts';

const BOUND_MS = 6000;
const place = (source: string, at: number) =>
  ({ source, span: [at * 60, at * 60 + 50], kind: 'sentence', text: `${source} ${at}` }) as Passage;

describe('session 23 flagging on hostile input', () => {
  it('keeps one flag each of 80,000 flags between distinct places in linear time (oneFlagEach.ts)', () => {
    // 5,000 lines of each copy, each line flagged with 16 of the other: 80,000 flags, no repeats.
    const [as, bs] = ['a', 'b'].map((s) => Array.from({ length: 5000 }, (_, i) => place(s, i)));
    const flags = as!.flatMap((a, i) =>
      Array.from({ length: 16 }, (_, k) => ({
        kind: 'number',
        a,
        b: bs![(i + k) % 5000]!,
        values: [`${i}`, `${(i + k) % 5000}`] as [string, string],
      })),
    );
    let kept = 0;
    expect(cpuMs(() => (kept = oneFlagEach(flags).length))).toBeLessThan(BOUND_MS);
    expect(kept).toBeGreaterThan(0);
  });
});
