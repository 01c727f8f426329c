// A day after the recipients that belongs to another predicate of the sentence — a session the
// text will be discussed at, talks it was sent ahead of — is that event's day, not the day the
// text was given. Invented lines of the Arvenia–Torvania talks.
import { describe, expect, it } from 'vitest';
import { receiptOf } from '../../src/evidence/receipt.ts';
import { sentencePassage } from './linkedDocs.ts';
import { roster } from './roster.ts';

const givenOn = (text: string) => receiptOf(sentencePassage(text, '2031-03-06'), roster)?.givenOn;

describe('the day a text was given, not a later event’s', () => {
  it('still reads the day that follows the recipients directly', () => {
    expect(givenOn('The new draft went out to Arvenia and Torvania on the morning of 3 March.')).toBe(
      '2031-03-03',
    );
    expect(givenOn('The mediators sent on 2 March to both delegations a shorter text.')).toBe('2031-03-02');
  });

  it('leaves the day of a session, talks or signing that another predicate tells', () => {
    for (const text of [
      'Their latest text was sent to both delegations in Kessel and will be debated at the plenary on 9 March.',
      'Envoy Vik sent the paper to Arvenia and Torvania for their remarks before talks reopen in Fjellby on 11 March.',
      'The shorter text was given to both delegations ahead of the signing planned for 20 March.',
    ])
      expect(givenOn(text), text).toBeUndefined();
  });
});
