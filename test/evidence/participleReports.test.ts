// Words a sentence's subject reports in a later clause: a participle ("…, adding that Torvania "is
// ready"") or a second that-clause ("stressed that …, and that it puts people "first""); and an
// office set before a name with a comma ("Minister of Foreign Affairs and Trade, Oleg Varin,") that
// "the Minister" later names. Agency, ministry and wire styles; every text is invented for the test.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/evidence/extract.ts';
import type { Roster, SuggestedClaim } from '../../src/evidence/types.ts';
import { roster } from './roster.ts';

type Quote = Extract<SuggestedClaim, { kind: 'quote' }>;
const quotes = (text: string, r: Roster = roster) =>
  extractClaims(text, { roster: r, genre: 'news' })
    .filter((c): c is Quote => c.kind === 'quote')
    .map((c) => [c.speaker?.personId ?? c.speaker?.name, c.text]);

describe("a quotation in a clause the sentence's subject reports", () => {
  it("gives a participle's words to the one who adds them, not to the party they are about", () => {
    const agency = [
      'Fjellby - Speaking at a press briefing, Minister of Foreign Affairs and Trade, Oleg Varin, said the plan "completes what is missing."',
      '',
      'The Minister recalled that his country has always backed the talks, adding that Norland "is ready to host any round."',
    ].join('\n');
    expect(quotes(agency)).toEqual([
      ['varin', 'completes what is missing.'],
      ['varin', 'is ready to host any round.'],
    ]);
  });

  it("gives a second that-clause's words to the subject of the verb, whatever pronoun opens it", () => {
    const wire =
      'For his part, Special Envoy of Norland, Henrik Dahl, stressed that the text was drafted by the Union, and that it puts the people of the valley "at the heart of any deal."';
    expect(quotes(wire)).toEqual([['dahl', 'at the heart of any deal.']]);
    const ministry =
      'Mira Kostal spoke to reporters on Monday, saying the text was "nearly done" and that Torvania "had done its part."';
    expect(quotes(ministry).map(([s]) => s)).toEqual(['kostal', 'kostal']);
  });

  it('gives the words to the subject, not to the one person a fronted phrase names as written to or met', () => {
    const readout =
      'In a message to Mira Kostal, the ministry recalled its support, adding that the plan was "nearly done."';
    expect(quotes(readout)).toEqual([['ministry', 'nearly done.']]);
    const wire =
      'Meeting Oleg Varin in Fjellby, the Prime Minister spoke of progress, saying the text was "ready to sign."';
    expect(quotes(wire).map(([s]) => s)).not.toContain('varin');
    // "X, the envoy, …": the apposition keeps X the subject.
    const own = 'Oleg Varin, the envoy, spoke of progress, saying the text was "ready to sign."';
    expect(quotes(own)).toEqual([['varin', 'ready to sign.']]);
  });

  it('leaves the words to one the clause itself has speak', () => {
    const wire = 'Henrik Dahl met the press, adding that Kostal had said "the text is done."';
    expect(quotes(wire)).toEqual([['kostal', 'the text is done.']]);
  });
});

describe("a roster's description alias", () => {
  it('lends no surname: "the Torvanian Foreign Minister" does not make every "Minister" Varin', () => {
    const withAlias: Roster = {
      ...roster,
      people: roster.people.map((p) =>
        p.id === 'varin' ? { ...p, aliases: [...p.aliases, 'the Torvanian Foreign Minister'] } : p,
      ),
    };
    const text = [
      'Fjellby - Minister of Foreign Affairs of Norland, Ingrid Solberg, opened the session.',
      '',
      'The Minister recalled the timetable, adding that Norland "will host the signing."',
    ].join('\n');
    expect(quotes(text, withAlias)).toEqual([['solberg', 'will host the signing.']]);
  });
});
