// A denial told of a text named with "a" ("we will not sign a text our delegation has not seen")
// says what kind of text a party would refuse, not that it lacks the one given: no party's
// receipt is denied, so a mediator's word that it went to both delegations stands unflagged.
// Said of the text itself ("our delegation has not seen the revised text"), it is a denial.
import { describe, expect, it } from 'vitest';
import { passagesOf } from '../../src/evidence/passages.ts';
import { receiptOf } from '../../src/evidence/receipt.ts';
import { doc, kinds } from './linkedDocs.ts';
import { roster } from './roster.ts';

const denied = (text: string) =>
  passagesOf(doc('a', text, 'news', '2031-03-12'), roster).flatMap((p) => [
    ...(receiptOf(p, roster)?.hasNot ?? []),
  ]);

const MEDIATOR = doc(
  'a',
  'Envoy Dahl said the revised framework went out to each delegation on 9 March.',
  'readout',
  '2031-03-09',
);

describe('a denial told of a text named with "a"', () => {
  it('denies no receipt where the text is one of a kind', () => {
    expect(denied('Surin said Torvania will not sign a text that its delegation has not seen.')).toEqual([]);
    expect(denied('Torvania cannot be asked to approve a plan it has never been shown, Surin said.')).toEqual(
      [],
    );
    const speech = doc(
      'b',
      'Surin said Torvania will not sign a text that its delegation has not seen.',
      'news',
      '2031-03-12',
    );
    expect(kinds(MEDIATOR, speech)).toEqual([]);
  });

  it('still reads a denial of the text itself', () => {
    expect(denied('Surin said the Torvanian delegation has not seen the revised framework.')).toEqual([
      'torvania',
    ]);
    expect(denied('Torvania said its delegation has still not been shown a revised draft.')).toEqual([
      'torvania',
    ]);
  });
});
