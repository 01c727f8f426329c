// A text a party puts forward is counted in its parts like any other: its size is what the
// text is, not a term on offer, so two reports of its size still disagree. A figure it proposes
// (a distance, a sum), or a size after a verb of proposing, stays the party’s position. Invented
// sentences in wire and readout styles.
import { describe, expect, it } from 'vitest';
import { positionQuantities } from '../../src/evidence/assertion.ts';
import { passagesOf } from '../../src/evidence/passages.ts';
import { doc, kinds } from './linkedDocs.ts';
import { roster } from './roster.ts';

const positions = (text: string) =>
  [...positionQuantities(passagesOf(doc('a', text), roster)[0]!, roster)].map((q) => q.text);

describe('the size of a proposed text', () => {
  it('reads a count of the paper a proposal names as no position', () => {
    expect(
      positions('Torvania has drawn up a counter-proposal of its own, a 24-point paper on the river.'),
    ).toEqual([]);
  });

  it('keeps a size after a verb of proposing as the position’s', () => {
    expect(positions('Torvania will propose changes to five of the framework’s 15 points.')).toContain(
      '15 points',
    );
  });

  it('keeps a figure the proposal puts forward as the party’s position', () => {
    expect(positions('Torvania has proposed a pullback of 25 kilometres from the river.')).toEqual([
      '25 kilometres',
    ]);
  });

  it('flags two counts of one party’s paper', () => {
    const wire = doc(
      'a',
      'KESSEL (Wirenews) - Torvania has drawn up a counter-proposal of its own, a 24-point paper that would drop the border clause, officials said.',
    );
    const daily = doc(
      'b',
      'According to a source in Fjellby, the Torvanian paper consists of 22 points and was shown to Arvenia on Monday.',
    );
    expect(kinds(wire, daily)).toContain('number ab');
  });

  it('flags no pullback a party proposed against the one agreed', () => {
    const readout = doc(
      'a',
      'President Kostal said Torvania had proposed a pullback of 25 kilometres from the river.',
      'readout',
    );
    const wire = doc(
      'b',
      'KESSEL (Wirenews) - Under the signed text, both armies pull back 15 kilometres from the river, officials said.',
    );
    expect(kinds(readout, wire).filter((k) => k.startsWith('number'))).toEqual([]);
  });
});
