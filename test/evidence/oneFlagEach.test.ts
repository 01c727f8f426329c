// One flag per disagreement: the same two places flagged twice, once as events and once as their
// sentences, are one flag.
import { describe, expect, it } from 'vitest';
import { type Flag, oneFlagEach } from '../../src/evidence/oneFlagEach.ts';
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

  it('joins two flags of one day pair that meet at one place read as two passages', () => {
    // Source b's sentence is flagged against a's readout, and b's event (the same sentence) against c.
    const [readout, wireSentence] = [place('a', 0, 40), place('b', 5, 60)];
    const [wireEvent, analysis] = [place('b', 5, 60, 'event'), place('c', 20, 70, 'event')];
    const flags: Flag[] = [
      { kind: 'date', a: readout, b: wireSentence, values: ['2031-03-18', '2031-03-17'] as [string, string] },
      { kind: 'date', a: wireEvent, b: analysis, values: ['2031-03-17', '2031-03-18'] as [string, string] },
    ];
    const [flag, ...more] = oneFlagEach(flags);
    expect(more).toEqual([]);
    const sides = [flag!.a, ...(flag!.alsoA ?? []), '|', flag!.b, ...(flag!.alsoB ?? [])].map((p) =>
      typeof p === 'string' ? p : p.source,
    );
    expect(sides.join(' ')).toMatch(/^(?:a c \| b|b \| a c)$/);
  });

  it('keeps apart two flags at one place whose days differ', () => {
    const flags = [
      {
        kind: 'date',
        a: place('a', 0, 40),
        b: place('b', 5, 60),
        values: ['2031-03-18', '2031-03-17'] as [string, string],
      },
      {
        kind: 'date',
        a: place('b', 5, 60, 'event'),
        b: place('c', 20, 70),
        values: ['2031-03-17', '2031-03-20'] as [string, string],
      },
    ];
    expect(oneFlagEach(flags)).toHaveLength(2);
  });
});
