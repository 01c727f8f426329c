// More ways sources give the order of signature: a newsletter item headed by its question ("Who
// signs first: …"), "the order in which they will sign" as the open question, a plain list after
// "in the following order:", and a first signer named before an aside on it. Invented lines about
// the Arvenia–Torvania talks in newsletter, release, wire and readout house styles.
import { describe, expect, it } from 'vitest';
import { readSigningOrder } from '../../src/evidence/signingOrder.ts';
import { doc, kinds } from './linkedDocs.ts';
import { roster } from './roster.ts';

const read = (text: string) => readSigningOrder(text, roster);

describe('a newsletter item headed by its question', () => {
  it('reads the first signer its answer names', () => {
    expect(read('— Who signs first: we hear Torvania will sign first, as a nod to Kessel.')).toEqual({
      first: 'torvania',
    });
  });

  it('still reads a bare answer to the question as the order left open', () => {
    expect(read('Who signs first? That has not been decided.')).toEqual({ question: true, settled: false });
  });

  it('flags the item against a release that puts another party first', () => {
    const release = doc(
      'a',
      'FJELLBY, 2 May — The order of signature is set out in the annex: Arvenia will sign first, followed by Torvania and Norland.',
      'press-release',
    );
    const letter = doc(
      'b',
      'Brussels Brief\n\n— Who signs first: we hear Torvania will sign first, as a nod to Kessel after a hard month.',
    );
    expect(kinds(release, letter)).toContain('status ab');
  });
});

describe('the order in which the parties sign', () => {
  it('reads it as the question of the order, open when not agreed', () => {
    expect(read('He said the order in which the three states will sign has not been agreed.')).toEqual({
      question: true,
      settled: false,
    });
  });

  it('reads no order in the order in which delegations spoke', () => {
    expect(read('The order in which the delegations spoke was set by lot.')).toBeUndefined();
  });
});

describe('the order of signature given as a plain list', () => {
  it('reads the party opening a list of three or more parties after "in the following order:"', () => {
    expect(
      read('The Accord will be signed in the following order: Torvania, Arvenia, Norland and Kessel.')?.first,
    ).toBe('torvania');
  });

  it('reads no signer from a colon followed by a sentence rather than a list', () => {
    expect(
      read('The order of signature is open: Arvenia wants a ceremony, and Torvania a quiet signing.')?.first,
    ).toBeUndefined();
  });
});

describe('a first signer named before an aside on it', () => {
  it('reads the party the clause opens on, past the aside', () => {
    expect(
      read(
        'The minister recalled that Arvenia, as the state that holds the upper reaches of the river, will be the first to sign the accord.',
      )?.first,
    ).toBe('arvenia');
  });

  it('still reads no party when the clause names its first signer by a common noun', () => {
    expect(
      read(
        'Torvania’s minister recalled that the state holding the upper reaches of the river will be the first to sign.',
      )?.first,
    ).toBeUndefined();
  });
});
