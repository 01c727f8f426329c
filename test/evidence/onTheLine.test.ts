// A call's participants are told as who "was on the line" and who "was not on that call", and a
// call said to have had two people alone as "only the two ministers were on the line". What is "on
// the line" in the sense of at stake ("Arvenia's credibility was on the line") is no one's
// presence. Invented lines about the Arvenia–Torvania talks.
import { describe, expect, it } from 'vitest';
import { exclusive, presence } from '../../src/evidence/namedPresence.ts';
import { readPartyPresence } from '../../src/evidence/partyPresence.ts';
import { roster } from './roster.ts';

const passage = (text: string, names: string[] = []) => ({ text, words: new Set<string>(), names }) as never;

describe('who was on the line', () => {
  it('reads a party on the line and a party not on that call', () => {
    expect(readPartyPresence('Arvenia was on the line throughout the call on Monday.', roster)).toEqual({
      present: new Set(['arvenia']),
      absent: new Set(),
    });
    expect(readPartyPresence('Whatever Kessel says, Torvania was not on that call.', roster)).toEqual({
      present: new Set(),
      absent: new Set(['torvania']),
    });
  });

  it('reads a person on the line', () => {
    const line = passage('Foreign Minister Ingrid Solberg was on the line from start to finish.', [
      'solberg',
    ]);
    expect(presence(line, roster)).toEqual({ present: true, who: ['solberg'] });
    const stake = passage('Ingrid Solberg’s reputation was on the line from start to finish.', ['solberg']);
    expect(presence(stake, roster)).toBeUndefined();
  });

  it('reads what is at stake as no one’s presence', () => {
    expect(readPartyPresence('Arvenia’s credibility was on the line at the talks.', roster)).toBeUndefined();
  });

  it('reads what a party or person stands to lose as no presence, said or denied', () => {
    for (const stake of [
      'The standing of Torvania was on the line in those negotiations.',
      'For Arvenia, its entire economy was on the line in Fjellby.',
      'Torvania’s hard-earned good name was on the line at the summit.',
      'The future of Arvenia was not on the line at the summit, Kessel argued.',
    ])
      expect(readPartyPresence(stake, roster), stake).toBeUndefined();
    for (const stake of [
      'Ingrid Solberg’s whole career was on the line at the summit.',
      'For Ingrid Solberg, her seat was on the line at the summit.',
      'Ingrid Solberg’s post was never on the line, her spokesman said.',
    ])
      expect(presence(passage(stake, ['solberg']), roster), stake).toBeUndefined();
  });

  it('reads the one named just before the verb, or a sentence about a call, as presence', () => {
    const apposition = passage('Ingrid Solberg, the foreign minister, was not on the line.', ['solberg']);
    expect(presence(apposition, roster)).toEqual({ present: false, who: ['solberg'] });
    expect(
      readPartyPresence('During the video call that evening, Arvenia too was on the line.', roster),
    ).toEqual({
      present: new Set(['arvenia']),
      absent: new Set(),
    });
  });

  it('reads one told by a pronoun or an office just before the verb as presence', () => {
    const self = {
      text: 'It was a short exchange. I was not on the line myself, I read the notes.',
      words: new Set<string>(),
      names: [],
      speaker: { personId: 'solberg' },
    } as never;
    expect(presence(self, roster)).toEqual({
      present: false,
      who: ['solberg'],
    });
    const office = passage(
      'By one version the foreign minister was on the line; a second version disputes it.',
      ['solberg'],
    );
    expect(presence(office, roster)).toEqual({ present: true, who: ['solberg'] });
  });

  it('reads "only the two ministers were on the line" as a call with no one else', () => {
    expect(exclusive(passage('Only the two envoys and a note-taker were on the line.'), roster)).toBe(true);
    expect(exclusive(passage('The two envoys and a note-taker were on the line.'), roster)).toBe(false);
    expect(exclusive(passage('Only two of the six delegates were on the call.'), roster)).toBe(false);
  });
});
