// Every claim about one text's order of signature is one thing: a first signer, a later place
// in the order, signing at one time, and whether the order is settled are linked to each other,
// not only to a claim of their own kind. Invented sentences about the Arvenia–Torvania talks.
import { describe, expect, it } from 'vitest';
import { linkSources } from '../../src/evidence/link.ts';
import { readSigningOrder } from '../../src/evidence/signingOrder.ts';
import { doc } from './linkedDocs.ts';
import { roster } from './roster.ts';

const reasons = (a: string, b: string) =>
  linkSources([doc('a', a), doc('b', b)], roster).links.map((l) => l.reason);
const ORDER = 'the order of signature: arvenia first, the order settled';
const PLACED_OPEN = 'the order of signature: a later place, the order open';

describe('one order of signature told by its parts', () => {
  it('links a first signer to the order said to be settled, and a later place to the order left open', () => {
    expect(
      reasons(
        'Under the Kessel protocol Arvenia will sign the accord first, with Norland as witness.',
        'A Union diplomat told reporters that the delegations had agreed the order of signature in Fjellby.',
      ),
    ).toContain(ORDER);
    expect(
      reasons(
        'Speaking in the chamber, Dahl said Torvania signs fourth, after the three river states.',
        'The question of who signs first remains open, a Norland envoy said on Tuesday.',
      ),
    ).toContain(PLACED_OPEN);
  });

  it('reads a place after the first, and not an ordinal of what is signed', () => {
    for (const text of [
      'Torvania will sign last, after the guarantors.',
      'Norland was the second to sign the accord in Fjellby.',
    ])
      expect(readSigningOrder(text, roster), text).toEqual({ placed: true });
    for (const text of [
      'Torvania signed the second protocol on the Vell in May.',
      'Arvenia will sign last year’s text on the dam again.',
      'The ministers met a second time before the signing in Kessel.',
    ])
      expect(readSigningOrder(text, roster), text).toBeUndefined();
  });

  it('does not link an order to a signing that tells no order', () => {
    expect(
      reasons(
        'Arvenia will sign the accord first, followed by Torvania.',
        'The accord will be signed in Kessel on 20 March in the presence of the Union.',
      ).filter((r) => r.startsWith('the order of signature')),
    ).toEqual([]);
  });
});
