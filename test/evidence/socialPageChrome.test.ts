// A social page copied from its window in two more platforms' styles: a header whose bio after the
// handle runs long, counts written button first ("Repost 1.2K  Like 3.4K  Comment 41  Share"), a
// "Show more replies" over the site's footer; comments whose commenter's line carries the time
// ("Ada Lind · 23:20") and no row of buttons. Near misses: a line of words and numbers that is a
// sentence, a single byline over a time. Every text is invented.
import { describe, expect, it } from 'vitest';
import { quotesRead } from './quotesRead.ts';

const quotes = (text: string, name = 'social-thread.txt') => quotesRead(text, name, 40);

describe('a thread whose headers carry a long bio and whose counts put the word first', () => {
  const thread = [
    'Ripple',
    '',
    'Ada Lind ✓ @AdaLind_Envoy · Special Envoy of Norland for the Fjellby Talks',
    'Mar 3, 2031 · 08:14',
    'The annex went to both delegations on Friday evening. Nobody will sign a page unread.',
    'Repost 1.2K   Like 3.4K   Comment 412   Share',
    '',
    'Per Holm ✓ @PerHolm_MFA · Deputy Minister of Foreign Affairs, Kingdom of Estmark',
    'Mar 3, 2031 · 09:02',
    'We never received that annex, and the order of signatures is not settled either.',
    'Repost 388   Like 901   Comment 97   Share',
    '',
    'Show more replies',
    '',
    'Download Ripple · Terms · Privacy · Help · © 2031 Ripple Social',
  ].join('\n');

  it('reads each post as its account’s, without the counts or the footer', () => {
    expect(quotes(thread)).toEqual([
      ['Ada Lind', 'The annex went to both delegations on Fr'],
      ['Per Holm', 'We never received that annex, and the or'],
    ]);
    const words = quotesRead(thread, 'social-thread.txt', 400).map(([, w]) => String(w));
    expect(words.some((w) => /Repost|Like \d|Download|Show more/.test(w))).toBe(false);
  });

  it('keeps a sentence of words and numbers in the post', () => {
    const post = [
      'Ada Lind ✓ @AdaLind_Envoy · Special Envoy of Norland',
      'Mar 3, 2031 · 08:14',
      'Round 3 ended today. Article 12 stays open.',
    ].join('\n');
    expect(quotes(post)).toEqual([['Ada Lind', 'Round 3 ended today. Article 12 stays op']]);
  });
});

describe('comments under commenters’ lines that carry the time', () => {
  const page = [
    'NETWORK',
    'Home · Feed · Groups · Messages',
    '',
    'Ada Lind ✔',
    '@AdaLindNO · Special Envoy of Norland',
    '3 Mar 2031 at 21:14 · Public',
    '',
    'Tonight the other side called me. We agreed that the delegations meet again, and nothing else.',
    '',
    'Class 3.4K · Comments 612 · Share 1.1K',
    '',
    'Comments',
    'Mira Kovan · 21:20',
    'Keep going. The annex matters more than the date.',
    '',
    'Tomas Weil · 21:26',
    'So who called whom? The ministry says the opposite.',
    '',
    '  Ada Lind ✔ · 21:31',
    '  They called me. Ask them for the log.',
    '',
    'Show more comments (44)',
    '',
    'About · Help · Terms · Privacy · Network 2031',
  ].join('\n');

  it('reads the post as the account’s and each comment as its commenter’s', () => {
    expect(quotes(page)).toEqual([
      ['Ada Lind', 'Tonight the other side called me. We agr'],
      ['Mira Kovan', 'Keep going. The annex matters more than '],
      ['Tomas Weil', 'So who called whom? The ministry says th'],
      ['Ada Lind', 'They called me. Ask them for the log.'],
    ]);
  });

  it('reads no comment under a single byline over a time', () => {
    const post = [
      'Ada Lind ✔',
      '@AdaLindNO · Special Envoy of Norland',
      '3 Mar 2031 at 21:14 · Public',
      '',
      'Tonight the other side called me, and we agreed to meet.',
      '',
      'Per Holm · 21:20',
      'He has not called anyone, as far as I know.',
    ].join('\n');
    expect(quotes(post).map(([who]) => who)).not.toContain('Per Holm');
  });
  it('reads a post’s own lines of a name and a time, its programme, as the post’s words', () => {
    const post = [
      'Estmark Foreign Office @EstmarkFO · 3h',
      'On Thursday in Kessel, the day of the border talks:',
      '',
      'Morning Welcome · 09:00',
      'The host minister greets both delegations.',
      '',
      'Working Lunch · 12:30',
      'Experts go through the map of the crossings.',
      '',
      'Evening Press Briefing · 18:00',
      'The two chief negotiators take questions.',
    ].join('\n');
    const read = quotesRead(post, 'social-post.txt', 400);
    expect(read.map(([who]) => who)).not.toContain('Working Lunch');
    expect(read.some(([, words]) => String(words).includes('take questions'))).toBe(true);
  });
});
