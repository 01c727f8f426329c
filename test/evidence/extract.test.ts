import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/evidence/extract.ts';
import type { ProvisionRef, SuggestedClaim } from '../../src/evidence/types.ts';
import { roster } from './roster.ts';

const provisions: ProvisionRef[] = [
  {
    path: '3',
    number: '3',
    heading: 'Borders',
    text: 'The border follows the 1990 line.',
    topics: ['territory'],
  },
  { path: '7', number: '7', text: 'Each party keeps an army of at most 40,000.', topics: ['army-size'] },
  { path: '9', number: '9', text: 'The Union provides security guarantees.', topics: [] },
];

const of = <K extends SuggestedClaim['kind']>(claims: SuggestedClaim[], kind: K) =>
  claims.filter((c): c is Extract<SuggestedClaim, { kind: K }> => c.kind === kind);

describe('extractClaims', () => {
  it('points every claim into the clean text by offsets', () => {
    const text =
      'Kostal met Varin in Fjellby on Tuesday. "We will sign nothing yet," Varin said of security guarantees.';
    for (const claim of extractClaims(text, { roster, published: '2031-03-05', provisions })) {
      expect(text.slice(claim.span[0], claim.span[1])).toBe(claim.text);
    }
  });

  it('finds roster mentions through names, surnames and aliases', () => {
    const text = 'Officials in Kassel and the Citadel welcomed Dahl. Mira Kostal and Brussels did too.';
    const ids = of(extractClaims(text, { roster }), 'mention').map((m) => m.data.id);
    expect(ids).toEqual(['arvenia', 'torvania', 'dahl', 'kostal', 'union']);
  });

  it('dates events against the publication date, with place and participants', () => {
    const text =
      'Kostal and Varin met in Fjellby on Tuesday. Dahl will visit Drava on Friday. Solberg set a deadline of March 20 for replies.';
    const events = of(extractClaims(text, { roster, published: '2031-03-05' }), 'event').map((e) => e.data);
    expect(events).toEqual([
      {
        eventKind: 'meeting',
        date: '2031-03-04',
        dateText: 'on Tuesday',
        place: 'Fjellby',
        participants: ['kostal', 'varin', 'norland'],
        tense: 'past',
      },
      {
        eventKind: 'visit',
        date: '2031-03-07',
        dateText: 'on Friday',
        place: 'Drava',
        participants: ['dahl', 'torvania'],
        tense: 'future',
      },
      {
        eventKind: 'deadline',
        date: '2031-03-20',
        dateText: 'March 20',
        participants: ['solberg'],
        tense: 'past',
      },
    ]);
  });

  it('leaves relative dates unresolved without a publication date', () => {
    const events = of(extractClaims('Kostal and Varin met in Fjellby on Tuesday.', { roster }), 'event');
    expect(events.map((e) => [e.data.date, e.data.place])).toEqual([[undefined, 'Fjellby']]);
  });

  it('links topic and numbered mentions to provisions of the draft', () => {
    const text = 'Arvenia wants point 7 changed and security guarantees spelled out, but not the border.';
    const mentions = of(extractClaims(text, { roster, provisions }), 'mention').filter(
      (m) => m.data.entity === 'provision',
    );
    expect(mentions.map((m) => [m.data.id, m.data.provisions])).toEqual([
      ['point 7', ['7']],
      ['security_guarantees', ['9']],
      ['territory', ['3']],
    ]);
  });

  it('suggests positions with their party, stance, hedging and provisions', () => {
    const text =
      'Torvania may not accept amendments to the draft. Arvenia rejects ceding territory. The plan was drafted by Norland, officials said.';
    const positions = of(extractClaims(text, { roster, provisions }), 'position').map((p) => p.data);
    expect(positions).toEqual([
      { party: 'torvania', stance: 'reject', hedged: true },
      { party: 'arvenia', stance: 'reject', topic: 'territory', provisions: ['3'], hedged: false },
      { party: 'norland', stance: 'authored', hedged: false },
    ]);
  });
});
