// Two sources naming two different first signers of one text disagree on the order of
// signature, a matter of standing parties argue over: "signed first by the President of
// Arvenia, then by …" / "Torvania was the first to put its name to the document". Invented
// lines about the Arvenia–Torvania talks in joint-statement, wire and post house styles.
import { describe, expect, it } from 'vitest';
import { readSigningOrder } from '../../src/evidence/signingOrder.ts';
import { doc, kinds } from './linkedDocs.ts';
import { roster } from './roster.ts';

describe('two first signers', () => {
  it('reads "was the first to sign / put its name to" as the first signer', () => {
    expect(
      readSigningOrder('Torvania was the first to put its name to the document, officials said.', roster),
    ).toEqual({ first: 'torvania' });
    expect(readSigningOrder('Arvenia became the first to sign the accord in Fjellby.', roster)).toEqual({
      first: 'arvenia',
    });
    expect(readSigningOrder('Arvenia was the first to arrive in Fjellby.', roster)).toBeUndefined();
  });

  it('flags a joint statement and a wire that name two first signers', () => {
    const statement = doc(
      'a',
      'Joint Statement\n\nThe Agreement was signed first by the President of Arvenia, Mira Kostal, then by the President of Torvania, Oleg Varin.',
      'joint-statement',
    );
    const wire = doc(
      'b',
      'FJELLBY, March 5 (Wirenews) - Torvania was the first to put its name to the document, officials said.',
    );
    expect(kinds(statement, wire)).toEqual(['status ab']);
    const post = doc(
      'c',
      'Arvenia signed the Agreement first today in Fjellby. A historic day! 🇦🇻',
      'social',
    );
    expect(kinds(statement, post)).toEqual([]);
  });
});

describe('a first signer told by a common noun', () => {
  it('is no party the sentence names further back', () => {
    expect(
      readSigningOrder(
        'But a Torvanian diplomat in Fjellby insisted that the hosts sign first, as is the custom here.',
        roster,
      ),
    ).toBeUndefined();
    expect(readSigningOrder('Arvenia has said it will sign first.', roster)).toEqual({ first: 'arvenia' });
  });
});
