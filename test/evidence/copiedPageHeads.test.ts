// A post copied from its page whole: the site's name, its menu and a link back to the feed over the
// account ("Home · Search · Messages", "← Post"), the platform's own name for its acts in the counts
// ("ReLines"), and a professional network's thread where the author answers under a job title and
// a button counts its likes ("Like · 12 | Reply"). Near misses: a menu-like line that is a sentence,
// a line of counts that says something. Every text is invented.
import { describe, expect, it } from 'vitest';
import { isCountsLine } from '../../src/evidence/postChrome.ts';
import { isSiteChrome } from '../../src/evidence/posts.ts';
import { isReplyRow } from '../../src/evidence/replyComments.ts';
import { quotesRead } from './quotesRead.ts';

const quotes = (text: string) => quotesRead(text, 'post.txt', 40);

describe("a post under its site's menu and a link back", () => {
  const page = [
    'Riverline',
    'Home · Explore · Alerts · Messages · Lists · Profile',
    '',
    '← Post',
    '',
    'Ada Berg',
    '@AdaBergVell',
    '',
    'The river accord is SIGNED OFF, a big day for the growers! We sign in Fjellby on the 15th.',
    '',
    'Apr 05, 2031, 7:48 AM',
    '',
    '1.1k Replies · 3.2k ReRiver · 9.9k Likes',
    '',
    'Jon Ekdal',
    '@jon_ekdal · Apr 05, 2031',
    'Replying to @AdaBergVell',
    'Signed with whom? Drava has not seen the text.',
    '',
    '4 Replies · 12 ReRiver · 88 Likes',
  ].join('\n');

  it("reads the account's post and the reply, without the menu or the counts", () => {
    expect(quotes(page)).toEqual([
      ['Ada Berg', 'The river accord is SIGNED OFF, a big da'],
      ['Jon Ekdal', 'Signed with whom? Drava has not seen the'],
    ]);
  });

  it('tells a menu and a link back from a sentence', () => {
    expect(isSiteChrome('Home · Explore · Alerts · Messages')).toBe(true);
    expect(isSiteChrome('Home   My Network   Jobs   Messaging')).toBe(true);
    expect(isSiteChrome('← Post')).toBe(true);
    expect(isSiteChrome('Arvenia · Torvania · Norland agreed the text on Friday.')).toBe(false);
    expect(isSiteChrome('← see the river chapter for the details')).toBe(false);
  });

  it("counts a platform's own acts beside a reader's usual one, and no sentence", () => {
    expect(isCountsLine('4 Replies · 12 ReRiver · 88 Likes')).toBe(true);
    expect(isCountsLine('40 Boosts 12 Hearts')).toBe(false);
    expect(isCountsLine('12 boats and 40 nets were lost, Likes said')).toBe(false);
  });
});

describe("a professional network's thread", () => {
  it("skips the author's job title over the age, and a button's count before the reply", () => {
    const page = [
      'Vellnet',
      'Home   My Network   Jobs   Messaging   Notifications',
      '',
      'Ingrid Solberg • 2nd',
      'Chief Negotiator, Ministry of Foreign Affairs of Norland | Chair, Vell River Talks',
      '1d • Edited •',
      '',
      'A long day in Fjellby. Both delegations have the nine points, and we will meet again on Monday.',
      '',
      '👍❤️ 210 · 31 comments · 12 reposts',
      'Like   Comment   Repost   Send',
      '',
      'Jon Ekdal • 3rd+',
      'Grower, Vell Basin',
      '1d',
      'With respect, the growers have not seen the nine points.',
      'Like · 14 | Reply · 2 Replies',
      '',
      'Ingrid Solberg Author',
      'Chief Negotiator, Ministry of Foreign Affairs of Norland | Chair, Vell River Talks',
      '1d',
      'Jon, the text goes to the growers on Friday.',
      'Like · 9 | Reply',
    ].join('\n');
    expect(quotes(page)).toEqual([
      ['solberg', 'A long day in Fjellby. Both delegations '],
      ['Jon Ekdal', 'With respect, the growers have not seen '],
      ['solberg', 'Jon, the text goes to the growers on Fri'],
    ]);
  });

  it('keeps a comment whose translation offer stands under its words', () => {
    const page = [
      'Jon Ekdal • 3rd+',
      'Grower, Vell Basin',
      '1d',
      'Signed already?',
      '',
      'Mia Holt',
      'Signed with whom? Drava says no.',
      'See translation',
      'Like · Reply · 2h',
    ].join('\n');
    expect(quotes(page)).toContainEqual(['Mia Holt', 'Signed with whom? Drava says no.']);
  });

  it('reads the reply button after a count of likes, not after a count of replies', () => {
    expect(isReplyRow('Like · 14 | Reply · 2 Replies')).toBe(true);
    expect(isReplyRow('14 | Reply')).toBe(false);
  });
});
