// Points of a counter-proposal and points of the text it answers count two texts: no number flag
// between them. Two counts of the counter-proposal still disagree, however its owner is named
// between the count and the noun. Invented sentences in wire, EU Council and Hansard styles.
import { describe, expect, it } from 'vitest';
import { ofCounterText } from '../../src/evidence/counterPoints.ts';
import { quantities } from '../../src/evidence/numbers.ts';
import { doc, kinds } from './linkedDocs.ts';

const counted = (s: string) => quantities(s).map((q) => ofCounterText(s, q));

describe('points of a counter-proposal against points of the text', () => {
  it('reads which text a count of points is of', () => {
    expect(counted('The Union adopted its own seven-point counter-proposal on Saturday.')).toEqual([true]);
    expect(
      counted('ADOPTS the eight-point Union Counter-Proposal prepared by the Union Secretariat;'),
    ).toEqual([true]);
    expect(counted('The talks ended with a revised text of 14 points, the mediators said.')).toEqual([false]);
    expect(
      counted('A draft plan for the Vell valley, put forward by Norland, contains 21 points, a copy shows.'),
    ).toEqual([false]);
    expect(counted('It has fourteen points.')).toEqual([undefined]);
    // Spaced, as some wires write it (review25b): still the counter-proposal.
    expect(counted('The bloc tabled an eight-point counter proposal in Fjellby.')).toEqual([true]);
  });

  it('flags nothing between a counter-proposal and the plan it answers', () => {
    const wire = doc(
      'a',
      'FJELLBY (AP) — Three days of talks ended on Thursday with a revised text of 14 points, the Norland mediation said.',
    );
    const council = doc(
      'b',
      '3. The Council ADOPTS the eight-point Union Counter-Proposal prepared by the Union Secretariat and annexed to these conclusions.',
      'joint-statement',
    );
    const hansard = doc(
      'c',
      'Mr Speaker, the Union has tabled a counter-proposal of its own, which this House has not seen, against a mediators’ plan of twenty-one points.',
    );
    expect(kinds(wire, council, hansard).filter((k) => k.startsWith('number'))).toEqual([]);
  });

  it('still flags two counts of the counter-proposal', () => {
    const wire = doc(
      'a',
      'BRUSSELS (Reuters) - The Union adopted its own seven-point counter-proposal at a summit in Brussels on Saturday.',
    );
    const council = doc(
      'b',
      '3. The Council ADOPTS the eight-point Union Counter-Proposal prepared by the Union Secretariat and annexed to these conclusions.',
      'joint-statement',
    );
    expect(kinds(wire, council)).toContain('number ab');
  });
});
