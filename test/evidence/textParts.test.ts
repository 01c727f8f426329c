// A text's size said in the fewest words ("The plan has 20 points.") and in any of the names
// sources give its provisions (points, articles, clauses, paragraphs): probe 15, class Y. Invented
// sentences about the Arvenia–Torvania talks in the styles of a wire, a readout and a briefing.
import { describe, expect, it } from 'vitest';
import { doc, kinds } from './linkedDocs.ts';

describe("a text's size", () => {
  it('is stated by a bare "has", however few the words', () => {
    const a = doc('a', 'The framework has 20 points.', 'readout');
    const b = doc('b', 'The framework has 22 points.', 'news');
    expect(kinds(a, b)).toEqual(['number ab']);
    expect(kinds(doc('a', 'The plan has 20 points.'), doc('b', 'The plan contains 22 points.'))).toEqual([
      'number ab',
    ]);
  });

  it('is one count in points, articles, clauses or paragraphs', () => {
    const points = doc('a', 'The framework has 20 points.', 'readout');
    expect(kinds(points, doc('b', 'The framework consists of 22 articles.'))).toEqual(['number ab']);
    expect(
      kinds(points, doc('b', 'MS ENG: The framework runs to 22 paragraphs.', 'press-conference')),
    ).toEqual(['number ab']);
    expect(kinds(points, doc('b', 'The framework consists of 20 clauses.'))).toEqual([]);
  });

  it("but two texts' sizes, or a text's and a place's points, are not one count", () => {
    const plan = doc('a', 'The Norland plan has 20 points.');
    expect(kinds(plan, doc('b', 'The Torvanian counter-proposal has 12 points.'))).toEqual([]);
    const places = doc('b', 'The mission will run three joint inspection points along the line.');
    expect(kinds(doc('a', 'The framework has 20 points.'), places)).toEqual([]);
  });
});
