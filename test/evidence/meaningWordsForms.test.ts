// Meaning words (meaning.ts) read a count in digits and the same count in letters as one.
import { describe, expect, it } from 'vitest';
import { meaningWords } from '../../src/evidence/meaning.ts';

describe('meaning words of figures and possessives', () => {
  it('reads a count in digits as the same count in letters', () => {
    expect([...meaningWords('The survey counted 15 boats.')].sort()).toEqual(
      [...meaningWords('The survey counted fifteen boats.')].sort(),
    );
    expect([...meaningWords('a 12-page memo')].sort()).toEqual(
      [...meaningWords('a twelve-page memo')].sort(),
    );
  });

  it('leaves days, times, years, decimals and counts of two words and lengths of time in digits', () => {
    const words = meaningWords(
      'On 12 May 2031, at 14:30, the ferry sailed 7.5 km; on June 9 it sailed again, 27 times, for 12 days.',
    );
    expect([...words].some((w) => /twelve|fourteen|thirty|seven|nine|twenty/.test(w))).toBe(false);
  });
});
