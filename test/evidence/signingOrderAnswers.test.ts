// Whether the order of signature is settled, said in few words: an answer whose subject is the
// question ("Q: In what order will the accord be signed? — That has not been agreed."), a
// relayed answer whose topic stands outside the quotation ("Asked about the order of signature,
// he said only: "That has not been discussed with us.""), and a first signer told as what will be
// ("the accord will be signed first by Arvenia"), which gives the order as fixed. A wish, a
// proposal, or an order told after the signing is no such claim. Invented lines about the
// Arvenia–Torvania talks in ministry, briefing, wire and Hansard styles.
import { describe, expect, it } from 'vitest';
import { readSigningOrder } from '../../src/evidence/signingOrder.ts';
import { doc, kinds } from './linkedDocs.ts';
import { roster } from './roster.ts';

const notice = doc(
  'a',
  'In line with the arrangements set out by the mediation on 2 March, the accord will be signed first by Arvenia, then by Torvania, with Norland signing as witness.',
  'press-release',
);

describe('a first signer told as what will be', () => {
  it('reads the order as fixed, not a wish or a proposal', () => {
    expect(readSigningOrder('The accord will be signed first by Arvenia, then by Torvania.', roster)).toEqual(
      {
        first: 'arvenia',
        settled: true,
      },
    );
    expect(readSigningOrder('Arvenia expects to sign the accord first.', roster)).toEqual({
      first: 'arvenia',
    });
    expect(
      readSigningOrder('Norland has proposed that the accord will be signed first by Arvenia.', roster),
    ).toEqual({ first: 'arvenia' });
    expect(readSigningOrder('The accord was signed first by Arvenia, then by Torvania.', roster)).toEqual({
      first: 'arvenia',
    });
  });
});

describe('an answer about the order of signature', () => {
  it('flags an interview’s "That has not been agreed." against the fixed order', () => {
    const interview = doc(
      'b',
      'Q: In what order will the accord be signed on Friday?\n\nVARIN: That has not been agreed. Norland has made a proposal and we have not accepted it.',
      'press-conference',
    );
    expect(kinds(notice, interview)).toEqual(['status ab']);
  });

  it('flags a wire’s relayed answer whose topic stands before the quotation', () => {
    const wire = doc(
      'b',
      'Asked about the order of signature, Varin said only: "That has not been discussed with us."',
    );
    expect(kinds(notice, wire)).toEqual(['status ab']);
  });

  it('reads no order in an answer to another question, and none told after the signing', () => {
    const other = doc(
      'b',
      'Q: Will the monitors deploy before the signing?\n\nVARIN: That has not been agreed.',
      'press-conference',
    );
    expect(kinds(notice, other)).toEqual([]);
    const signed = doc(
      'c',
      'The accord was signed first by Arvenia, then by Torvania.',
      'news',
      '2031-03-09',
    );
    const open = doc(
      'd',
      'The order of signature has not yet been settled, Dahl said.',
      'news',
      '2031-03-02',
    );
    expect(kinds(signed, open)).toEqual([]);
  });
});
