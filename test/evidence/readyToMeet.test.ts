// A stance told in the past about an occasion still to come ("said he was ready to meet",
// "aiming for a summit", "called for talks") plans that occasion: it is not one that took place.
// Invented sentences about the Arvenia–Torvania talks in a wire's, a readout's and a briefing's
// styles; 2031-03-05 is a Wednesday.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/evidence/extract.ts';
import type { Genre } from '../../src/evidence/genre.ts';
import { type EventClaim, PUBLISHED } from './eventsOf.ts';
import { roster } from './roster.ts';

const of = (text: string, genre: Genre = 'news') =>
  extractClaims(text, { roster, genre, published: PUBLISHED })
    .filter((c): c is EventClaim => c.kind === 'event')
    .map((e) => ({ kind: e.data.eventKind, tense: e.data.tense, date: e.data.date }));

describe('an occasion someone is ready for or aims at', () => {
  it.each([
    'President Leon Varin stated on Tuesday he stood ready to meet the mediator in Fjellby, his office aiming to arrange a meeting within weeks.',
    'The foreign minister told reporters she was prepared to travel to Kessel for a new round of talks.',
    'Varin said he was hoping for a summit in Fjellby before the summer.',
    'Both delegations were keen to hold talks in Kessel, the mediator said on Monday.',
  ])('is still to come: %s', (sentence) => {
    const found = of(sentence).filter((e) => e.kind !== 'statement');
    expect(found.length).toBeGreaterThan(0);
    for (const e of found) expect(e).toMatchObject({ tense: 'future' });
  });

  it('leaves a meeting that took place in the past, and its day', () => {
    expect(of('Varin met the mediator in Fjellby on Monday, his office said.', 'readout')).toContainEqual({
      kind: 'meeting',
      tense: 'past',
      date: '2031-03-03',
    });
  });
});

describe('a wish to speak of an occasion', () => {
  it('leaves the occasion spoken of in its own tense', () => {
    expect(
      of('Varin wants to talk about the meeting he held with the mediator in Fjellby on Monday.', 'readout'),
    ).toContainEqual({ kind: 'meeting', tense: 'past', date: '2031-03-03' });
  });
});
