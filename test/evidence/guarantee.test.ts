// Who a passage says guarantees the deal, and a guarantor named only for its place among the
// signers, which tells the order of signature, not the role. Invented sentences about the
// Arvenia–Torvania talks.
import { describe, expect, it } from 'vitest';
import { guarantorOf } from '../../src/evidence/guarantee.ts';
import { linkSources } from '../../src/evidence/link.ts';
import { doc } from './linkedDocs.ts';
import { roster } from './roster.ts';

describe('the guarantor of the deal', () => {
  it('reads the role in many words', () => {
    for (const text of [
      'The Union stands ready to act as guarantor of the river accord.',
      'Ministers welcomed the role of the Union as guarantor.',
      'The Union will sign the river accord as guarantor next week.',
      'Norland thanked the Union for its role as guarantor of the river accord, signed last Tuesday.',
    ])
      expect(guarantorOf(text, roster), text).toBe('union');
  });

  it('reads a guarantor given its place among the signers as no role told', () => {
    for (const text of [
      'Arvenia signs first, then Torvania, with Norland as witness and the Union as guarantor.',
      'The draft clauses foresee signature by the two parties, followed by the Union as guarantor.',
      'Arvenia first, Torvania second, and the Union last, as guarantor.',
    ])
      expect(guarantorOf(text, roster), text).toBeUndefined();
  });

  it('links two readinesses to guarantee, not an order of signature set against one', () => {
    const reasons = (a: string, b: string) =>
      linkSources(
        [doc('a', a, 'news', '2031-03-05'), doc('b', b, 'readout', '2031-03-06')],
        roster,
      ).links.map((l) => l.reason);
    const ready = 'The Union said on Monday it stands ready to act as guarantor of the river accord.';
    expect(
      reasons(ready, 'Norland welcomed the readiness of the Union to be guarantor, its envoy said.'),
    ).toContain('union as guarantor');
    expect(
      reasons(ready, 'The parties sign first, then Norland as witness and the Union last, as guarantor.'),
    ).not.toContain('union as guarantor');
  });
});
