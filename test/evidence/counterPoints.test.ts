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

  it('reads a bloc proposal named as a title, or told as its own, as another text', () => {
    expect(
      counted('Leaders meeting in Fjellby adopted a nine-point "Fjellby Proposal" on the river.'),
    ).toEqual([true]);
    expect(counted('The bloc endorsed its own six-point proposal on Tuesday.')).toEqual([true]);
    expect(counted('Ministers adopted a six-point proposal of their own in Vell.')).toEqual([true]);
    // A plain proposal, and a title that is not a proposal's, stay the text's.
    expect(counted('The envoy put forward a 20-point proposal on Monday.')).toEqual([false]);
    expect(counted('The envoy presented the 20-point Peace Plan on Monday.')).toEqual([false]);
  });

  it('flags nothing between a summit title proposal and the mediator plan', () => {
    const afp = doc(
      'a',
      'VELL (AFP) - Heads of state meeting in Vell on Sunday adopted a nine-point "Vell Proposal" on the dam, the bloc said.',
    );
    const tass = doc(
      'b',
      'MOSCOW, May 11. /TASS/. A 14-point peace plan drawn up by Norland was published on Wednesday by a daily in Fjellby.',
    );
    expect(kinds(afp, tass).filter((k) => k.startsWith('number'))).toEqual([]);
  });
});

describe('a paper a party says it tabled', () => {
  it('reads it as the party’s own text, not the mediator’s', () => {
    expect(
      counted('Together with Kessel, my Government tabled a seven-point paper in Vik last week.'),
    ).toEqual([true]);
    expect(counted('My Government has tabled a nine-point paper in Fjellby.')).toEqual([true]);
    // Handed to the parties, a text is the mediator's; a paper only read or leaked is no one's tabling.
    expect(counted('Our delegation presented a 14-point draft to the parties on Monday.')).toEqual([false]);
    expect(counted('Our Government has studied a seven-point paper that leaked in Vik.')).toEqual([false]);
  });

  it('leaves a paper the mediators wrote, or tabled for both sides, as the mediator’s text', () => {
    for (const s of [
      // A bare "we" may be a co-mediator's as well as a party's.
      'Together with Drava, we tabled a six-point text at the round.',
      'Together with the mediators, we tabled a five-point paper on Friday.',
      'Together with Kessel, we put forward a five-point paper for both sides, the Arvenian envoy said.',
      'My delegation circulated a five-point paper on behalf of the mediators.',
      'Our side presented a five-point plan from the mediation in the chamber.',
      'My Government has circulated a five-point paper drawn up by the Arvenian mediators.',
      'Our country presented a five-point paper to the two delegations.',
    ])
      expect(counted(s)[0], s).toBe(false);
  });

  it('keeps two accounts of the mediator’s paper that count its points differently', () => {
    const envoy = doc(
      'a',
      'Together with Norland, we tabled a seven-point paper for both sides in Fjellby on Monday, the Arvenian envoy said.',
      'meeting-transcript',
    );
    const wire = doc(
      'b',
      'In Fjellby on Monday the Arvenian envoy tabled a nine-point paper for both sides.',
      'meeting-transcript',
    );
    expect(kinds(envoy, wire).filter((k) => k.startsWith('number'))).not.toEqual([]);
  });

  it('flags nothing between the tabled paper and the mediator’s revised text (two Hansards)', () => {
    const kessel = doc(
      'a',
      'Together with Kessel, my Government tabled a seven-point paper in Fjellby which shaped the revised text.',
      'meeting-transcript',
    );
    const drava = doc(
      'b',
      'In Fjellby the parties negotiated a revised framework of 10 points.',
      'meeting-transcript',
    );
    expect(kinds(kessel, drava).filter((k) => k.startsWith('number'))).toEqual([]);
  });
});
