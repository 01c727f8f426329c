// A broadcaster's web page prints its bulletin as a story, each clip a quotation under a cue of its
// own line that names the speaker. Texts invented for the test, about test/evidence/roster.ts.
import { describe, expect, it } from 'vitest';
import { withCuedSpeakers } from '../../src/evidence/cuedClips.ts';
import { buildGazetteer } from '../../src/evidence/gazetteer.ts';
import { processDocument } from '../../src/evidence/process.ts';
import type { SuggestedClaim } from '../../src/evidence/types.ts';
import { roster } from './roster.ts';
import { cpuMs } from './timedRuns.ts';

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
    '"We brought a draft of our own, and much of it survived into the plan."',
    '[Reporter]',
    'Both delegations now carry the plan home for review.',
  ].join('\n\n');

describe('a clip under its cue on a news page', () => {
  it('is the words of the one the cue names, the office after a slash', () => {
    expect(
      quotes(bulletin('[Sound bite] Ingrid Solberg / Foreign Minister of Norland (translated)')),
    ).toEqual([['We brought a draft of our own, and much of it survived into the plan.', 'solberg']]);
  });

  it('reads a script-style cue with the name in brackets the same way', () => {
    expect(quotes(bulletin('SOUNDBITE: (Henrik Dahl, Special Envoy, in Norlandic)'))[0]?.[1]).toBe('dahl');
  });

  it('gives no speaker from a line that is no cue', () => {
    expect(quotes(bulletin('Ingrid Solberg / Foreign Minister of Norland'))[0]?.[1]).toBeNull();
  });
});

describe('a page collapsed to one line', () => {
  it('costs no scan back to the start of the line for each quotation', () => {
    const said = '"Kostal will send a reply on Monday." ';
    const text = said.repeat(40_000);
    const claims = Array.from({ length: 40_000 }, (_, k) => {
      const start = k * said.length + 1;
      return { kind: 'quote', span: [start, start + said.length - 3], data: {} } as unknown as Quote;
    });
    const gazetteer = buildGazetteer(roster);
    let read: Quote[] = [];
    // CPU, not wall time (the machine's load failed a 150 ms wall bound). The linear walk takes
    // about 30 ms here; a walk back to the line's start for each of the 40,000 quotations, over
    // 0.8 MB on average, is some 3 × 10^10 steps: tens of seconds, far past the bound.
    const ms = cpuMs(() => {
      read = withCuedSpeakers(claims, text, gazetteer) as Quote[];
    });
    expect(read.every((q) => !q.speaker)).toBe(true);
    expect(ms).toBeLessThan(2000);
  });
});
