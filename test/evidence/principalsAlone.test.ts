// A call said to have had its two principals alone against an account that puts a third person on
// it: "Only the two presidents took part" / "Foreign Minister Solberg also joined the conversation".
// The account of the two alone often answers a question that names the call. Invented lines about
// the Arvenia–Torvania talks.
import { describe, expect, it } from 'vitest';
import { saysWhoWasOnIt } from '../../src/evidence/principalsAlone.ts';
import { doc, kinds } from './linkedDocs.ts';

describe('the two principals alone', () => {
  it('reads the two alone, however said, and not its denial', () => {
    for (const line of [
      'Only the two presidents took part, with their interpreters.',
      'The conversation was held between the two leaders only.',
      'It was the two heads of state alone; I listened to nothing.',
      'Envoy Dahl was on the line throughout.',
    ])
      expect(saysWhoWasOnIt(line)).toBe(true);
    for (const line of [
      'Not only the two presidents took part: their ministers spoke too.',
      'The meeting was not one-to-one: both delegations sat in.',
      'The two leaders discussed the river talks.',
    ])
      expect(saysWhoWasOnIt(line)).toBe(false);
  });

  it('flags a third person on a call said to have had the two principals alone', () => {
    const readout = doc(
      'a',
      'President Kostal held a telephone conversation with President Varin on 3 March. Foreign Minister Ingrid Solberg also took part in the conversation.',
      'readout',
      '2031-03-03',
    );
    const briefing = doc(
      'b',
      'Q: Who was on the call of 3 March between the presidents?\n\nSURIN: Only the two presidents took part, with their interpreters.',
      'press-conference',
      '2031-03-06',
    );
    expect(kinds(readout, briefing)).toEqual(['participants ab']);
  });

  it('flags an envoy of a head on a call the heads spoke one-to-one, the call named before', () => {
    const readout = doc(
      'a',
      'President Kostal held a telephone conversation with President Varin. The conversation was also attended by Henrik Dahl.',
      'readout',
      '2031-03-03',
    );
    const office = doc(
      'b',
      'President Varin had a telephone call with President Kostal this morning. His office said the two presidents had spoken one-to-one for half an hour.',
      'readout',
      '2031-03-03',
    );
    expect(kinds(readout, office)).toEqual(['participants ab']);
  });

  it('does not flag the principals themselves, nor a call of another day', () => {
    const alone = doc(
      'b',
      'Q: Who was on the call of 3 March between the presidents?\n\nSURIN: Only the two presidents took part, with their interpreters.',
      'press-conference',
      '2031-03-06',
    );
    const leaders = doc(
      'a',
      'President Kostal and President Varin took part in the telephone conversation of 3 March.',
      'readout',
      '2031-03-03',
    );
    expect(kinds(leaders, alone)).toEqual([]);
    const otherCall = doc(
      'c',
      'Foreign Minister Ingrid Solberg also took part in the telephone conversation of 20 March.',
      'readout',
      '2031-03-20',
    );
    expect(kinds(otherCall, alone)).toEqual([]);
  });

  it('reads no two alone at a meeting also held in a wider format, and still flags one held alone', () => {
    const minister = doc(
      'b',
      'Foreign Minister Ingrid Solberg also took part in the meeting of the two presidents in Kessel on 9 April.',
      'readout',
      '2031-04-10',
    );
    for (const line of [
      'On 9 April President Mira Kostal and President Oleg Varin first talked one-to-one in Kessel, then in an expanded format.',
      'On 9 April President Mira Kostal and President Oleg Varin met one-on-one in Kessel; the meeting was followed by plenary talks.',
      'On 9 April President Mira Kostal and President Oleg Varin met one-on-one in Kessel and later with their delegations.',
    ])
      expect(kinds(doc('a', line, 'news', '2031-04-09'), minister)).toEqual([]);
    const alone = doc(
      'c',
      'On 9 April President Mira Kostal and President Oleg Varin met one-on-one in Kessel; no aides were present.',
      'news',
      '2031-04-09',
    );
    expect(kinds(alone, minister)).toEqual(['participants cb']);
  });
});
