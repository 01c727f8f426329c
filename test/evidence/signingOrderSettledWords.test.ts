// Whether the order of signature is settled, in two more wordings: the order as the object of
// the verb that settles it ("the parties agreed the order of signature: …"), and the order still
// talked over ("is being discussed", "still work under way, the signing order among it"), said of
// the order itself and not of another matter beside it. Invented lines of the Arvenia–Torvania talks.
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
        'Officials in Kessel say there is still work under way, not least on the order of signature.',
        roster,
      )?.settled,
    ).toBe(false);
    // Work on something else, said beside an order agreed, leaves the order settled.
    expect(
      readSigningOrder('The delegations agreed the order of signature; work continues on the annex.', roster)
        ?.settled,
    ).toBe(true);
    for (const other of [
      'Per Lind, who signs first was fixed a week ago; still work to be done on the fishing annex.',
      'The order of signature has been agreed: Arvenia, then Torvania. The maps are still being discussed.',
      'The order of signature is settled, but the water quotas are under negotiation in Fjellby.',
    ])
      expect(readSigningOrder(other, roster)?.settled, other).toBe(true);
  });

  it('reads no settled order where the agreeing is negated or called untrue', () => {
    expect(
      readSigningOrder('Kostal says the two capitals never agreed the order of signature at Kessel.', roster)
        ?.settled,
    ).toBeUndefined();
    expect(
      readSigningOrder("The delegations didn't agree the signing order before they left.", roster)?.settled,
    ).not.toBe(true);
    expect(
      readSigningOrder('Berg called it false that the envoys had agreed the order of signature.', roster)
        ?.settled,
    ).toBe(false);
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
      'Both foreign ministers said the signing order is not yet agreed and must be fixed first.',
      'joint-statement',
      '2031-03-06',
    );
    expect(kinds(agreed, open)).toEqual(['status ab']);
  });
});
