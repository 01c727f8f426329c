// Which round or meeting an occasion was, as two sources number it: "the third round" and "the
// fourth round" opened on one day in one place disagree; two numbers on two days are two
// occasions; a count within a span ("the first meeting since 2029", "the second call in a week")
// numbers nothing overall. Invented lines about the Arvenia–Torvania talks in readout, wire,
// ministry briefing and post house styles.
import { describe, expect, it } from 'vitest';
import { doc, kinds } from './linkedDocs.ts';

describe('two numbers for one occasion', () => {
  it('flags "third" against "fourth round" on one day', () => {
    const readout = doc(
      'a',
      'The third round of talks between Arvenia and Torvania opened in Fjellby today.',
      'readout',
      '2031-03-18',
    );
    const wire = doc(
      'b',
      'FJELLBY, March 18 (Wirenews) - The fourth round of talks between Arvenia and Torvania opened in Fjellby on Tuesday.',
      'news',
      '2031-03-18',
    );
    expect(kinds(readout, wire)).toEqual(['number ab']);
  });

  it('flags "met for the third time" against "the second meeting" the same day', () => {
    const post = doc('a', 'The delegations met for the third time in Fjellby today.', 'social', '2031-03-18');
    const briefing = doc(
      'b',
      'It was the second meeting of the delegations in Fjellby, the Citadel said.',
      'news',
      '2031-03-18',
    );
    expect(kinds(post, briefing)).toEqual(['number ab']);
  });

  it('leaves two rounds on two days, and counts within a span', () => {
    const third = doc(
      'a',
      'The third round of talks between Arvenia and Torvania opened in Fjellby today.',
      'readout',
      '2031-03-18',
    );
    const fourth = doc(
      'b',
      'The fourth round of talks between Arvenia and Torvania opened in Fjellby today.',
      'readout',
      '2031-03-25',
    );
    expect(kinds(third, fourth)).toEqual([]);
    const since = doc(
      'a',
      'The foreign ministers of Arvenia and Torvania met in Fjellby today for the first time since 2029.',
      'readout',
      '2031-03-18',
    );
    const year = doc(
      'b',
      'The foreign ministers of Arvenia and Torvania met in Fjellby today, their second meeting this year.',
      'news',
      '2031-03-18',
    );
    expect(kinds(since, year)).toEqual([]);
  });
});
