// A thread copied from a platform whose account header recurs before each post: a fediverse server's
// handle ("@ada@diplo.social"), a Bluesky domain ("@ada.bsky.social"), an X thread's "@handle · 2h".
// Lines in the posts that look like a record's labels ("CW: numbers", "FM Ingrid Solberg: …") are the
// posts' words, not turns. Texts invented for the test, about the negotiation of test/evidence/roster.ts.
import { describe, expect, it } from 'vitest';
import { processDocument } from '../../src/evidence/process.ts';
import type { SuggestedClaim } from '../../src/evidence/types.ts';
import { roster } from './roster.ts';

type Quote = Extract<SuggestedClaim, { kind: 'quote' }>;
const read = (text: string) =>
  processDocument(new TextEncoder().encode(text), 'thread.txt', { roster, received: '2031-04-01' });
const speakers = (text: string) =>
  read(text)
    .claims.filter((c): c is Quote => c.kind === 'quote' && c.data.form === 'post')
    .map((q) => q.speaker?.personId ?? q.speaker?.name);

describe('a thread whose account header recurs before each post', () => {
  it("reads a fediverse thread's posts as their authors', a boost and a quoted minister inside", () => {
    const text = [
      'Ana Berg @aberg@diplo.social\nApr 3, 2031, 08:14 · Public',
      'CW: long thread, Vell talks',
      '1/ Where the Vell talks stand this morning, after two days in Fjellby. The readouts do not match.',
      '↻ 12  ☆ 30  ↩ 2',
      'Ana Berg @aberg@diplo.social\nApr 3, 2031, 08:17 · Public',
      'CW: numbers',
      '2/ The draft had twelve points. The Fjellby round cut it to nine, everyone agrees on that much.',
      '↻ 8  ☆ 19  ↩ 1',
      'Ana Berg boosted\nTomas Reif @treif@social.example\nApr 3, 2031, 08:20',
      'The text reaches both capitals tonight, the Citadel says.',
      '↻ 40  ☆ 51  ↩ 9',
      'Ana Berg @aberg@diplo.social\nApr 3, 2031, 08:25 · Public',
      'FM Ingrid Solberg: the text goes to both sides tonight. 3/ So the deadline holds.',
      'Tomas Reif @treif@social.example\nApr 3, 2031, 09:02',
      '@aberg was it not ten points in the leak?',
    ].join('\n\n');
    expect(read(text).genre.genre).toBe('social');
    expect(speakers(text)).toEqual(['Ana Berg', 'Ana Berg', 'Tomas Reif', 'Ana Berg', 'Tomas Reif']);
    // The counts under a post and the boost's banner are the platform's, nobody's words.
    const words = read(text).claims.flatMap((c) => (c.kind === 'quote' ? [c.data.words] : []));
    expect(words.some((w) => /↻|boosted/.test(w))).toBe(false);
  });

  it('reads a Bluesky thread whose handles carry their domain', () => {
    const text = [
      'Ana Berg @aberg.bsky.social · 3h',
      '1/ Citadel says the text is final. Arvenia says nobody has shown it to them.',
      'Ana Berg @aberg.bsky.social · 3h',
      '2/ Both cannot be true, and the deadline is Friday.',
      'Ana Berg @aberg.bsky.social · 2h',
      '3/ More when the briefing ends.',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['Ana Berg', 'Ana Berg', 'Ana Berg']);
  });
});
