import { describe, expect, it } from 'vitest';
import { allMatches, lastMatch } from '../../src/evidence/regex.ts';

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
