// A remark added in a clause of its own (", while noting (that) …", ", adding that …") tells its own
// occasion: its place, tense and day are not the first clause's. Invented sentences about the
// Arvenia–Torvania talks in a wire's, a readout's and a briefing's styles; 2031-03-05 is a Wednesday.
// A place a clause break keeps from the occasion is, likewise, another occasion's.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/evidence/extract.ts';
import type { Genre } from '../../src/evidence/genre.ts';
import { type EventClaim, PUBLISHED } from './eventsOf.ts';
import { roster } from './roster.ts';

const of = (text: string, genre: Genre = 'news') =>
  extractClaims(text, { roster, genre, published: PUBLISHED })
    .filter((c): c is EventClaim => c.kind === 'event')
    .map((e) => ({
      kind: e.data.eventKind,
      place: e.data.place,
      tense: e.data.tense,
      date: e.data.date,
    }));

describe('a remark added in a clause of its own', () => {
  it('keeps the added clause from taking the first clause’s place and tense', () => {
    const talks = of(
      'President Leon Varin confirmed that a Norland delegation will visit Kessel next week, while noting that Arvenian and Torvanian officials had already held talks in Fjellby.',
    ).find((e) => e.kind === 'talks');
    expect(talks).toMatchObject({ place: 'Fjellby', tense: 'past' });
  });

  it('reads the added clause so without its "that"', () => {
    const talks = of(
      'Varin said a Norland team is set to visit Kessel next week, while noting Arvenian and Torvanian envoys have already held talks in Fjellby.',
    ).find((e) => e.kind === 'talks');
    expect(talks).toMatchObject({ place: 'Fjellby', tense: 'past' });
  });

  it('gives the added clause its own day and the first its own', () => {
    const found = of(
      'The two delegations met in Kessel on Monday, the ministry said, adding that the next round would be held in Fjellby on 20 March.',
      'readout',
    );
    expect(found).toContainEqual(
      expect.objectContaining({ kind: 'meeting', place: 'Kessel', date: '2031-03-03' }),
    );
    expect(found.some((e) => e.place === 'Fjellby' && e.date === '2031-03-20' && e.tense === 'future')).toBe(
      true,
    );
  });

  it('reads a sentence without such a clause as one, as before', () => {
    const found = of('The envoy will travel to Kessel next week and hold talks there with Minister Varin.');
    expect(found.every((e) => e.place === 'Kessel')).toBe(true);
  });
});

describe('a place a clause break keeps from the occasion', () => {
  it("is another occasion's: the occasion takes the place in its own clause", () => {
    const [summit] = of(
      'Surin ruled out any plan for Varin to see Dahl after his visit to Drava, a sign of little movement since the two presidents met in Kessel in January for a summit.',
    );
    expect(summit).toMatchObject({ kind: 'summit', place: 'Kessel', tense: 'past' });
  });

  it('keeps the first place where no clause break stands between it and the occasion', () => {
    const [talks] = of(
      'In Fjellby on Monday, the delegations of Arvenia and Torvania held talks on the Vell dam.',
    );
    expect(talks).toMatchObject({ kind: 'talks', place: 'Fjellby' });
  });
});
