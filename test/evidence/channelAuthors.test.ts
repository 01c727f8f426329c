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
      'Drava River Movement (Official Channel) ✔',
      'Channel · 21,400 subscribers',
      'Pinned message',
      ...posts,
      'Comments are off in this channel.',
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

  it("keeps a post with no author line over it as the channel's, an author line under it as chrome", () => {
    const text = channel(
      'We will meet the envoy again this week.',
      'Mira Kostal · Admin',
      '09:12',
      '👁 12.1K   ❤️ 840   Share',
    );
    expect(quotes(text)).toEqual([['We will meet the envoy again this week.', 'Drava River Movement']]);
  });

  it("reads a web page's byline after a bar as the post's words, not as the app's author line", () => {
    const text = channel(
      'Mira Kostal | Editor',
      'We will meet the envoy again this week, and the text goes with us.',
      '09:12',
      '👁 12.1K   ❤️ 840   Share',
    );
    expect(quotes(text).map(([, who]) => who)).toEqual(['Drava River Movement']);
  });

  it("keeps a heading that holds an app's word as the post's, and drops the app's own name", () => {
    const text = channel(
      'Our Signal to Torvania',
      'We will sign nothing we have not read, and we have read nothing yet.',
      '09:12',
      '👁 12.1K   ❤️ 840   Share',
    );
    expect(quotes(text)).toEqual([
      [
        'Our Signal to Torvania We will sign nothing we have not read, and we have read nothing yet.',
        'Drava River Movement',
      ],
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
      'Visible to all followers',
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

describe('a dash closing a post that signs no one', () => {
  const channel = (...posts: string[]) =>
    [
      'Office of the Special Envoy of Norland ✓',
      'Channel · 8.2K followers',
      'Follow | Mute | Share',
      ...posts,
      'Visible to all followers',
    ].join('\n\n');

  it("keeps a post closed by its state, a credit or a place as the channel's, a person's name as theirs", () => {
    const text = channel(
      'The delegations left without a date for the next round. — Developing\n09:14\n👍 2.1K',
      'The talks resume in Fjellby on Monday morning. — Kessel\n10:14\n👍 1.1K',
      'The annex was handed over in the afternoon. — Reuters\n11:14\n👍 900',
      'We asked for the text and we still wait for it. — Henrik Dahl\n12:14\n👍 40',
    );
    const envoy = 'Office of the Special Envoy of Norland';
    expect(quotes(text)).toEqual([
      ['The delegations left without a date for the next round.', envoy],
      ['The talks resume in Fjellby on Monday morning.', envoy],
      ['The annex was handed over in the afternoon.', envoy],
      ['We asked for the text and we still wait for it.', 'dahl'],
    ]);
  });

  it("keeps a post's words its account holder's when a status word closes them", () => {
    const text = [
      'Mira Kostal @mkostal · 9 Mar',
      'No signature from us on pages we were never shown, whatever Fjellby says. — Live',
      '12:04 PM · Mar 9, 2031',
      '120 Reposts 400 Likes',
    ].join('\n');
    expect(quotes(text).map(([, who]) => who)).toEqual(['kostal']);
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
