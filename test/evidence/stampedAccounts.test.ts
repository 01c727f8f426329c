// A post copied from a platform that prints no handle: the account's name over the post's age ("3d ·
// Edited ·"), perhaps with its job title between them, then the post, then the platform's buttons.
// The post is the account's words. Every text is invented.
import { describe, expect, it } from 'vitest';
import { processDocument } from '../../src/evidence/index.ts';
import type { SuggestedClaim } from '../../src/evidence/types.ts';
import { roster } from './roster.ts';

type Quote = Extract<SuggestedClaim, { kind: 'quote' }>;
const quotes = (text: string) =>
  processDocument(Buffer.from(text), 'post.txt', { roster })
    .claims.filter((c): c is Quote => c.kind === 'quote')
    .map((q) => [q.data.words, q.speaker?.personId ?? q.speaker?.name]);

describe('a post under a name and an age', () => {
  it('is the named account’s words, the job title and the buttons left out', () => {
    const page = [
      '[Saved 2 April 2031]',
      'Henrik Dahl',
      'Special Envoy of Norland | Vell talks',
      '2d · Edited ·',
      'Both delegations have the nine points. We meet again in Fjellby on Monday.',
      '214 reactions • 31 comments',
      'Like   Comment   Repost   Send',
    ].join('\n\n');
    expect(quotes(page)).toEqual([
      ['Both delegations have the nine points. We meet again in Fjellby on Monday.', 'dahl'],
    ]);
  });

  it('takes a bare name or handle over a bare age for the account', () => {
    for (const [name, speaker] of [
      ['Henrik Dahl', 'dahl'],
      ['vell.reader_7', 'vell.reader_7'],
    ]) {
      const page = [name, '5h', 'Both delegations have the nine points.'].join('\n\n');
      expect(quotes(page)).toEqual([['Both delegations have the nine points.', speaker]]);
    }
  });

  it('takes no news headline over the age a news page prints for an account', () => {
    for (const headline of ['Talks resume in Fjellby', 'Talks Resume In Fjellby']) {
      const page = [
        headline,
        '5h',
        'Negotiators from Arvenia and Torvania met again on Monday, officials said.',
      ].join('\n\n');
      expect(quotes(page)).toEqual([]);
    }
  });
});
