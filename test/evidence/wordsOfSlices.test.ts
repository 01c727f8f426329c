// contentWordsOfSlices reads slices that share a start in one pass; it must give what reading
// each slice on its own gives, in the same order.
import { describe, expect, it } from 'vitest';
import { contentWords, contentWordsOfSlices } from '../../src/evidence/words.ts';
import { cpuTimed } from './timedRuns.ts';

const oneByOne = (text: string, slices: [number, number, string][]) =>
  new Set(slices.flatMap(([s, e, more]) => [...contentWords(`${text.slice(s, e)} ${more}`)]));

describe('content words of slices', () => {
  it('gives the words of each slice, a word cut by a slice end included, in contentWords order', () => {
    const text = 'Foreign Minister Ruta Vashti-Kell of Drava and Deputy Prime Minister Viktor Lunn';
    const slices: [number, number, string][] = [
      [0, 28, 'foreign minister'],
      [0, 23, ''],
      [0, 42, ''],
      [46, 80, 'deputy prime minister'],
      [46, 58, ''],
    ];
    expect([...contentWordsOfSlices(text, slices)]).toEqual([...oneByOne(text, slices)]);
  });

  it('reads a long run of one name once per start, not once per name', () => {
    const text = 'Drava '.repeat(20_000);
    const slices: [number, number, string][] = [];
    for (let at = 5; at < text.length; at += 6) slices.push([0, at, '']);
    const { ms, value } = cpuTimed(() => [...contentWordsOfSlices(text, slices)]);
    expect(ms).toBeLessThan(2000);
    expect(value).toEqual(['drava']);
  });
});
