// A photo platform's post copied from its web page: the handle over the badge, the bio and the
// "Follow" button, then the caption opened by the same handle and closed by its age, the comments
// under it. Texts invented for the test, about the negotiation of test/evidence/roster.ts.
import { describe, expect, it } from 'vitest';
import { processDocument } from '../../src/evidence/process.ts';
import type { SuggestedClaim } from '../../src/evidence/types.ts';
import { roster } from './roster.ts';

type Quote = Extract<SuggestedClaim, { kind: 'quote' }>;
const read = (text: string) =>
  processDocument(new TextEncoder().encode(text), 'post.txt', { roster, received: '2031-04-01' });
const quotes = (text: string) =>
  read(text)
    .claims.filter((c): c is Quote => c.kind === 'quote')
    .map((q) => [q.data.words, q.speaker?.personId ?? q.speaker?.name]);

const page = (caption: string) =>
  [
    'Photos',
    'ingrid.solberg',
    'Verified',
    'Foreign Minister of Norland',
    'Follow',
    caption,
    'The second round opens in Fjellby on Monday, and both delegations have said they will come.',
    '#Norland #Fjellby\n5h',
    'kessel_watch Good luck in Fjellby, minister.\n4h  Reply  12 likes',
    'View all 58 comments',
  ].join('\n\n');

describe("a photo post's caption", () => {
  it("reads the caption under the page's head as the account's post, and the comments apart", () => {
    const text = page('ingrid.solberg Minister Varin of Torvania called me this evening about the river.');
    expect(read(text).genre.genre).toBe('social');
    const [post, comment] = quotes(text);
    expect(post?.[0]).toMatch(/^Minister Varin of Torvania called me .* they will come\./);
    expect(post?.[0]).not.toMatch(/Follow|Verified|5h|comments/);
    expect(post?.[1]).toBe('solberg');
    expect(comment).toEqual(['Good luck in Fjellby, minister.', 'kessel_watch']);
  });

  it('reads no post where the caption does not open with the handle of the head', () => {
    const text = page('Minister Varin of Torvania called the foreign minister this evening about the river.');
    expect(quotes(text).map(([, who]) => who)).not.toContain('solberg');
  });
});
