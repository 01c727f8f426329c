// A Chinese platform's post copied from its page: the account's name (a verified mark after it), the
// day, time and app it was sent from ("3-12 21:18 from Weibo"), the post, its counts, and the comments
// under tabs that sort them ("Hot | Latest"). Texts invented for the test, about the negotiation of
// test/evidence/roster.ts.
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
    .map((q) => [q.data.words, q.speaker?.partyId]);

const page = (stamp: string) =>
  [
    'Home   Discover   Log in   Sign up',
    'Embassy of Norland in Kessel V',
    stamp,
    'The second round on the Vell river opens in Fjellby on Monday. Norland thanks both delegations. #Vell#',
    'Repost 12    Comments 8    Like 240',
    'Hot | Latest',
    'Kessel reader: Good luck to the delegations.\n3-12 21:40   Reply   Like 5',
  ].join('\n\n');

describe('a post stamped with the app it was sent from', () => {
  it("reads the post under the account's name as the account's words, and stops at the comments' tabs", () => {
    const text = page('3-12 21:18 from Weibo  Edited');
    expect(read(text).genre.genre).toBe('social');
    const [post, ...rest] = quotes(text);
    expect(post).toEqual([
      'The second round on the Vell river opens in Fjellby on Monday. Norland thanks both delegations. #Vell#',
      'norland',
    ]);
    expect(rest.map(([words]) => words)).not.toContainEqual(expect.stringMatching(/Hot \| Latest/));
  });

  it('reads no account over a day and a time that name no app', () => {
    expect(read(page('3-12 21:18')).genre.genre).not.toBe('social');
  });
});
