// The one pass that finds every trigger word of a text: each window asks which readers its words
// need, with what a per-window scan would find (case-blind, at a word's start, whole inside it).
import { describe, expect, it } from 'vitest';
import { wordFinder } from '../../src/evidence/sentenceIndex.ts';

const finder = wordFinder(
  new Map([
    ['met', [0]],
    ['land', [1]],
    ['phone', [2]],
    ['is in ', [1, 3]],
    ['deadline', [4]],
  ]),
  new Set(['phone']),
);
const readers = (text: string, start = 0, end = text.length) => {
  const needed = finder.readersWithin(finder.find(text), start, end);
  return needed ? [...needed].flatMap((v, i) => (v ? [i] : [])) : [];
};

describe('wordFinder', () => {
  it('finds words in any case, at a word start only, but for a word read inside others', () => {
    expect(readers('The envoys MET in Drava.')).toEqual([0]);
    expect(readers('They crossed Finland by road.')).toEqual([]);
    expect(readers('Dahl telephoned Varin.')).toEqual([2]);
    expect(readers('The minister is in Kessel.')).toEqual([1, 3]);
    expect(readers('No word here at all: sometimes, helmet.')).toEqual([]);
    // After a letter outside ASCII a word starts, as `\b` sees it in a non-unicode pattern.
    expect(readers('émet')).toEqual([0]);
  });

  it('reads only the words wholly inside a window', () => {
    const text = 'Talks ended. The deadline passed. They met.';
    const second = text.indexOf('The');
    expect(readers(text, 0, second)).toEqual([]);
    expect(readers(text, second, text.indexOf(' They'))).toEqual([4]);
    expect(readers(text, second, second + 10)).toEqual([]);
  });

  it('reads a word at a window opening inside a longer word, as a scan of the window alone would', () => {
    const text = 'Homeland security';
    expect(readers(text)).toEqual([]);
    expect(readers(text, 4)).toEqual([1]);
  });

  it('refuses a word that is the start of another', () => {
    expect(() =>
      wordFinder(
        new Map([
          ['sit', [0]],
          ['sits', [0]],
        ]),
        new Set(),
      ),
    ).toThrow();
    expect(() =>
      wordFinder(
        new Map([
          ['sits', [0]],
          ['sit', [0]],
        ]),
        new Set(),
      ),
    ).toThrow();
  });
});
