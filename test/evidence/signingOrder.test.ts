// The order of signature as a claim frame: sources in different house styles that give the same
// first signer, or signing at one time, are linked however few words they share; a first round,
// a signing ceremony two ministers travel to together, or two different first signers are not
// this claim. Invented sentences about the Arvenia–Torvania talks.
import { describe, expect, it } from 'vitest';
import { linkSources } from '../../src/evidence/link.ts';
import { readSigningOrder } from '../../src/evidence/signingOrder.ts';
import { doc, kinds } from './linkedDocs.ts';
import { roster } from './roster.ts';

const reasons = (a: string, b: string) =>
  linkSources([doc('a', a), doc('b', b)], roster).links.map((l) => l.reason);

describe('the order of signature', () => {
  it('links a readout’s indirect speech and a wire that name the same first signer', () => {
    expect(
      reasons(
        'The President stressed that Arvenia, as the state that bears the cost of the Vell dam, expects to sign the accord first, followed by Torvania.',
        'KESSEL, April 2 (Tessin Wire) - Under the protocol, Arvenia would sign first and Torvania second, two officials familiar with the arrangements said on Thursday.',
      ),
    ).toContain('the order of signature: arvenia signs first');
  });

  it('reads the first signer of a protocol notice and of a post that gives the order as a list', () => {
    expect(
      readSigningOrder(
        'The Accord will be signed in Fjellby in this order: first by Arvenia, then by Torvania, with Norland signing as witness.',
        roster,
      ),
    ).toEqual({ first: 'arvenia', settled: true });
    expect(
      readSigningOrder(
        'Signing order confirmed for tomorrow’s ceremony: Arvenia first, then Torvania, then Norland as witness.',
        roster,
      ),
    ).toEqual({ first: 'arvenia' });
    expect(
      reasons(
        'The order of signature is now fixed: first by Arvenia, then by Torvania.',
        'A Citadel spokesman confirmed that Kostal’s government will sign the accord first, followed by Torvania, with the Union signing last.',
      ),
    ).toContain('the order of signature: arvenia signs first');
  });

  it('links two ways of saying the parties sign at one time', () => {
    expect(
      reasons(
        'The Minister told the House that the two parties would sign simultaneously, as equals, in the presence of the mediator.',
        'Torvania insists that the document must be signed by both delegations at the same time and at one table.',
      ),
    ).toContain('the order of signature: the parties sign at one time');
    expect(readSigningOrder('We shall sign honestly, but together, and on one day.', roster)).toEqual({
      together: true,
    });
    expect(readSigningOrder('Torvania is pressing for simultaneous signing in Fjellby.', roster)).toEqual({
      together: true,
    });
  });

  it('reads the signer a speaker means by "we"', () => {
    expect(
      readSigningOrder('We will sign first, being the state where the river rises.', roster, 'arvenia'),
    ).toEqual({
      first: 'arvenia',
    });
  });

  it('reads the order named as a question of its own', () => {
    expect(
      readSigningOrder(
        'The matter of who signs first is still not settled, a Norland diplomat said.',
        roster,
      ),
    ).toEqual({ question: true, settled: false });
    expect(
      readSigningOrder(
        'The mediator pressed the two sides to settle their order of signature ahead of the summit.',
        roster,
      ),
    ).toEqual({ question: true });
  });

  it('does not take two different first signers for one claim', () => {
    expect(
      reasons('Arvenia will sign the accord first.', 'Torvania is to sign the accord first.'),
    ).not.toContain('the order of signature: arvenia signs first');
    expect(readSigningOrder('Torvania is to sign the accord first.', roster)).toEqual({ first: 'torvania' });
  });

  it('leaves a first round, a ceremony travelled to together and a letter signed together with another', () => {
    expect(
      readSigningOrder('The two delegations signed the first protocol on the Vell in March.', roster),
    ).toBe(undefined);
    expect(readSigningOrder('The first round ended without a signature.', roster)).toBe(undefined);
    expect(
      readSigningOrder('The ministers will travel together to the signing ceremony in Fjellby.', roster),
    ).toBe(undefined);
    expect(
      readSigningOrder(
        'Torvania signed the accord together with a letter of guarantee from the Union.',
        roster,
      ),
    ).toBe(undefined);
  });
});

describe('a dispute over the order of signature', () => {
  const flags = (a: string, b: string, genreB: Parameters<typeof doc>[2] = 'news') =>
    linkSources([doc('a', a), doc('b', b, genreB)], roster).disagreements.map(
      (d) => `${d.kind}: ${d.reason}`,
    );

  it('flags two first signers, however each source words it', () => {
    // A joint statement's protocol line against a regional broadcaster's "first to put its name".
    expect(
      flags(
        'The Agreement was signed first by Arvenia’s head of state and then by the President of Torvania, with the mediator present.',
        'Torvania became the first to sign the accord, delegation officials said.',
      ),
    ).toEqual(['status: order of signature: arvenia first vs torvania first']);
    // A Hansard answer against a presidency's Telegram post.
    expect(
      kinds(
        doc(
          'a',
          'The Minister said President Varin signed the agreement first, followed by President Kostal.',
        ),
        doc(
          'b',
          'President Kostal signed the agreement first this afternoon, and President Varin after her.',
        ),
      ),
    ).toEqual(['status ab']);
  });

  it('flags an order said to be agreed against one said not to be settled or discussed', () => {
    expect(
      flags(
        'It has been agreed that Arvenia signs first, as the author of the framework, and then Torvania.',
        'As far as Drava knows, the signing order has not even been discussed.',
      ),
    ).toEqual(['status: order of signature: settled vs not settled']);
  });

  it('gives no flag where the sources agree, or where one side only asks', () => {
    expect(
      flags(
        'Arvenia would sign first and Torvania second, two officials said.',
        'The accord was signed first by Arvenia, then by Torvania.',
      ),
    ).toEqual([]);
    // Initialling is another act: who initialled first says nothing of who signs first.
    expect(
      flags(
        'Torvania initialled the text first on Friday.',
        'Arvenia will sign the accord first, officials said.',
      ),
    ).toEqual([]);
    expect(
      flags(
        'QUESTION: Is it true that Torvania will sign first?\n\nSURIN: We will see.',
        'Arvenia will sign the accord first, officials said.',
        'press-conference',
      ),
    ).toEqual([]);
  });
});

describe('the order of signature named as a topic only', () => {
  it('links two words on whether the order is settled, and not a list of topics to either', () => {
    const settled = 'Norland says both sides have settled the order of signature in Fjellby.';
    expect(
      reasons('Torvanian aides say nobody has yet talked about the order of signature with Kessel.', settled),
    ).toContain('the order of signature: the order asked, the order settled');
    expect(
      reasons(
        'Kostal told reporters in Kessel that the order of signature remains to be settled.',
        'A Drava official said the signing order was still undecided.',
      ),
    ).toContain('the order of signature: the order open');
    expect(
      reasons(
        'Dahl went over the crossings, the quota and the order of signature with Lind.',
        settled,
      ).filter((r) => r.startsWith('the order of signature')),
    ).toEqual([]);
  });

  it('reads no order in a list of topics, and still the order asked alone', () => {
    expect(
      readSigningOrder('Kostal and Dahl differ on the fund, the border posts and who signs first.', roster),
    ).toBe(undefined);
    expect(readSigningOrder('Who signs first is left to the next round in Fjellby.', roster)).toEqual({
      question: true,
    });
  });

  it('reads the order as a question where a comma and "and" join clauses, not topics', () => {
    for (const text of [
      'Kostal and Varin argued over the fund, and over who signs first, for two hours in Fjellby.',
      'Talks, Dahl said, stalled and the order of signature is now the sticking point.',
      'Kostal says Torvania, as always, stalls and who signs first is the reason.',
      'Dahl raised the fund, the posts and the order of signature, which Varin will not discuss.',
    ]) {
      expect(readSigningOrder(text, roster), text).toEqual({ question: true });
    }
  });
});
