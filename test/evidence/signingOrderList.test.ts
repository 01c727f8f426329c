// The order of signature given as a list, without "first" ("order of signature agreed: Torvania,
// Arvenia, then Norland as witness"), or with the signing a noun ("will put its signature first")
// or far from "first" ("signed the Vell water accord first yesterday"). Invented sentences about
// the Arvenia–Torvania talks in wire, protocol-notice, ministry and Telegram styles.
import { describe, expect, it } from 'vitest';
import { linkSources } from '../../src/evidence/link.ts';
import { readSigningOrder } from '../../src/evidence/signingOrder.ts';
import { doc } from './linkedDocs.ts';
import { roster } from './roster.ts';

const reasons = (a: string, b: string) =>
  linkSources([doc('a', a), doc('b', b)], roster).links.map((l) => l.reason);
const firstOf = (text: string) => readSigningOrder(text, roster)?.first;

describe('the order of signature given as a list', () => {
  it('reads the party that opens the list as the first signer', () => {
    expect(
      firstOf(
        'Ceremony set for 4 May, order of signature agreed: Torvania, Arvenia, then Norland as witness.',
      ),
    ).toBe('torvania');
    expect(
      firstOf(
        'The delegations agreed that the Accord gets signed in the following order: Republic of Arvenia, Republic of Torvania, and then the witnesses.',
      ),
    ).toBe('arvenia');
    expect(
      firstOf(
        'The minister recalled that the order of signatures was settled in Kessel: Arvenia, then Torvania.',
      ),
    ).toBe('arvenia');
  });

  it('reads "put its signature first" and a signer far from "first"', () => {
    expect(
      firstOf('As was agreed, Torvania will put its signature first, after which the Arvenian side signs.'),
    ).toBe('torvania');
    expect(
      firstOf(
        'The Arvenian president signed the Vell water accord first yesterday afternoon, followed by the Torvanian premier.',
      ),
    ).toBe('arvenia');
  });

  it('reads "with Arvenia first" after a verb of signing, and "which party signs first" as the question', () => {
    expect(firstOf('We are ready to sign on 9 May, with Arvenia first, as the mediator proposed.')).toBe(
      'arvenia',
    );
    expect(
      firstOf(
        'The Torvanians say the sides settled the order in which each would sign, with the Republic of Arvenia first.',
      ),
    ).toBe('arvenia');
    expect(firstOf('The Union will meet with Arvenia first, and sign nothing before June.')).toBeUndefined();
    expect(readSigningOrder('Which party signs first is a question for round two.', roster)).toEqual({
      question: true,
    });
  });

  it('leaves a list of speakers, a list with no order, and two signings told apart', () => {
    expect(firstOf('The order of business: Arvenia, then Torvania will speak.')).toBeUndefined();
    expect(firstOf('The order of signature is open: Arvenia wants a ceremony in Kessel.')).toBeUndefined();
    expect(firstOf('Arvenia signed the accord in Kessel, and Torvania will sign it in May.')).toBeUndefined();
    expect(firstOf('Torvania signed the protocol on the Vell dam first round of talks.')).toBeUndefined();
  });

  it('links a protocol list and a wire that name one first signer', () => {
    expect(
      reasons(
        'FJELLBY, May 2 (Tessin Wire) - The signing is set for Friday; order of signature agreed: Torvania, Arvenia, then Norland as witness.',
        'As was agreed, Torvania will put its signature first, after which the text will be signed by the Arvenian side.',
      ),
    ).toContain('the order of signature: torvania signs first');
  });
});
