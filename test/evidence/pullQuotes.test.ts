// A post made of one quotation and its attribution is the quoted person's words, as a ministry's
// or a party's account posts its principal's: the dash after the marks ("— Minister Pavel Surin at
// today's briefing") or a colon before them ("FM Surin: "…""). A post of the account's own words,
// or one whose attribution names the account's institution, stays the account's. Invented posts.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/evidence/extract.ts';
import { roster } from './roster.ts';

const posts = (text: string) =>
  extractClaims(text, { roster, genre: 'social', published: '2031-03-10' }).flatMap((c) =>
    c.kind === 'quote' ? [[c.speaker?.personId ?? c.speaker?.name ?? null, c.text]] : [],
  );

describe('a post that quotes someone', () => {
  it.each([
    [
      'Torvania MFA @TorvaniaMFA · Mar 10, 2031\n\n"The so-called deadline of 31 March has no legal meaning." — Minister Pavel Surin at today\'s briefing',
      'surin',
      'The so-called deadline of 31 March has no legal meaning.',
    ],
    [
      'Arvenian Presidency @ArvPresidency · Mar 10, 2031\n\nPresident Kostal: "We will bring every one of our people home."',
      'kostal',
      'We will bring every one of our people home.',
    ],
    [
      'Norland Mission to the Union @NorlandEU · Mar 10, 2031\n\n"The parties must own this text." – Ambassador Lena Vos, speaking in the Council',
      'Lena Vos',
      'The parties must own this text.',
    ],
  ])('%s', (text, speaker, words) => {
    expect(posts(text)).toEqual([[speaker, words]]);
  });

  it.each([
    'Torvania MFA @TorvaniaMFA · Mar 10, 2031\n\nStatement of the Foreign Ministry: "We reject the so-called deadline of 31 March."',
    'Mira Kostal @MiraKostal · Mar 10, 2031\n\nGood call with Oleg Varin. We agreed to keep talking.',
    'Mira Kostal @MiraKostal · Mar 10, 2031\n\n"Nothing about us without us." — that is our principle, and it stays.',
  ])('stays the account’s when it is the account’s own: %s', (text) => {
    expect(posts(text)).toHaveLength(1);
    expect(posts(text)[0]![0]).not.toBe('surin');
    expect(posts(text)[0]![1]).toBe(text.slice(text.indexOf('\n\n') + 2));
  });
});
