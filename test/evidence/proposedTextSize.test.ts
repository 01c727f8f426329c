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
    expect(positions('Torvania tabled its proposal, a short 24-point paper on the river.')).toEqual([]);
    expect(positions('The mediators received a counter-proposal of 18 points from Kostal.')).toEqual([]);
    expect(positions('Arvenia says the Torvanian proposal runs to 30 pages in all.')).toEqual([]);
    expect(
      positions('The council adopted the Kessel proposal on river traffic, made up of nine points in all.'),
    ).toEqual([]);
  });

  it('keeps a size the proposal wants another text to have as the position’s', () => {
    expect(
      positions('Torvania’s proposal would trim the framework to a 12-point text, officials said.'),
    ).toEqual(['12-point']);
    expect(
      positions('Torvania tabled proposals for a shorter framework of 12 points, officials said.'),
    ).toEqual(['12 points']);
  });

  it('keeps a size after a verb of proposing as the position’s', () => {
    expect(positions('Torvania will propose to amend three of the 15 points in the framework.')).toContain(
      '15 points',
    );
  });

  it('keeps a figure the proposal puts forward as the party’s position', () => {
    expect(positions('Torvania has proposed a withdrawal of 25 kilometres along the river.')).toEqual([
      '25 kilometres',
    ]);
  });

  it('flags two counts of one party’s paper', () => {
    const wire = doc(
      'a',
      'KESSEL (Wirenews) - Torvania handed the mediators its own counter-proposal, a paper of 24 points without the border clause, officials said.',
    );
    const daily = doc(
      'b',
      'According to a source in Fjellby, the Torvanian paper has 22 points in all and reached Arvenia on Monday.',
    );
    expect(kinds(wire, daily)).toContain('number ab');
  });

  it('flags no count a proposal asks of the framework against the framework’s own', () => {
    const wire = doc('a', 'KESSEL (Wirenews) - The framework consists of 20 points, officials said.');
    const daily = doc(
      'b',
      'Torvania’s proposal would trim the framework to a 12-point text, officials said.',
    );
    expect(kinds(wire, daily).filter((k) => k.startsWith('number'))).toEqual([]);
  });

  it('flags no pullback a party proposed against the one agreed', () => {
    const readout = doc(
      'a',
      'President Kostal said Torvania had proposed a withdrawal of 25 kilometres along the river.',
      'readout',
    );
    const wire = doc(
      'b',
      'KESSEL (Wirenews) - Under the signed text, both armies pull back 15 kilometres from the river, officials said.',
    );
    expect(kinds(readout, wire).filter((k) => k.startsWith('number'))).toEqual([]);
  });
});
