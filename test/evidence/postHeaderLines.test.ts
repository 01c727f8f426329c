// The platform's lines about a post (a channel's description, a repost's banner, the prompt to sign
// in) beside a post's own words that open or read the same way. Texts invented for the test, about
// the negotiation of test/evidence/roster.ts.
import { describe, expect, it } from 'vitest';
import { processDocument } from '../../src/evidence/process.ts';
import type { SuggestedClaim } from '../../src/evidence/types.ts';
import { roster } from './roster.ts';

type Quote = Extract<SuggestedClaim, { kind: 'quote' }>;
const quotes = (paragraphs: string[]) =>
  processDocument(new TextEncoder().encode(paragraphs.join('\n\n')), 'post.txt', {
    roster,
    received: '2031-06-01',
  })
    .claims.filter((c): c is Quote => c.kind === 'quote')
    .map((q) => [q.data.words, q.speaker?.personId ?? q.speaker?.name]);

describe("a person's first post under the handle", () => {
  it('is read when it mentions this page or the followers of the talks', () => {
    expect(
      quotes([
        'Ada Vik @adavik',
        'This page will carry my notes from the Drava talks each evening.',
        '9:14 AM · Mar 28, 2031',
        'Ada Vik @adavik',
        'The map annex is agreed; the monitors are still open.',
        '9:40 AM · Mar 28, 2031',
      ]).map((q) => q[0]),
    ).toEqual([
      'This page will carry my notes from the Drava talks each evening.',
      'The map annex is agreed; the monitors are still open.',
    ]);
    expect(
      quotes([
        'Lena Berg @lenaberg',
        'Followers of the Drava talks know the map is agreed and the monitors are not.',
        '9:14 AM · Mar 28, 2031',
      ]).map((q) => q[0]),
    ).toEqual(['Followers of the Drava talks know the map is agreed and the monitors are not.']);
  });

  it("still skips a channel's own description under its handle", () => {
    expect(
      quotes([
        'Kessel Regional Council @kesselcouncil',
        'Official channel of the Kessel Regional Council.',
        'The Council sits again on Monday in Fjellby.',
        '9:40 AM · Mar 28, 2031',
      ]).map((q) => q[0]),
    ).toEqual(['The Council sits again on Monday in Fjellby.']);
  });
});

describe('a post that opens "Sign up to"', () => {
  it('is a post, not the prompt that closes the page', () => {
    expect(
      quotes([
        'Kessel Consular Office @kesselconsul',
        'Sign up to the consular register before you travel to Torvania this month.',
        '9:14 AM · Mar 28, 2031',
        'Kessel Consular Office @kesselconsul',
        'The crossing at Fjellby opens again on Monday.',
        '9:40 AM · Mar 28, 2031',
      ]).map((q) => q[0]),
    ).toEqual([
      'Sign up to the consular register before you travel to Torvania this month.',
      'The crossing at Fjellby opens again on Monday.',
    ]);
  });
});

describe("a repost's banner over another's post", () => {
  it('names the one who shared it, not its author', () => {
    const read = quotes([
      'Ada Vik @adavik',
      'The talks go on on Monday in Fjellby.',
      '9:14 AM · Mar 28, 2031',
      'Reposted by @perholm',
      'The Council has had no paper from the envoy so far.',
      '9:40 AM · Mar 28, 2031',
    ]);
    expect(read.map((q) => q[1])).not.toContain('perholm');
  });
});
