// A channel's post copied from Telegram or a Facebook page: the name over the header's lines (its
// subscribers, "Official channel", a forward's origin), the post, and the footer that counts its views
// with the time. Texts invented for the test, about the negotiation of test/evidence/roster.ts.
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
    .map((q) => [q.data.words, q.speaker?.personId ?? q.speaker?.name, q.speaker?.partyId]);

describe("a channel's post", () => {
  it("reads a ministry's Telegram post, its time in the footer, as the ministry's words", () => {
    const text = [
      'Ministry of Foreign Affairs of Arvenia 🇦🇷\nOfficial channel',
      '🔹On the talks in Fjellby',
      'Today the delegations of Arvenia and Torvania met in Fjellby for a second day.',
      'The Ministry will inform about the next round.',
      '#Arvenia #Fjellby',
      '👁 12.4K  edited  18:05',
    ].join('\n\n');
    expect(read(text).genre.genre).toBe('social');
    const [post] = quotes(text);
    expect(post?.[0]).toMatch(/^🔹On the talks in Fjellby Today the delegations .* next round\./);
    expect(post?.slice(1)).toEqual(['Ministry of Foreign Affairs of Arvenia', 'arvenia']);
  });

  it("gives a forwarded post to the channel it came from, dated by the footer's stamp", () => {
    const text = [
      'Arvenian Government | Official\nForwarded from Mira Kostal',
      'We have read the text. Our answer will be ready when the work is finished, and not before.',
      '👁 48.2K  10.03.2031 19:22',
    ].join('\n\n');
    const doc = read(text);
    expect(doc.meta.date).toBe('2031-03-10');
    expect(quotes(text).map((q) => q[1])).toEqual(['kostal']);
  });

  // A comment under the post is its commenter's words, not the page's (replyComments.ts).
  it("ends a Facebook page's post at its counts and gives a comment under it to its commenter", () => {
    const text = [
      'Mira Kostal\n21 March 2031 at 19:47 · 🌍',
      'Dear friends! Today in Fjellby our delegation initialled the text. Thank you to everybody who worked day and night.',
      '👍❤️ 18K      2.4K comments   3.1K shares',
      '👍 Like   💬 Comment   ↗ Share',
      'Most relevant ▾',
      'Anna Berg\nWell done, at last\nLike · Reply · 2h',
    ].join('\n\n');
    expect(quotes(text)).toEqual([
      [
        'Dear friends! Today in Fjellby our delegation initialled the text. Thank you to everybody who worked day and night.',
        'kostal',
        'arvenia',
      ],
      ['Well done, at last', 'Anna Berg', undefined],
    ]);
  });

  it("reads a channel whose name stands over its audience, its header taken as the title, and the app's notes after the counts", () => {
    const text = [
      'Kostal | President\nchannel · 52 104 subscribers',
      '📌 Pinned message',
      '3 April 2031',
      'Today in Fjellby the two delegations agreed the order of the river talks. We will answer the mediator within a week.',
      '👁 22.1K   edited 10:15',
      'Translated from Arvenian. Translation may be inaccurate.',
    ].join('\n\n');
    expect(read(text).genre.genre).toBe('social');
    const [post, ...rest] = quotes(text);
    expect(rest).toEqual([]);
    expect(post?.[0]).toBe(
      'Today in Fjellby the two delegations agreed the order of the river talks. We will answer the mediator within a week.',
    );
    expect(post?.[1]).toBe('kostal');
  });

  it("reads a channel's dated posts one under another, a forward's and a lead's words as the named one's", () => {
    const text = [
      'Channels',
      'Office of the President of Arvenia ✓\nChannel · 12.5K followers\nFollow   Mute   Share',
      'Messages from this channel are not end-to-end encrypted.',
      'MONDAY 7 APRIL',
      'The President met the Special Envoy of Norland in Kessel this morning. The two discussed the river annex.\n09:40\n👍 310  ❤️ 25',
      'WEDNESDAY 9 APRIL',
      'Forwarded\nFrom the chief of staff: The delegation will travel to Fjellby on Friday for the third round.\n14:02\n👍 120',
      'The President: "We will not sign a text that we have not read."\n16:30\n👍 900  ❤️ 41',
      'This channel was created by the Office of the President of Arvenia.',
    ].join('\n\n');
    expect(read(text).genre.genre).toBe('social');
    expect(quotes(text).map((q) => [q[0], q[1] === 'kostal' || q[1] === 'melnyk' ? q[1] : q[2]])).toEqual([
      [
        'The President met the Special Envoy of Norland in Kessel this morning. The two discussed the river annex.',
        'arvenia',
      ],
      ['The delegation will travel to Fjellby on Friday for the third round.', 'melnyk'],
      ['We will not sign a text that we have not read.', 'kostal'],
    ]);
  });

  it('keeps a lead that names no one known as the channel’s words, and reads no story as a channel', () => {
    const lead = [
      'Ministry of Foreign Affairs of Arvenia\nChannel · 9.1K followers',
      'Our position: "We stay at the table until the text is done."\n11:20\n👁 4.2K',
    ].join('\n\n');
    expect(quotes(lead).map((q) => q[2])).toEqual(['arvenia']);
    expect(quotes(lead)[0]?.[0]).toMatch(/^Our position:/);
    const story = [
      'Talks Resume In Fjellby',
      'The delegations of Arvenia and Torvania met again on Monday, officials said.',
      'Translated from Arvenian. Translation may be inaccurate.',
    ].join('\n\n');
    expect(read(story).genre.genre).not.toBe('social');
  });
  it("reads a channel whose posts each close on their time, the app's badge note and buttons after the last counts", () => {
    const text = [
      'Messenger\nChannels',
      'Mira Kostal ✓\nChannel · 52.3K followers\nEnvoy of Arvenia. Official channel.',
      'Monday 10 March 2031',
      'We met the Norland envoy today for an hour. The annex is still open, and so is our door.\n18:40',
      '👍 1.1K   ❤️ 230   🙏 41',
      'Tuesday 11 March 2031',
      'The third round starts on Friday in Fjellby. The delegation leaves tomorrow.\n09:15',
      '👍 2.4K   ❤️ 310',
      'This channel has been verified by the app. Learn more',
      'Follow   Share   Mute',
    ].join('\n\n');
    expect(read(text).genre.genre).toBe('social');
    expect(quotes(text).map((q) => q[1])).toEqual(['kostal', 'kostal']);
  });
});
