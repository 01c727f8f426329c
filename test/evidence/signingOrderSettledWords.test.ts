// Whether the order of signature is settled, in two more wordings: the order as the object of
// the verb that settles it ("the parties agreed the order of signature: …"), and the order still
// talked over ("is being discussed", "there is still work going on, including on the order of
// signature"). Invented lines of the Arvenia–Torvania talks.
import { describe, expect, it } from 'vitest';
import { readSigningOrder } from '../../src/evidence/signingOrder.ts';
import { doc, kinds } from './linkedDocs.ts';
import { roster } from './roster.ts';

describe('the order of signature settled or still talked over', () => {
  it('reads "agreed the order of signature" as settled, and "have not agreed" as open', () => {
    expect(
      readSigningOrder('The delegations agreed the order of signature: Arvenia, then Torvania.', roster)
        ?.settled,
    ).toBe(true);
    expect(
      readSigningOrder('The delegations have not agreed the order of signature, officials said.', roster)
        ?.settled,
    ).toBe(false);
  });

  it('reads the order "being discussed" or with "still work going on" as open', () => {
    expect(
      readSigningOrder('The order of signature is being discussed between the two sides.', roster)?.settled,
    ).toBe(false);
    expect(
      readSigningOrder(
        "There's still work going on between the sides, including on the order of signature.",
        roster,
      )?.settled,
    ).toBe(false);
    // Work on something else, said beside an order agreed, leaves the order settled.
    expect(
      readSigningOrder('The delegations agreed the order of signature; work continues on the annex.', roster)
        ?.settled,
    ).toBe(true);
  });

  it('flags a release that says the order was agreed against a statement that says it was not', () => {
    const agreed = doc(
      'a',
      'The delegations agreed the order of signature: Arvenia, then Torvania, with Norland signing as witness.',
      'press-release',
      '2031-03-05',
    );
    const open = doc(
      'b',
      'The Ministers noted that the order of signature has not been agreed and should be settled before any signing.',
      'joint-statement',
      '2031-03-06',
    );
    expect(kinds(agreed, open)).toEqual(['status ab']);
  });
});
