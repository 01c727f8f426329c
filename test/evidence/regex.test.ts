import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '../../src/evidence/gazetteer.ts';
import { holdsWord } from '../../src/evidence/linkSupport.ts';
import { hitsWithin, lastWords, scanNames } from '../../src/evidence/names.ts';
import { allMatches, lastMatch } from '../../src/evidence/regex.ts';
import { TOPICS } from '../../src/evidence/topics.ts';
import type { Span } from '../../src/evidence/types.ts';
import { roster } from './roster.ts';

const same = (re: RegExp, text: string) =>
  expect(allMatches(re, text).map((m) => [m.index, ...m])).toEqual(
    [...text.matchAll(re)].map((m) => [m.index, ...m]),
  );

describe('allMatches', () => {
  it('gives what matchAll gives, groups and offsets included', () => {
    same(/(\p{Lu})\p{Ll}+/gu, 'Anja Veller met Otto Brandt in Ossel.');
    same(/\b(said|told)\b/g, 'nothing here');
  });

  it('steps past empty matches, a whole astral character at a time', () => {
    same(/x*/g, 'axxb');
    same(/x*/gu, 'a😀xb😀');
  });

  it('leaves the shared pattern ready for the next caller', () => {
    const re = /\d+/g;
    allMatches(re, '1 22 333');
    expect(re.lastIndex).toBe(0);
    expect(lastMatch(re, '1 22 333')?.[0]).toBe('333');
    expect(lastMatch(re, 'none')).toBeUndefined();
  });
});

describe('lastWords', () => {
  it('gives the last pieces of the split, empty ends included', () => {
    const samples = ['', ' ', 'ab', 'the special envoy ', ' a.b-c  d ', 'x, chief negotiator', '  lead'];
    for (const s of samples)
      for (const n of [1, 2, 4]) expect(lastWords(s, n)).toEqual(s.split(/[^a-z.-]+/).slice(-n));
  });
});

describe('hitsWithin', () => {
  it('gives what filtering every hit gives, by the name or by its whole run', () => {
    const text =
      'Norland’s special envoy Henrik Dahl met Senator Jane Roe in Fjellby. Dahl said Arvenia would sign. ' +
      'Later, President of Torvania Oleg Varin and Ingrid Solberg spoke.';
    const hits = scanNames(text, buildGazetteer(roster), () => false);
    expect(hits.length).toBeGreaterThan(5);
    const spans: Span[] = [
      [0, text.length],
      [0, 0],
      [5, 40],
      [20, 90],
      [68, 98],
      [107, 140],
      [99, text.length],
    ];
    for (const [s, e] of spans) {
      expect(hitsWithin(hits, [s, e])).toEqual(hits.filter((h) => h.span[0] >= s && h.span[1] <= e));
      expect(hitsWithin(hits, [s, e], true)).toEqual(hits.filter((h) => h.runStart >= s && h.span[1] <= e));
    }
  });
});

describe('holdsWord', () => {
  it('answers as the pattern \\b<phrase>\\b would', () => {
    const texts = [
      'talks in fjellby on monday',
      'fjellbyport',
      'in fjellby.',
      'new-fjellby',
      '',
      'x_fjellby',
      '(lorne)',
    ];
    const phrases = ['fjellby', 'in', 'lorne', '(lorne)', 'port', 'fjellby.', ''];
    for (const text of texts)
      for (const phrase of phrases) {
        const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        expect(holdsWord(text, phrase), `${phrase} in ${text}`).toBe(
          new RegExp(`\\b${escaped}\\b`).test(text),
        );
      }
  });
});

describe('the shortcuts the scans rely on', () => {
  it('every topic pattern opens with a word boundary and a letter (ALL_TOPICS checks that once)', () => {
    for (const pattern of Object.values(TOPICS)) expect(pattern.source).toMatch(/^\\b(?:\(\?:)?[a-z]/);
  });

  it('every uppercase letter is A-Z or above U+00BF (the name scans test that range first)', () => {
    for (let c = 0; c < 0xc0; c++) {
      const ch = String.fromCharCode(c);
      if (/\p{Lu}/u.test(ch)) expect(ch).toMatch(/[A-Z]/);
    }
  });
});
