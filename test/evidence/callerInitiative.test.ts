// Who called whom says who asked for the call: wires and posts write "Varin phoned Kostal" or
// "Kostal received a phone call from Varin" where readouts write "at the initiative of the
// Torvanian side". Set against a readout naming the other side, it contradicts it; "called on",
// "called for" and "called Varin a liar" are no calls, and a call with someone else is another
// call. Invented lines about the Arvenia–Torvania talks in wire, post and readout house styles.
import { describe, expect, it } from 'vitest';
import { partiesByAdjective } from '../../src/evidence/held.ts';
import { initiatorOf } from '../../src/evidence/initiative.ts';
import type { Roster } from '../../src/evidence/types.ts';
import { doc, kinds } from './linkedDocs.ts';
import { roster } from './roster.ts';

const caller = (text: string) => initiatorOf({ text, words: new Set<string>(), names: [] } as never, roster);

const readout = doc(
  'b',
  'The conversation between President Kostal and President Varin took place at the initiative of the Arvenian side.',
  'readout',
);

/** A quotation of a speaker of `party`: its "me" and "I" are that side. */
const saidBy = (party: string | undefined, text: string) =>
  initiatorOf(
    {
      text,
      words: new Set<string>(),
      names: [],
      ...(party ? { speaker: { name: 'the speaker', partyId: party, via: 'name' } } : {}),
    } as never,
    roster,
  );

describe('who called whom', () => {
  it('reads the speaker as the one called by "phoned me", and as the caller of "I rang"', () => {
    expect(saidBy('arvenia', 'President Varin phoned me on Tuesday night.')).toBe('torvania');
    expect(saidBy('arvenia', 'Late on Monday the President of Torvania CALLED ME.')).toBe('torvania');
    expect(saidBy('arvenia', 'I rang President Varin on Tuesday to talk about the exchange.')).toBe(
      'arvenia',
    );
  });

  it('reads no side from "phoned me" where the roster does not place the speaker', () => {
    // An aide or a reporter may be of the caller's own side: no side asked the other.
    expect(saidBy(undefined, 'President Varin phoned me on Tuesday night.')).toBeUndefined();
    expect(
      saidBy(undefined, 'The Arvenian deputy foreign minister rang me twice yesterday.'),
    ).toBeUndefined();
    const aide = doc(
      'a',
      'KESSEL, March 5 (Wirenews) - "President Varin phoned me last night," said Lena Berg, his chief of staff, in Drava.',
    );
    expect(kinds(aide, readout)).toEqual([]);
  });

  it('reads no caller from a name called, or a call within one side', () => {
    expect(saidBy('arvenia', 'Varin called me a liar in front of the cameras.')).toBeUndefined();
    expect(saidBy('torvania', 'I rang President Varin on Tuesday.')).toBeUndefined();
  });

  it('reads no call in "called me by" a name, nor a caller in a call the speaker denies', () => {
    expect(saidBy('arvenia', 'President Varin called us by our old titles all evening.')).toBeUndefined();
    expect(saidBy('arvenia', 'President Varin called me by video on Friday.')).toBe('torvania');
    expect(saidBy('arvenia', 'Nobody can say that I rang President Varin last week.')).toBeUndefined();
    expect(saidBy('arvenia', 'I never phoned President Varin about the corridor.')).toBeUndefined();
  });

  it('reads the caller as the side that asked for the call', () => {
    expect(caller('President Varin phoned President Kostal on Tuesday.')).toBe('torvania');
    expect(caller('President Kostal received a phone call from President Varin on Tuesday.')).toBe(
      'torvania',
    );
    expect(caller('Kostal placed a call to Varin late on Monday, her office said.')).toBe('arvenia');
    expect(caller('Kostal called Varin on Tuesday to discuss the exchange.')).toBe('arvenia');
    expect(caller('For use: President Kostal called President Varin at 16:10 today.')).toBe('arvenia');
  });

  it('reads no call in "called on", "called for", a name called, or a letter received', () => {
    expect(caller('Kostal called on Varin to release the prisoners.')).toBeUndefined();
    expect(caller('Varin called for talks with Kostal.')).toBeUndefined();
    expect(caller('Kostal called Varin a liar.')).toBeUndefined();
    expect(caller('Kostal called Varin at best a partner of convenience.')).toBeUndefined();
    expect(caller('Kostal received a letter from Varin.')).toBeUndefined();
    expect(caller('Kostal said Varin phoned her.')).toBeUndefined();
  });

  it('reads the caller of "who called", a counterpart called, and a call told without the one called', () => {
    expect(caller('In the end it was President Varin who called President Kostal, not she him.')).toBe(
      'torvania',
    );
    expect(caller("It was Torvania's president, Oleg Varin, who phoned Kostal at noon.")).toBe('torvania');
    expect(caller('Kostal spoke by phone with President Varin, who called to discuss the exchange.')).toBe(
      'torvania',
    );
    expect(caller('Mira Kostal telephoned her Torvanian counterpart Oleg Varin on Friday.')).toBe('arvenia');
    expect(caller('The office in Drava says Varin rang, twenty minutes, no dates.')).toBe('torvania');
    expect(caller('Kostal rang first, a Drava official said on Monday.')).toBe('arvenia');
  });

  it('reads a bare title as its holder only where one person alone holds that office', () => {
    expect(caller('The call, which the Special Envoy initiated, lasted an hour.')).toBe('norland');
    expect(caller('The Special Envoy placed the call on Friday.')).toBe('norland');
    expect(caller('The call, which the President initiated, lasted an hour.')).toBeUndefined();
  });

  it('reads no caller from an appeal, a name before a clause, or words between name and verb', () => {
    expect(
      caller('President Varin, who called on Kostal to open the crossings, left early.'),
    ).toBeUndefined();
    expect(caller('Kostal, who called for calm on Tuesday, met the envoy.')).toBeUndefined();
    expect(caller("In Kessel's old town the church bells rang.")).toBeUndefined();
    expect(caller("Varin's aides called, the office said.")).toBeUndefined();
  });

  it('reads no call in a time that goes on to an appeal, a decision or a place', () => {
    expect(caller('Varin called snap elections early for the autumn.')).toBeUndefined();
    expect(caller('President Varin called early polls for June.')).toBeUndefined();
    expect(caller('Kostal called today for the shelling to stop.')).toBeUndefined();
    expect(caller('Kostal called first for a truce, and then for talks.')).toBeUndefined();
    expect(caller('Varin called, at a rally in the east, for calm on the border.')).toBeUndefined();
    expect(caller('The phones in Kessel rang late into the evening.')).toBeUndefined();
    // Beside them, a call that ends at its time keeps its caller.
    expect(caller('Varin rang early, before the market opened.')).toBe('torvania');
  });

  it('reads no caller in a place or an object before the verb, nor in a denied "who called"', () => {
    expect(caller('The old bells in Drava rang early on a Sunday.')).toBeUndefined();
    expect(caller('Guests came in for the dinner Kostal called.')).toBeUndefined();
    expect(caller('It was not Varin who rang Kostal on Thursday.')).toBeUndefined();
    expect(caller('Varin, who called Kostal on Tuesday a coward, walked out.')).toBeUndefined();
    expect(caller('It was Varin who rang Kostal on Thursday.')).toBe('torvania');
  });

  it('reads a caller who "had called"', () => {
    expect(caller('Torvania had called, a Kessel source said.')).toBe('torvania');
    expect(caller('Officials in Drava insist Kostal had called.')).toBe('arvenia');
    expect(caller('Officials in Drava insist Kostal had not called.')).toBeUndefined();
  });

  it("reads no holder from a title every government has, nor from a principal's office", () => {
    expect(caller('The talk was held at the request of the Foreign Minister.')).toBeUndefined();
    expect(caller('The talk was held at the initiative of the Chief.')).toBeUndefined();
    expect(caller('The talk was held at the request of the Special Envoy.')).toBe('norland');
  });

  it('flags a wire and a post that give the call to the other side than the readout', () => {
    const wire = doc(
      'a',
      'KESSEL, March 5 (Wirenews) - Torvanian President Oleg Varin phoned Kostal on Wednesday.',
    );
    expect(kinds(wire, readout)).toEqual(['attribution ab']);
    const post = doc(
      'a',
      'Today I received a phone call from President Varin of Torvania. We discussed the exchange.',
      'social',
    );
    expect(kinds(post, readout)).toEqual(['attribution ab']);
  });

  it("reads a caller named by a side's adjective and an office, not by an adjective alone", () => {
    expect(caller("Torvania's deputy foreign minister rang Kostal twice over the weekend.")).toBe('torvania');
    expect(caller('Over the weekend the Torvanian deputy foreign minister rang President Kostal.')).toBe(
      'torvania',
    );
    expect(caller('The Arvenian side said the president telephoned Varin on Friday.')).toBeUndefined();
    const wire = doc('a', 'KESSEL, March 5 (Wirenews) - The Torvanian President phoned Kostal on Wednesday.');
    expect(kinds(wire, readout)).toEqual(['attribution ab']);
    const same = doc('a', 'KESSEL, March 5 (Wirenews) - The Arvenian President phoned Varin on Wednesday.');
    expect(kinds(same, readout)).toEqual([]);
  });

  it("reads no side from an adjective that only shares a party's first letters, or follows 'pro-'", () => {
    // "Arvernian" (of the Arverni) begins as Arvenia does, but is not its adjective.
    const tribe = doc(
      'a',
      'KESSEL, March 5 (Wirenews) - The Arvernian Prime Minister telephoned Varin on Wednesday.',
    );
    expect(kinds(tribe, doc('b', readout.cleanText.replace('Arvenian', 'Torvanian'), 'readout'))).toEqual([]);
    // A minister who favours Torvania is still Arvenia's.
    expect(caller("Arvenia's pro-Torvanian Foreign Minister phoned Kostal on Wednesday.")).not.toBe(
      'torvania',
    );
    expect(caller('An anti-Arvenian envoy rang Varin on Sunday.')).toBeUndefined();
  });

  it('leaves the caller of the side the readout names, and a call with someone else', () => {
    const same = doc(
      'a',
      'KESSEL, March 5 (Wirenews) - Arvenian President Mira Kostal phoned Varin on Wednesday.',
    );
    expect(kinds(same, readout)).toEqual([]);
    const other = doc('a', 'KESSEL, March 5 (Wirenews) - Kostal phoned Special Envoy Dahl on Wednesday.');
    expect(kinds(other, doc('b', readout.cleanText.replace('Arvenian', 'Torvanian'), 'readout'))).toEqual([]);
  });
});

describe('a party by its adjective', () => {
  const pair: Roster = {
    parties: [
      { id: 'austria', name: 'Austria', role: 'party', aliases: [] },
      { id: 'australia', name: 'the Commonwealth of Australia', role: 'party', aliases: [] },
    ],
    people: [],
  };
  it('reads the adjective built on the whole name, not on a shared beginning', () => {
    expect([...partiesByAdjective('the Austrian envoy', pair)]).toEqual(['austria']);
    expect([...partiesByAdjective('the Australian envoy', pair)]).toEqual(['australia']);
    expect([...partiesByAdjective('the Torvanian envoy', roster)]).toEqual(['torvania']);
    expect([...partiesByAdjective('the Arvernian envoy', roster)]).toEqual([]);
  });

  it("reads an adjective shorter than its state's name, but no other state's beginning", () => {
    const states: Roster = {
      parties: [
        { id: 'turkey', name: 'Turkey', role: 'party', aliases: [] },
        { id: 'uk', name: 'the United Kingdom', role: 'party', aliases: ['Britain'] },
        { id: 'austria', name: 'Austria', role: 'party', aliases: [] },
      ],
      people: [],
    };
    expect([...partiesByAdjective('the Turkish envoy', states)]).toEqual(['turkey']);
    expect([...partiesByAdjective('the British envoy', states)]).toEqual(['uk']);
    expect([...partiesByAdjective('the Australian envoy', states)]).toEqual([]);
  });
});
