// Claims about the order of signature are linked only as one text's order: two texts named
// apart (a past convention, the accord now negotiated) have two orders, and a place in a line
// to sign something that is no text ("the last to sign the visitors' book"), another verb ("sign
// up") or a compound ("second-hand") is no order at all. Invented sentences about the
// Arvenia–Torvania talks.
import { describe, expect, it } from 'vitest';
import { linkSources } from '../../src/evidence/link.ts';
import { readSigningOrder } from '../../src/evidence/signingOrder.ts';
import { doc } from './linkedDocs.ts';
import { roster } from './roster.ts';

const orderLinks = (a: string, b: string) =>
  linkSources([doc('a', a), doc('b', b)], roster)
    .links.map((l) => l.reason)
    .filter((r) => r.startsWith('the order of signature'));

describe('one order of signature is one text’s', () => {
  it('links parts of one order, and says which parts', () => {
    expect(
      orderLinks(
        'Arvenia will be the second to sign the Kessel Accord, a ministry note says.',
        'Torvania is to sign the Kessel accord first, Envoy Lind told the press in Fjellby.',
      ),
    ).toEqual(['the order of signature: a later place, torvania first']);
  });

  it('does not link the orders of two texts named apart', () => {
    expect(
      orderLinks(
        'Norland was the fourth to sign the 1994 fisheries convention, the archive recalls.',
        'Torvania is to sign the Kessel accord first, Envoy Lind told the press in Fjellby.',
      ),
    ).toEqual([]);
  });

  it('reads no place from a compound, another verb, a past time or a book that is no text', () => {
    for (const text of [
      'Kostal signed second-hand prints of the old map for the visitors.',
      'Berg was the last to sign up for the panel on river law.',
      'The text Norland signed last, in 2017, dealt with the bridge tolls.',
      'Dahl was the third to sign the visitors’ book at the reception in Kessel.',
    ])
      expect(readSigningOrder(text, roster), text).toBeUndefined();
    expect(readSigningOrder('Norland was the third to sign the accord.', roster)).toEqual({ placed: true });
  });
});
