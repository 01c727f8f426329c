// One person written several ways: national spellings keep diacritics that wires drop
// ("Kostál", "Sölberg", "Wałęsa"), and French, UN and EU lists write the surname in capitals
// ("H.E. Mr. Oleg VARIN"). Each is the roster's person; capitalised words that name no one
// stay unnamed. Texts and the roster's extra people invented for the test.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/evidence/extract.ts';
import { buildGazetteer, foldName } from '../../src/evidence/gazetteer.ts';
import { scanNames } from '../../src/evidence/names.ts';
import type { Roster, SuggestedClaim } from '../../src/evidence/types.ts';
import { roster as base } from './roster.ts';

type Quote = Extract<SuggestedClaim, { kind: 'quote' }>;
const roster: Roster = {
  parties: [...base.parties, { id: 'league', name: 'the League', role: 'guarantor', aliases: ['NCL'] }],
  people: [
    ...base.people,
    { id: 'strom', name: 'Åsa Strøm', office: 'State Secretary', party: 'norland', aliases: [] },
    { id: 'gulec', name: 'Emre Güleç', office: 'Ambassador', party: 'union', aliases: [] },
  ],
};
const named = (text: string) =>
  scanNames(text, buildGazetteer(roster), () => false)
    .filter((h) => h.id)
    .map((h) => h.id);
const speakers = (text: string) =>
  extractClaims(text, { roster, genre: 'news' })
    .filter((c): c is Quote => c.kind === 'quote')
    .map((q) => q.speaker?.personId ?? q.speaker?.name);

describe('a name written with diacritics the roster lacks, or without those it has', () => {
  it('is the roster person either way', () => {
    expect(named('President Mira Kostál received Foreign Minister Sölberg in Kessel today.')).toEqual([
      'kostal',
      'solberg',
      'arvenia',
    ]);
    expect(named('State Secretary Asa Strom met Ambassador Gulec in Fjellby.')).toEqual([
      'strom',
      'gulec',
      'norland',
    ]);
    expect(speakers('"The line holds," Güleç told reporters.')).toEqual(['gulec']);
  });
});

describe('a surname in capitals, as French, UN and EU lists write it', () => {
  it('is the roster person, alone or with a given name and titles', () => {
    expect(
      named('The Minister received H.E. Mr. Oleg VARIN, President of the Republic of Torvania.'),
    ).toEqual(['varin', 'torvania']);
    expect(named('Participants: Ms Ingrid SOLBERG (Norland); Mr Henrik DAHL (the Union).')).toEqual([
      'solberg',
      'norland',
      'dahl',
      'union',
    ]);
  });

  it('leaves capitalised words that are no roster name unnamed, and acronyms as the roster has them', () => {
    expect(named('TALKS RESUME ON MONDAY IN THE CAPITAL')).toEqual([]);
    expect(named('The NCL observers arrived.')).toEqual(['league']);
  });
});

describe('an acronym in the roster', () => {
  const withAcronyms: Roster = {
    ...roster,
    parties: [
      ...roster.parties,
      { id: 'health', name: 'the Health Organisation', role: 'observer', aliases: ['WHO'] },
      { id: 'states', name: 'the States', role: 'mediator', aliases: ['US'] },
    ],
  };
  const ids = (text: string) =>
    scanNames(text, buildGazetteer(withAcronyms), () => false)
      .filter((h) => h.id)
      .map((h) => h.id);
  it('is matched as written, not as the word it spells at the head of a sentence', () => {
    expect(ids('Who signed it first? Us, the delegation says.')).toEqual([]);
    expect(ids('The WHO team and the US envoy arrived.')).toEqual(['health', 'states']);
  });
});

describe('foldName', () => {
  it('returns a plain name as it is and folds marks and capitals otherwise', () => {
    expect(foldName('Mira Kostal')).toBe('Mira Kostal');
    expect(foldName('Lech Wałęsa')).toBe('Lech Walesa');
    expect(foldName('Åsa Strøm')).toBe('Asa Strom');
    expect(foldName('Oleg VARIN')).toBe('Oleg Varin');
  });
});
