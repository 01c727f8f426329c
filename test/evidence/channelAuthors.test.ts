// A channel whose posts are not all its owner's: the app's author line over a post ("Name · Admin",
// "Name · forwarded by Admin"), a bare "Forwarded" over the forwarded channel's name, a dash that
// signs a post, and the app's chrome closing the page. Texts invented for the test, about the
// negotiation of test/evidence/roster.ts.
import { describe, expect, it } from 'vitest';
import { processDocument } from '../../src/evidence/process.ts';
import type { SuggestedClaim } from '../../src/evidence/types.ts';
import { roster } from './roster.ts';

type Quote = Extract<SuggestedClaim, { kind: 'quote' }>;
const read = (text: string) =>
  processDocument(new TextEncoder().encode(text), 'channel.txt', { roster, received: '2031-04-01' });
const quotes = (text: string) =>
  read(text)
    .claims.filter((c): c is Quote => c.kind === 'quote')
    .map((q) => [q.data.words, q.speaker?.personId ?? q.speaker?.name]);

describe("a channel's posts under their authors' lines", () => {
  const channel = (...posts: string[]) =>
    [
      'Viber',
      'Vell River Movement (Official Channel) ✔',
      'Channel · 21,400 subscribers',
      'Pinned message',
      ...posts,
      'Comments are turned off for this channel.',
      'Join channel · Mute · Report',
      'Viber Community',
    ].join('\n');

  it("gives each post to the author its line names, a forward's to the one forwarded", () => {
    const text = channel(
      'Mira Kostal · Admin',
      'We have asked for the full text twice. Until we see it, nobody signs in our name.',
      '09:12',
      '👁 12.1K   ❤️ 840   Share',
      'Henrik Dahl · forwarded by Admin',
      'The next round opens in Fjellby on Monday, and every delegation is invited.',
      '18:40',
      '👁 9.8K   ❤️ 310   Share',
    );
    expect(read(text).genre.genre).toBe('social');
    expect(quotes(text)).toEqual([
      ['We have asked for the full text twice. Until we see it, nobody signs in our name.', 'kostal'],
      ['The next round opens in Fjellby on Monday, and every delegation is invited.', 'dahl'],
    ]);
  });

  it("keeps a post with no author line as the channel's, and a name line inside a post as its words", () => {
    const text = channel(
      'We will meet the envoy again this week.',
      'Mira Kostal · Admin',
      '09:12',
      '👁 12.1K   ❤️ 840   Share',
    );
    expect(quotes(text)).toEqual([
      ['We will meet the envoy again this week. Mira Kostal · Admin', 'Vell River Movement'],
    ]);
  });
});

describe('a forward and a signature in a channel', () => {
  const channel = (...posts: string[]) =>
    [
      'Office of the Special Envoy of Norland ✓',
      'Channel · 8.2K followers',
      'Follow | Mute | Share',
      ...posts,
      'Updates in channels are visible to all followers. Learn more',
    ].join('\n\n');

  it('gives a post under a bare "Forwarded" to the name under it, and a signed one to its signer', () => {
    const text = channel(
      'Forwarded\nArvenian Government\nThe government has received the revised annex and is studying it.\n10:05\n👍 120',
      'Forwarded\nFjellby Talks Secretariat\nThe secretariat confirms that the next session will be held on 2 May. — P. Surin, Spokesman\n11:30\n👍 88',
    );
    expect(read(text).genre.genre).toBe('social');
    expect(quotes(text)).toEqual([
      ['The government has received the revised annex and is studying it.', 'Arvenian Government'],
      ['The secretariat confirms that the next session will be held on 2 May.', 'surin'],
    ]);
  });

  it("trims initials signing the channel's own post and keeps a dash inside a sentence", () => {
    const text = channel(
      'The text has eleven points. The door stays open. — H.D.\n09:14\n👍 2.1K',
      'Two rounds are left — Kessel and Fjellby\n12:00\n👍 40',
    );
    expect(quotes(text)).toEqual([
      ['The text has eleven points. The door stays open.', 'Office of the Special Envoy of Norland'],
      ['Two rounds are left — Kessel and Fjellby', 'Office of the Special Envoy of Norland'],
    ]);
  });
});

describe("a channel's feed copied whole", () => {
  it("reads the name over the channel's link, its name over its own posts and a forward's translation note", () => {
    const text = [
      "Consell d'Arvenia",
      't.me/consell_arvenia',
      '9.4K subscribers',
      'March 12',
      'Forwarded from Mira Kostal',
      '[Translated from Arvenian · Show original]',
      'The revised text has still not reached Kessel, whatever is said in Fjellby.',
      '👁 12.1K   edited 11:08',
      "Consell d'Arvenia",
      '[Translated from Arvenian · Show original]',
      'The council will answer within the week, once the engineers have read the annex.',
      '👁 8.3K   11:15',
      'Comment · 212',
    ].join('\n');
    expect(read(text).genre.genre).toBe('social');
    expect(quotes(text)).toEqual([
      ['The revised text has still not reached Kessel, whatever is said in Fjellby.', 'kostal'],
      [
        'The council will answer within the week, once the engineers have read the annex.',
        "Consell d'Arvenia",
      ],
    ]);
  });

  it('reads no story with a link under its headline as a channel', () => {
    const text = [
      'Talks In Fjellby Stall',
      'example.com/news/fjellby',
      '9 comments',
      'The delegations left Fjellby on Monday without a date for the next round, officials said.',
    ].join('\n');
    expect(read(text).genre.genre).not.toBe('social');
  });
});
