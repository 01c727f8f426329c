// More ways sources give the order of signature: a newsletter item headed by its question ("Who
// signs first: …"), "the order in which both sides sign" as the open question, a plain list after
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

  it('reads an answer that says no one knows as the order left open, whatever hope it adds', () => {
    expect(read('Who signs first: nobody knows, but Torvania hopes to sign first.')).toEqual({
      question: true,
      settled: false,
    });
    expect(read('Signing order: still unclear, though Arvenia would like to go first.')).toEqual({
      question: true,
      settled: false,
    });
  });

  it('reads the answer past a label said many times over, in time', () => {
    expect(read(`${'Who signs first: '.repeat(12000)}Arvenia will sign first.`)).toEqual({
      first: 'arvenia',
    });
    expect(read(`${'Who signs first: '.repeat(2000)}Not decided.`)).toEqual({
      question: true,
      settled: false,
    });
  });

  it('flags the item against a release that puts another party first', () => {
    const release = doc(
      'a',
      'FJELLBY, 2 May — The order of signature is set out in the annex: Arvenia will sign first, followed by Torvania and Norland.',
      'press-release',
    );
    const letter = doc(
      'b',
      'Kessel Brief\n\n— Who signs first: we hear Torvania will sign first, as a nod to Kessel after a hard month.',
    );
    expect(kinds(release, letter)).toContain('status ab');
  });
});

describe('the order in which the parties sign', () => {
  it('reads it as the question of the order, open when not agreed', () => {
    expect(read('Lind said the order in which both parties are to sign is still undecided.')).toEqual({
      question: true,
      settled: false,
    });
  });

  it('reads it when the parties sign the accord, or sign with nothing after', () => {
    for (const text of [
      'Berg said the order in which they sign the accord was agreed on Monday.',
      'Nobody has decided the order in which Arvenia and Torvania will sign.',
    ])
      expect(read(text)?.question).toBe(true);
  });

  it('reads no order in the order in which people sign something else, or signal', () => {
    for (const text of [
      'The order in which the ministers arrived to sign the guest book was not settled, Lind said.',
      'The order in which the envoys signalled their consent was not settled.',
    ])
      expect(read(text)).toBeUndefined();
  });
});

describe('the order of signature given as a plain list', () => {
  it('reads the party opening a list of three or more parties after "in the following order:"', () => {
    expect(
      read('Signatures go on the Accord in the following order: Torvania, Arvenia, Norland and Kessel.')
        ?.first,
    ).toBe('torvania');
  });

  it('reads no signer from a list of who did something else in an order', () => {
    for (const text of [
      'The delegations walked in in the following order: Torvania, Arvenia, Norland and Kessel; the accord was signed after lunch.',
      'The ministers spoke in this order: Torvania, then Arvenia, before the text was signed.',
    ])
      expect(read(text)?.first).toBeUndefined();
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
        'The minister recalled that Arvenia, as the country paying for most of the dam, will be the first side to sign the accord.',
      )?.first,
    ).toBe('arvenia');
  });

  it('reads the party past an aside opened by "once", or after a clause so opened', () => {
    expect(read('Arvenia, once its parliament has voted, will be the first party to sign.')?.first).toBe(
      'arvenia',
    );
    expect(read('Once its parliament has voted, Arvenia would be the first one to sign.')?.first).toBe(
      'arvenia',
    );
  });

  it('reads no party named only in a clause put before the subject', () => {
    for (const text of [
      'After Torvania raised doubts over the dam clause, the host government will be the first party to sign.',
      'Once Arvenia had dropped its objection on the survey, the smallest of the river states would be the first one to sign.',
    ])
      expect(read(text)?.first).toBeUndefined();
  });

  it('still reads no party when the clause names its first signer by a common noun', () => {
    expect(
      read(
        'Torvania’s minister recalled that the state holding the upper reaches of the river will be the first side to sign.',
      )?.first,
    ).toBeUndefined();
  });
});
