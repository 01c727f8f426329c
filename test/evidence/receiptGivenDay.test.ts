// The day a text was given, where the sentence that gives it puts a clock time written with a
// stop ("at 21.40"), a long list of recipients, or the sender's office between the verb and the
// day: a party that says, days later, it was never sent the text is set against that day.
// Invented lines of the Arvenia–Torvania talks.
import { describe, expect, it } from 'vitest';
import { receiptOf } from '../../src/evidence/receipt.ts';
import { doc, kinds, sentencePassage } from './linkedDocs.ts';
import { roster } from './roster.ts';

const read = (text: string) => {
  const r = receiptOf(sentencePassage(text, '2031-03-06'), roster);
  return r && { has: [...r.has].sort(), givenOn: r.givenOn };
};

describe('the day a text was given', () => {
  it('reads the day past a clock time written with a stop', () => {
    expect(
      read('The revised draft was sent by secure mail to both delegations at 21.40 on 4 March.'),
    ).toEqual({
      has: ['all'],
      givenOn: '2031-03-04',
    });
  });

  it('reads the day after a long list of recipients', () => {
    expect(
      read(
        'Envoy Dahl briefed the cabinet on the revised text, which Dahl’s team transmitted to the ministries of foreign affairs in both Arvenia and Torvania on the evening of 4 March.',
      ),
    ).toEqual({ has: ['arvenia', 'torvania'], givenOn: '2031-03-04' });
  });

  it('reads the recipients after the sender’s office', () => {
    expect(
      read('The revised draft was sent by the presidency’s office to all the delegations on 4 March.'),
    ).toEqual({
      has: ['all'],
      givenOn: '2031-03-04',
    });
  });

  it('reads no day of another clause, nor a sender who is no office', () => {
    expect(read('The revised draft was sent to both delegations; the talks resume on 9 March.')).toEqual({
      has: ['all'],
      givenOn: undefined,
    });
    expect(read('The draft was sent by the two sides to the printers.')).toBeUndefined();
    expect(
      read('The revised draft was sent to both delegations at 21.40. On 9 March the talks resume.'),
    ).toEqual({
      has: ['all'],
      givenOn: undefined,
    });
    expect(
      read(
        'Envoy Dahl briefed the cabinet on the revised text, which Dahl’s team transmitted to the ministries of foreign affairs in both Arvenia and Torvania, who must reply by 9 March.',
      ),
    ).toEqual({ has: ['arvenia', 'torvania'], givenOn: undefined });
  });

  it('flags a party that says it was never sent the text given days before', () => {
    const readout = doc(
      'a',
      'The new text was e-mailed to both delegations at 21.40 on 4 March, the mediators said.',
      'readout',
      '2031-03-10',
    );
    const post = doc(
      'b',
      'Torvania has not been sent the revised text, Pavel Surin said.',
      'news',
      '2031-03-06',
    );
    expect(kinds(readout, post)).toEqual(['status ab']);
  });
});
