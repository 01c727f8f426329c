// A broadcaster's web page prints its bulletin as a story, each clip a quotation under a cue of its
// own line that names the speaker. Texts invented for the test, about test/evidence/roster.ts.
import { describe, expect, it } from 'vitest';
import { processDocument } from '../../src/evidence/process.ts';
import type { SuggestedClaim } from '../../src/evidence/types.ts';
import { roster } from './roster.ts';

type Quote = Extract<SuggestedClaim, { kind: 'quote' }>;
const quotes = (text: string) =>
  processDocument(new TextEncoder().encode(text), 'story.txt', { roster, received: '2031-04-01' })
    .claims.filter((c): c is Quote => c.kind === 'quote')
    .map((q) => [q.data.words, q.speaker?.personId ?? q.speaker?.name ?? null]);

const bulletin = (cue: string) =>
  [
    'KESSEL GLOBAL TELEVISION',
    'Drava talks produce a revised text',
    'Updated: 2031-03-18 20:14:07',
    '[Anchor Lead]',
    'Talks in Fjellby on the Drava produced a revised text today. Ada Vik reports.',
    '[Reporter]',
    'Negotiators spent the day working through the plan line by line.',
    cue,
    '"We came with a paper of our own, and today most of it is in the text."',
    '[Reporter]',
    'The text now goes back to the capitals.',
  ].join('\n\n');

describe('a clip under its cue on a news page', () => {
  it('is the words of the one the cue names, the office after a slash', () => {
    expect(
      quotes(bulletin('[Sound bite] Ingrid Solberg / Foreign Minister of Norland (translated)')),
    ).toEqual([['We came with a paper of our own, and today most of it is in the text.', 'solberg']]);
  });

  it('reads a script-style cue with the name in brackets the same way', () => {
    expect(quotes(bulletin('SOUNDBITE: (Henrik Dahl, Special Envoy, in Norlandic)'))[0]?.[1]).toBe('dahl');
  });

  it('gives no speaker from a line that is no cue', () => {
    expect(quotes(bulletin('Ingrid Solberg / Foreign Minister of Norland'))[0]?.[1]).toBeNull();
  });
});
