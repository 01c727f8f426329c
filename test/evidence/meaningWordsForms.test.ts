// Meaning words (meaning.ts) read a count in digits and the same count in letters as one.
import { describe, expect, it } from 'vitest';
import { likeness } from '../../src/evidence/linkLikeness.ts';
import { isFigureWord, meaningWords } from '../../src/evidence/meaning.ts';

const sorted = (text: string) => [...meaningWords(text)].sort();

describe('meaning words of figures and possessives', () => {
  it('reads a count in digits as the same count in letters', () => {
    expect(sorted('The survey counted 15 boats.')).toEqual(sorted('The survey counted fifteen boats.'));
    expect(sorted('a 12-page memo')).toEqual(sorted('a twelve-page memo'));
    expect(sorted('Some 64 inspectors were sent.')).toEqual(sorted('Some sixty-four inspectors were sent.'));
    expect(sorted('Troops pull back within 30 days.')).toEqual(
      sorted('Troops pull back within thirty days.'),
    );
  });

  it('reads a count of two words as one word, so that near counts share no part of it', () => {
    const [a, b] = [meaningWords('64 inspectors'), meaningWords('sixty-eight inspectors')];
    expect([...a].filter((w) => b.has(w))).toEqual([...meaningWords('inspectors')]);
    expect([...meaningWords('sixty four inspectors')]).toEqual([...a]);
    expect([...meaningWords('4 inspectors')].some((w) => a.has(w) && isFigureWord(w))).toBe(false);
  });

  it('leaves days, times, years, decimals, sums, shares and sizes of texts in digits', () => {
    const words = meaningWords(
      'On 12 May 2031, at 14:30, the ferry sailed 7.5 km; on June 9 it sailed again; 27% of it, $45 and 20 million were lost; the 14-point plan.',
    );
    expect([...words].some(isFigureWord)).toBe(false);
  });

  it('leaves a time of day and a numbered part of a text in digits, but not a count beside them', () => {
    for (const text of [
      'The talks open at 9 am.',
      'The talks open at 10 p.m. sharp.',
      "The delegations met at 11 o'clock.",
      'The monitors act under Article 5.',
      'as paragraph 12 of the resolution sets out',
    ])
      expect([...meaningWords(text)].some(isFigureWord), text).toBe(false);
    expect([...meaningWords('At 9 am, 5 monitors crossed under Article 7.')].filter(isFigureWord)).toEqual([
      ...[...meaningWords('five monitors')].filter(isFigureWord),
    ]);
  });

  it('weighs apart, besides the figures, two passages that give one thing two counts', () => {
    const [a, b] = [
      meaningWords('Troops pull back within 21 days.'),
      meaningWords('Troops pull back within 30 days.'),
    ];
    const like = likeness(
      a,
      b,
      () => 1,
      () => false,
    );
    expect(like.besidesFigures).toBe(1);
    expect(like.sim).toBeLessThan(1);
    // A count both give is a word they share.
    const c = meaningWords('Troops pull back within thirty days.');
    expect(
      likeness(
        b,
        c,
        () => 1,
        () => false,
      ).sim,
    ).toBe(1);
  });
});
