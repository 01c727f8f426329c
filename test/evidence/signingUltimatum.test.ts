// A party's ultimatum on signing ("together, or not at all") is the condition it sets, not the order
// it reports: it gives no reading of the parties signing at one time, and is no flag against an
// order another source says was agreed. Told as the order, signing at one time still is. Invented
// sentences about the Arvenia–Torvania talks.
import { describe, expect, it } from 'vitest';
import { readSigningOrder } from '../../src/evidence/signingOrder.ts';
import { doc, kinds } from './linkedDocs.ts';
import { roster } from './roster.ts';

describe('an ultimatum on signing', () => {
  it('reads no order of signature at one time', () => {
    expect(
      readSigningOrder('We will sign on the same day as Torvania, or not at all.', roster),
    ).toBeUndefined();
    expect(
      readSigningOrder('Either we sign side by side with them, or we do not sign.', roster),
    ).toBeUndefined();
  });
  it('is no flag against an order said to be agreed', () => {
    expect(
      kinds(
        doc('a', 'In Fjellby it was agreed that Arvenia signs first, a diplomat said.'),
        doc(
          'b',
          'Torvania told the mediator in Fjellby: we sign together with Arvenia, side by side, or we do not sign.',
        ),
      ),
    ).toEqual([]);
  });
  it('still reads signing at one time told as the order', () => {
    expect(readSigningOrder('The two parties will sign on the same day, the mediator said.', roster)).toEqual(
      {
        together: true,
      },
    );
  });
});
