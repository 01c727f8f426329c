// One flag per disagreement: the same two places flagged twice, once as events and once as their
// sentences, are one flag.
import { describe, expect, it } from 'vitest';
import { oneFlagEach } from '../../src/evidence/oneFlagEach.ts';
import type { Passage } from '../../src/evidence/passages.ts';

const place = (source: string, from: number, to: number, kind: Passage['kind'] = 'sentence') =>
  ({ source, span: [from, to], kind, text: `${source} ${from}` }) as Passage;

describe('oneFlagEach', () => {
  it('keeps one flag of a kind for two places flagged twice, and flags of another kind or place apart', () => {
    const [callA, callB] = [place('a', 10, 60, 'event'), place('b', 0, 50, 'event')];
    const [sentenceA, sentenceB] = [place('a', 10, 60), place('b', 0, 50)];
    const flags = [
      { kind: 'date', a: callA, b: callB, values: ['2031-03-04', '2031-03-05'] as [string, string] },
      { kind: 'date', a: sentenceB, b: sentenceA, values: ['2031-03-05', '2031-03-04'] as [string, string] },
      { kind: 'participants', a: sentenceA, b: sentenceB },
      {
        kind: 'date',
        a: place('a', 100, 140),
        b: sentenceB,
        values: ['2031-03-09', '2031-03-05'] as [string, string],
      },
    ];
    expect(oneFlagEach(flags).map((f) => [f.kind, f.a.span[0], f.b.span[0]])).toEqual([
      ['date', 10, 0],
      ['participants', 10, 0],
      ['date', 100, 0],
    ]);
  });
});
