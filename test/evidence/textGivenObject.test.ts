// A giving told with the text as the verb's object before its recipients ("Dahl sent the draft to
// both capitals", "we shared it with them") dates the giving as a passive does: another source's
// later day for that giving disagrees. A verb whose object is no text gives no text.
import { describe, expect, it } from 'vitest';
import { passagesOf } from '../../src/evidence/passages.ts';
import { receiptOf } from '../../src/evidence/receipt.ts';
import { doc, kinds } from './linkedDocs.ts';
import { roster } from './roster.ts';

const given = (text: string) => {
  const d = doc('a', text, 'readout', '2031-03-12');
  return passagesOf(d, roster)
    .map((p) => receiptOf(p, roster)?.givenOn)
    .find((x) => x !== undefined);
};

describe('the text as the object of a verb of giving', () => {
  it('reads the day of "sent the draft framework to both capitals"', () => {
    expect(given('Envoy Dahl sent the draft framework to both capitals on 9 March.')).toBe('2031-03-09');
    expect(given('The mediators handed the draft framework to the Torvanian delegation on 9 March.')).toBe(
      '2031-03-09',
    );
  });

  it('reads "shared it with" where the sentence before names the text', () => {
    expect(given('The revised text is ready. Envoy Dahl shared it with both capitals on 9 March.')).toBe(
      '2031-03-09',
    );
  });

  it('reads no giving of the text where the object is something else', () => {
    expect(
      given('Envoy Dahl sent his thanks to both capitals on 9 March for the revised text.'),
    ).toBeUndefined();
  });

  it('reads no giving of the text by "a draft", a text of its own', () => {
    expect(given('Arvenia sent a draft to the mediators on 9 March.')).toBeUndefined();
    expect(
      given('The revised text is ready. Arvenia sent a draft of its own to the mediators on 9 March.'),
    ).toBeUndefined();
  });

  it('flags no day for an onward giving by a recipient of the text', () => {
    const readout = doc(
      'a',
      'Envoy Dahl sent the revised framework to both delegations on 9 March, his office said.',
      'readout',
      '2031-03-12',
    );
    const onward = doc(
      'b',
      'KESSEL, March 14 (Norland Wire) - The Torvanian council read the revised text and sent it to its parliament on 12 March.',
      'news',
      '2031-03-14',
    );
    expect(kinds(readout, onward)).toEqual([]);
  });

  it('reads a day told right before the verb of giving', () => {
    expect(given('The revised framework yesterday was passed to the Torvanian delegation.')).toBe(
      '2031-03-11',
    );
    expect(given('The mediators on 9 March sent it to both capitals, with the revised text.')).toBe(
      '2031-03-09',
    );
  });

  it("reads no day before the verb that is another clause's", () => {
    expect(
      given('Talks opened on 2 March; later the revised framework was passed to the Torvanian delegation.'),
    ).toBeUndefined();
  });

  it('flags two days for the text given to one party', () => {
    const readout = doc(
      'a',
      'Envoy Dahl sent the revised framework to both delegations on 9 March, his office said.',
      'readout',
      '2031-03-12',
    );
    const wire = doc(
      'b',
      'KESSEL, March 14 (Norland Wire) - The revised text was handed to the Torvanian delegation on 12 March, its foreign ministry said.',
      'news',
      '2031-03-14',
    );
    expect(kinds(readout, wire)).toEqual(['date ab']);
  });
});
