// A channel's feed and a fediverse thread copied whole: the channel's description under its pinned
// mark, a post forwarded from another channel, a statement its spokesperson signs, a reply's header
// that names its author by the handle alone, the tally of boosts and the sign-in prompt of the page.
// Texts invented for the test, about the negotiation of test/evidence/roster.ts.
import { describe, expect, it } from 'vitest';
import { processDocument } from '../../src/evidence/process.ts';
import type { SuggestedClaim } from '../../src/evidence/types.ts';
import { roster } from './roster.ts';

type Quote = Extract<SuggestedClaim, { kind: 'quote' }>;
const quotes = (text: string) =>
  processDocument(new TextEncoder().encode(text), 'post.txt', { roster, received: '2031-06-01' })
    .claims.filter((c): c is Quote => c.kind === 'quote')
    .map((q) => [q.data.words, q.speaker?.personId ?? q.speaker?.name]);

describe("a channel's feed", () => {
  const feed = [
    'Kessel Regional Council | Official',
    '14 832 subscribers',
    'Pinned message',
    'Official channel of the Kessel Regional Council, kept by its press desk. Posts in two languages.',
    'May 2',
    'Forwarded from Drava Watch',
    'A document said to be the map of the envoy is going round Fjellby. We have not verified it.',
    '👁 22.4K   edited 21:07',
    'May 3',
    'No paper from the envoy has reached the Council so far.',
    '👁 9.1K   21:40',
  ].join('\n\n');

  it('reads no post in the description under the pinned mark, and gives a forward to its channel', () => {
    expect(quotes(feed)).toEqual([
      [
        'A document said to be the map of the envoy is going round Fjellby. We have not verified it.',
        'Drava Watch',
      ],
      ['No paper from the envoy has reached the Council so far.', 'Kessel Regional Council'],
    ]);
  });

  it('gives a statement its spokesperson signs to the signer, and an unsigned one to the channel', () => {
    const signed = feed.replace(
      'No paper from the envoy has reached the Council so far.',
      'No paper from the envoy has reached the Council so far.\n\nPavel Surin\n\nSpokesperson',
    );
    expect(quotes(signed)[1]).toEqual(['No paper from the envoy has reached the Council so far.', 'surin']);
    const closed = feed.replace(
      'No paper from the envoy has reached the Council so far.',
      'No paper from the envoy has reached the Council so far.\n\nPavel Surin\n\nWe will publish it.',
    );
    expect(quotes(closed)[1]?.[1]).toBe('Kessel Regional Council');
  });
});

describe('a fediverse thread copied with its replies', () => {
  const thread = [
    'vell.social',
    'Ada Vik',
    '@adavik@vell.social',
    '1/ Where the Vell talks stand after a long fortnight. Corrections welcome.',
    'May 19, 2031, 08:12 · Web',
    '🔁 214 ⭐ 388 💬 19',
    '2/ The map is done; the monitors are not. Signing is now set for 21 June.',
    'May 19, 2031, 08:14 · Web',
    '🔁 96 ⭐ 171 💬 4',
    'Boosted by 214 people',
    'Reply from @kesselwatch@mastodon.example · May 19, 2031, 09:02',
    '@adavik confirming: the courier arrived this morning with the text.',
    '🔁 48 ⭐ 97',
    'Sign in to reply to posts or follow this account.',
    'About · Status · Profiles directory · Privacy policy',
  ].join('\n\n');

  it("gives a reply to the handle its header names, and reads neither the boosts' tally nor the footer", () => {
    expect(quotes(thread)).toEqual([
      ['Where the Vell talks stand after a long fortnight. Corrections welcome.', 'Ada Vik'],
      ['The map is done; the monitors are not. Signing is now set for 21 June.', 'Ada Vik'],
      ['@adavik confirming: the courier arrived this morning with the text.', 'kesselwatch'],
    ]);
  });

  it('keeps a display name written before the handle as the author', () => {
    const named = thread.replace('Reply from @kesselwatch', 'Kessel Watch @kesselwatch');
    expect(quotes(named)[2]?.[1]).toBe('Kessel Watch');
  });
});

describe('a Bluesky thread copied whole', () => {
  it("reads neither the follow button, a repost's banner nor the replies' head as the author's words", () => {
    const thread = [
      'Bluesky',
      '← Post',
      'Ada Vik 🌊',
      '@adavik.bsky.social',
      'Following',
      'Where the Drava talks stand after a week of readouts. 1/2',
      '9:14 AM · Mar 28, 2031 · Everybody can reply',
      '17 reposts   4 quotes   96 likes',
      'Ada Vik 🌊 @adavik.bsky.social · 2h',
      'I will keep this thread updated. Corrections welcome. 2/2',
      '↻ Reposted by Per Holm',
      'Replies',
      'Lena Berg @lenaberg.bsky.social · 1h',
      'The readout in Kessel says the text is final.',
    ].join('\n\n');
    expect(quotes(thread)).toEqual([
      ['Where the Drava talks stand after a week of readouts.', 'Ada Vik'],
      ['I will keep this thread updated. Corrections welcome.', 'Ada Vik'],
      ['The readout in Kessel says the text is final.', 'Lena Berg'],
    ]);
  });
});
