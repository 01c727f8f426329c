// The word scan that picks which event patterns run over a sentence: it finds every word only
// while no word starts another (one match is taken at each offset), and it must never keep a
// pattern from a sentence that pattern would match, whatever the case of the words.
import { describe, expect, it } from 'vitest';
import { triggerWords } from '../../src/evidence/events.ts';
import { extractClaims } from '../../src/evidence/extract.ts';
import type { SuggestedClaim } from '../../src/evidence/types.ts';
import { roster } from './roster.ts';

type EventClaim = Extract<SuggestedClaim, { kind: 'event' }>;
const kinds = (text: string) =>
  extractClaims(text, { roster, genre: 'readout', published: '2031-03-05' })
    .filter((c): c is EventClaim => c.kind === 'event')
    .map((c) => c.data.eventKind);

describe('trigger words', () => {
  it('holds no word that is the start of another', () => {
    const words = triggerWords().map(([w]) => w);
    for (const a of words)
      for (const b of words) if (a !== b) expect(b.startsWith(a), `${a} / ${b}`).toBe(false);
  });

  it('are lower case, as the scan looks them up', () => {
    for (const [w] of triggerWords()) expect(w).toBe(w.toLowerCase());
  });

  it('let each kind through in capitals and inside a longer word', () => {
    expect(kinds('CONVENED AT Drava on Thursday, 5 March.')).toEqual(['meeting']);
    expect(kinds('Held at Kessel on 5 March.')).toEqual(['meeting']);
    expect(kinds('The delegations reconvened in Drava on 5 March.')).toEqual(['meeting']);
    expect(kinds('SOLBERG SPOKE BY PHONE with President Varin on 5 March.')).toEqual(['call']);
    expect(kinds('The Summit in Kessel opened on 5 March.')).toEqual(['summit']);
    expect(kinds('Solberg Visited Drava on 5 March.')).toEqual(['visit']);
  });
});
