// One limit for attaining one thing, worded with two verbs ("agree a ceasefire by", "reaching a
// ceasefire by", "the deadline for a ceasefire"): one deadline, and two days given to it are a
// date contradiction. Doing something with the thing ("implement the ceasefire") is another act;
// a later day told once the first had passed is a new limit, unless a source tells the move.
import { describe, expect, it } from 'vitest';
import { doc, eventPairs, kinds } from './linkedDocs.ts';

describe('deadlines for attaining one thing, worded with two verbs', () => {
  it('links a gov.uk-style page and a ministry statement on one ceasefire deadline, and flags the days', () => {
    const govuk = doc(
      'govuk',
      'The parties must agree a ceasefire by 15 April.',
      'press-release',
      '2031-03-10',
    );
    const mfa = doc(
      'mfa',
      'Arvenia remains committed to reaching a ceasefire by 31 March.',
      'press-release',
      '2031-03-12',
    );
    expect(eventPairs([govuk, mfa])).toEqual(['govuk-mfa']);
    expect(kinds(govuk, mfa)).toEqual(['date govukmfa']);
  });

  it('links "the deadline for a truce" (wire) with "achieve a ceasefire by" (post)', () => {
    const wire = doc(
      'wire',
      'KESSEL, March 10 (Vell Wire) - The deadline for a truce is 15 April, a Norland diplomat said.',
      'news',
      '2031-03-10',
    );
    const post = doc('post', 'We aim to achieve a ceasefire by 31 March.', 'social', '2031-03-11');
    expect(eventPairs([wire, post])).toEqual(['post-wire']);
  });

  it('keeps apart agreeing a ceasefire and implementing it', () => {
    expect(
      eventPairs([
        doc('a', 'The parties must agree a ceasefire by 31 March.', 'readout', '2031-03-01'),
        doc('b', 'The ceasefire must be implemented by 30 April.', 'readout', '2031-03-05'),
      ]),
    ).toEqual([]);
  });

  it('keeps apart a limit and the later one told after it lapsed, unless a source tells the move', () => {
    const march = doc('march', 'The parties must agree a ceasefire by 31 March.', 'readout', '2031-03-01');
    const april = doc(
      'april',
      'Arvenia remains committed to reaching a ceasefire by 30 April.',
      'press-release',
      '2031-04-05',
    );
    expect(eventPairs([march, april])).toEqual([]);
    expect(kinds(march, april)).toEqual([]);
    const moved = doc(
      'moved',
      'The deadline for agreeing a ceasefire, originally 31 March, is now 30 April.',
      'news',
      '2031-04-05',
    );
    expect(eventPairs([march, moved])).toEqual(['march-moved']);
  });
});
