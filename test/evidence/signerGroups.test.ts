// Who the order of signature names as first signer: the parties as one group name none of
// themselves, two parties joined as one subject neither, a capital where something was agreed is
// no antecedent of "it", and "A first, B second" after "in the order agreed" is a list. Invented
// sentences about the Arvenia–Torvania talks, in the house styles of a communiqué, a factbox, a
// presidency statement and a wire.
import { describe, expect, it } from 'vitest';
import { readSigningOrder } from '../../src/evidence/signingOrder.ts';
import { doc, kinds } from './linkedDocs.ts';
import { roster } from './roster.ts';

describe('signers as a group, and the place beside "it"', () => {
  it('reads no first signer in the parties signing first as a group, and links it to the order', () => {
    expect(
      readSigningOrder(
        'The Ministers noted the understanding that an agreement would be signed first by the two Parties, followed by Norland as facilitator and by the Union as guarantor.',
        roster,
      ),
    ).toEqual({ partiesFirst: true });
    expect(
      readSigningOrder(
        'Ministers agreed the accord would be signed first by both parties, then by Norland.',
        roster,
      )?.first,
    ).toBeUndefined();
    expect(
      kinds(
        doc(
          'a',
          'EU Council conclusions: the accord is to be signed first by the parties, followed by Norland as mediator.',
        ),
        doc(
          'b',
          'At Fjellby, the parties also agreed on the order of signature: Arvenia will sign first, followed by Torvania.',
        ),
      ),
    ).toEqual([]);
  });

  it('reads no one first signer in two parties joined as a subject', () => {
    expect(
      readSigningOrder(
        'Officials said Arvenia and Torvania would sign first, followed by Norland and the Union.',
        roster,
      )?.first,
    ).toBeUndefined();
    expect(
      readSigningOrder(
        'Arvenia and Torvania will sign first, then Norland as witness, a NATO official said.',
        roster,
      )?.first,
    ).toBeUndefined();
  });

  it('takes "it" back to the party that says so, not to the capital where the order was agreed', () => {
    expect(
      readSigningOrder(
        '* Torvania says the parties agreed in Fjellby that it would sign first, followed by Arvenia, with Norland as witness.',
        roster,
      )?.first,
    ).toBe('torvania');
    expect(
      readSigningOrder('Arvenia insists the delegations agreed at Fjellby that it will sign first.', roster)
        ?.first,
    ).toBe('arvenia');
    expect(
      readSigningOrder('Norland handed the floor to Torvania, which said it would sign first.', roster)
        ?.first,
    ).toBe('torvania');
  });

  it('reads "A first, B second" after the order agreed, and gives one flag against a party’s own order', () => {
    expect(
      readSigningOrder(
        'The signing is still planned for 21 April in Fjellby, in the order agreed by the delegations: Torvania first, Arvenia second, with Norland signing as witness.',
        roster,
      )?.first,
    ).toBe('torvania');
    expect(
      kinds(
        doc(
          'a',
          'Kostal said that, as the party which has suffered the most, Arvenia will sign first, followed by Torvania.',
        ),
        doc(
          'b',
          'The signing is planned in Fjellby, in the order agreed by the delegations: Torvania first, Arvenia second.',
        ),
        doc(
          'c',
          'The Minister confirmed that Torvania will sign the agreement first, in line with the order agreed in Fjellby.',
        ),
      ),
    ).toHaveLength(1);
  });
});
