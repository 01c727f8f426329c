// A minister the roster gives as "Minister for Migration of Arvenia" is the "migration minister" the
// news writes, after the party's possessive. Near miss: another portfolio's minister of the same
// party is nobody the roster holds. Roster and sentences invented for the test.
import { describe, expect, it } from 'vitest';
import { processDocument } from '../../src/evidence/process.ts';
import type { Roster, SuggestedClaim } from '../../src/evidence/types.ts';

const roster: Roster = {
  parties: [
    { id: 'arvenia', name: 'Arvenia', role: 'principal', aliases: [] },
    { id: 'torvania', name: 'Torvania', role: 'principal', aliases: [] },
  ],
  people: [
    {
      id: 'lind',
      name: 'Ada Lind',
      office: 'Minister for Migration of Arvenia',
      party: 'arvenia',
      aliases: [],
    },
  ],
};
type Quote = Extract<SuggestedClaim, { kind: 'quote' }>;
const speakers = (sentence: string) =>
  processDocument(
    new TextEncoder().encode(`Camps wait for the new date\n\nKESSEL, March 4 (Wire) - ${sentence}`),
    'wire.txt',
    { roster, received: '2031-04-01' },
  )
    .claims.filter((c): c is Quote => c.kind === 'quote')
    .map((q) => q.speaker?.personId ?? q.speaker?.name);

describe('a minister named by portfolio', () => {
  it("reads the party's migration minister as the roster's Minister for Migration", () => {
    expect(
      speakers(
        `Arvenia's migration minister on Friday criticised the delay, saying families were "left waiting".`,
      ),
    ).toEqual(['lind']);
  });

  it("leaves the party's finance minister to no holder", () => {
    expect(
      speakers(
        `Arvenia's finance minister on Friday criticised the delay, saying families were "left waiting".`,
      ),
    ).not.toEqual(['lind']);
  });
});
