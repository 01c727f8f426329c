// A swap of prisoners is told by what each side gives ("150 for 150", "120 each") or by all
// who cross ("240 in total"): two formulas with two counts disagree; a count for each side and
// a total twice as large are one exchange.
import { describe, expect, it } from 'vitest';
import { perSideCounts } from '../../src/evidence/exchanges.ts';
import { doc, kinds } from './linkedDocs.ts';

describe('exchange formulas', () => {
  it('reads what each side gives', () => {
    expect(perSideCounts('The sides agreed on a prisoner exchange of 150 for 150.')).toEqual([150]);
    expect(perSideCounts('We agreed on the exchange — 150 for 150.')).toEqual([150]);
    expect(perSideCounts('Arvenia and Torvania agreed to swap 120 prisoners each.')).toEqual([120]);
    expect(perSideCounts('a 75-for-75 swap of detainees')).toEqual([75]);
    expect(perSideCounts('Each side will release 60 detainees.')).toEqual([60]);
    // Unequal sides, a score and a vote are no such count.
    expect(perSideCounts('Torvania returned 200 prisoners for 150.')).toEqual([]);
    expect(perSideCounts('The resolution passed 120 for, 3 against.')).toEqual([]);
    expect(perSideCounts('The exchange of 240 prisoners was completed.')).toEqual([]);
    expect(perSideCounts('a demilitarised zone of 10 kilometres on either side of the line')).toEqual([]);
    expect(perSideCounts('The sides agreed to withdraw 20 kilometres each.')).toEqual([]);
  });

  it('flags two formulas with two counts, in a readout, a wire and a post', () => {
    const readout = doc('readout', 'The presidents agreed on a prisoner exchange of 150 for 150.', 'readout');
    const wire = doc('wire', 'The sides agreed on an exchange of prisoners, 120 for 120, the Citadel said.');
    const post = doc(
      'post',
      'Just agreed with Oleg Varin: an exchange of prisoners, 150 for 150. 🇦🇻',
      'social',
    );
    expect(kinds(readout, wire)).toEqual(['number readoutwire']);
    expect(kinds(post, wire)).toEqual(['number postwire']);
    expect(kinds(readout, post)).toEqual([]);
    // A plan or an estimate for each side is no formula of the swap: the figure may change.
    const proposal = doc(
      'proposal',
      'The Prime Minister proposed that the first exchange comprise no fewer than 100 prisoners from each side.',
      'readout',
    );
    const estimate = doc(
      'estimate',
      'An official said the exchange could involve around 150 prisoners from each side.',
    );
    expect(kinds(proposal, estimate)).toEqual([]);
  });

  it('agrees a count for each side with a total twice as large', () => {
    const wire = doc(
      'wire',
      'DRAVA, March 4 (Wirenews) - Arvenia and Torvania agreed to swap 120 prisoners each.',
    );
    const release = doc('release', 'The sides agreed to exchange 240 prisoners in total.', 'press-release');
    expect(kinds(wire, release)).toEqual([]);
    const formula = doc('formula', 'The sides agreed to exchange prisoners, 120 for 120.', 'readout');
    expect(kinds(formula, release)).toEqual([]);
    // Not a total that is not twice the count.
    const other = doc('other', 'The sides agreed to exchange 200 prisoners in total.', 'press-release');
    expect(kinds(wire, other)).toEqual(['number wireother']);
  });
});
