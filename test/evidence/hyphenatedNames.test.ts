// A double-barrelled surname is one name ("Berit Lind-Haugen" is not "Ada Lind"), while a
// hyphen between two parties' names ("the Arvenia-Torvania talks") still names both. Texts
// and the roster's extra people invented for the test.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/evidence/extract.ts';
import { buildGazetteer } from '../../src/evidence/gazetteer.ts';
import { scanNames } from '../../src/evidence/names.ts';
import type { Roster, SuggestedClaim } from '../../src/evidence/types.ts';
import { roster as base } from './roster.ts';

type Quote = Extract<SuggestedClaim, { kind: 'quote' }>;
const roster: Roster = {
  parties: base.parties,
  people: [
    ...base.people,
    { id: 'lind', name: 'Ada Lind', office: 'Foreign Ministry spokesperson', party: 'torvania', aliases: [] },
    {
      id: 'lindhaugen',
      name: 'Berit Lind-Haugen',
      office: 'Chief Negotiator',
      party: 'arvenia',
      aliases: [],
    },
  ],
};
const speakers = (text: string) =>
  extractClaims(text, { roster, genre: 'news' })
    .filter((c): c is Quote => c.kind === 'quote')
    .map((q) => q.speaker?.personId ?? q.speaker?.name);
const named = (text: string) =>
  scanNames(text, buildGazetteer(roster), () => false).map((h) => h.id ?? h.name);

describe('a double-barrelled surname', () => {
  it('names its own holder, with the given name or alone, not the holder of its first part', () => {
    expect(
      speakers('Arvenia\'s chief negotiator, Berit Lind-Haugen, called the round "a real step forward".'),
    ).toEqual(['lindhaugen']);
    expect(speakers('"We are close," Lind-Haugen told reporters in Fjellby.')).toEqual(['lindhaugen']);
    expect(speakers('"Nothing is agreed," said Ada Lind, the ministry\'s spokesperson.')).toEqual(['lind']);
  });

  it('keeps a hyphenated name outside the roster whole', () => {
    expect(speakers('"The text is not final," Ambassador Okafor-Brandt said on Monday.')).toEqual([
      'Okafor-Brandt',
    ]);
  });
});

describe('a hyphen between roster names that are not one name', () => {
  it('names both parties of "the Arvenia-Torvania talks" and keeps a title whole', () => {
    expect(named('The Arvenia-Torvania talks resume in Fjellby.')).toEqual([
      'arvenia',
      'torvania',
      'norland',
    ]);
    expect(named('Secretary-General Henrik Dahl spoke.')).toEqual(['dahl']);
  });
});

describe('a given name whose second syllable is lower-case', () => {
  it('reads "Park Su-min" whole after the family name, as speaker and as name', () => {
    expect(speakers('"The door stays open," said Park Su-min, an adviser to the delegation.')).toEqual([
      'Park Su-min',
    ]);
    expect(named('Talks chaired by Lee Dae-ho ended.')).toContain('Lee Dae-ho');
  });

  it('leaves compounds of a place or a number to the place', () => {
    expect(named('A Fjellby-based group and the Arvenia-led bloc met.')).toEqual(['norland', 'arvenia']);
    expect(named('Norland Forty-two delegates came.')).not.toContain('Norland Forty-two');
    expect(named('The Fjellby-based monitors left.')).not.toContain('Fjellby-based');
  });
});
