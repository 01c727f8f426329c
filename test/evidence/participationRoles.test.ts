// Taking part is said by the role held at an occasion ("facilitated by", "chaired", "hosted",
// "Witnessed by:") and denied by its format ("one on one", "without the mediator"): such a
// passage meets "did not take part" or "also took part" as "attended" does. The role holder is
// the verb's own argument, not everyone the sentence names; a chair at a call is not a guest at
// a meeting; two people at a press conference who say it both ways contradict each other.
// Invented lines about the Arvenia–Torvania talks in readout, wire, joint-statement, briefing
// and post house styles.
import { describe, expect, it } from 'vitest';
import { doc, kinds } from './linkedDocs.ts';

const wire = doc(
  'b',
  "FJELLBY, March 5 (Wirenews) - Norland's special envoy Henrik Dahl did not take part in the talks in Fjellby, a Norland diplomat said.",
);

describe('a role at the talks is taking part', () => {
  it('flags a facilitator, a chair and a witness against "did not take part"', () => {
    const statement = doc(
      'a',
      'Joint Statement\n\nThe talks in Fjellby were facilitated by the Special Envoy of Norland, Henrik Dahl.',
      'joint-statement',
    );
    expect(kinds(statement, wire)).toEqual(['participants ab']);
    const briefing = doc(
      'a',
      'MODERATOR: Good afternoon.\n\nPAVEL SURIN: Special Envoy Dahl chaired the opening session of the talks in Fjellby.',
      'press-conference',
    );
    expect(kinds(briefing, wire)).toEqual(['participants ab']);
    const signed = doc(
      'a',
      'Joint Statement\n\nSigned in Fjellby on 5 March 2031.\n\nFor Arvenia: Mira Kostal\nFor Torvania: Oleg Varin\nWitnessed by: Henrik Dahl, Special Envoy of Norland',
      'joint-statement',
    );
    const absent = doc(
      'c',
      'FJELLBY, March 5 (Wirenews) - Dahl was not present at the signing in Fjellby, officials said.',
    );
    expect(kinds(signed, absent)).toEqual(['participants ac']);
  });

  it('puts at the talks only the role holder, not others the sentence names', () => {
    const readout = doc(
      'a',
      'President Kostal briefed Foreign Minister Solberg on the talks hosted by Norland in Fjellby.',
      'readout',
    );
    const one = doc('b', 'Kostal and Varin met one on one in Fjellby today, without aides.', 'readout');
    expect(kinds(readout, one)).toEqual([]);
  });

  it('does not set a chair of a call against a meeting', () => {
    const call = doc(
      'a',
      'Special Envoy Dahl chaired the video call of the working group on prisoners.',
      'readout',
    );
    const meeting = doc(
      'b',
      'Dahl did not attend the meeting of the two presidents in Fjellby, his office said.',
    );
    expect(kinds(call, meeting)).toEqual([]);
  });
});

describe('a format that says who was at the table', () => {
  it('flags "one on one" and "without the mediator" against a third party who took part', () => {
    const readout = doc(
      'a',
      'President Kostal and President Varin met one on one in Fjellby today, without aides.',
      'readout',
    );
    const wire2 = doc(
      'b',
      'FJELLBY, March 5 (Wirenews) - Kostal and Varin met in Fjellby on Wednesday. Norland envoy Henrik Dahl also took part in the meeting, a Norland official said.',
    );
    expect(kinds(readout, wire2)).toEqual(['participants ab']);
    const trilateral = doc(
      'a',
      'The meeting in Fjellby was held in a trilateral format, with Special Envoy Dahl.',
      'readout',
    );
    const without = doc(
      'b',
      'Kostal and Varin met in Fjellby on Wednesday without the mediator, the Citadel said.',
    );
    expect(kinds(trilateral, without)).toEqual(['participants ab']);
  });

  it('flags two speakers at press conferences saying a party was and was not in the room', () => {
    const one = doc(
      'a',
      'QUESTION: Was Norland there?\n\nPAVEL SURIN: The Norland envoy was present at the meeting of the negotiators in Fjellby on Tuesday.',
      'press-conference',
    );
    const other = doc(
      'b',
      'QUESTION: And the mediator?\n\nPRESIDENT KOSTAL: Norland was not in the room when the crossing was discussed in Fjellby.',
      'press-conference',
    );
    expect(kinds(one, other)).toEqual(['participants ab']);
  });
});
