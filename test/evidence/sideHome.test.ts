// One side's own count of its people home ("180 of our people are home") against the count per
// side of the same swap ("175 for 175", "175 prisoners were released by each side", a total from
// both sides): found on three sets written blind (tuned10, tuned13, tuned14). Invented sentences
// about the Arvenia–Torvania talks in the styles of a presidency address, a Telegram post, a wire
// and a UN noon briefing.
import { describe, expect, it } from 'vitest';
import { elidedFigures } from '../../src/evidence/elidedFigures.ts';
import { quantities } from '../../src/evidence/numbers.ts';
import { doc, kinds } from './linkedDocs.ts';

const address = (text: string, published = '2031-03-22') => doc('a', text, 'social', published);

describe("one side's people home", () => {
  it('contradicts another count per side of the same swap, however the other source gives it', () => {
    const home = address('Dear Arvenians, 180 of our people are home. We will bring back every one.');
    const wire = doc(
      'b',
      'KESSEL, March 22 (Wirenews) - Arvenia and Torvania exchanged prisoners on Saturday, 175 for 175, the Citadel said.',
      'news',
      '2031-03-22',
    );
    expect(kinds(home, wire)).toEqual(['number ab']);
    const noon = doc(
      'b',
      'The Secretary-General welcomes the exchange of prisoners over the weekend, in which 175 prisoners were released by each side.',
      'press-conference',
      '2031-03-23',
    );
    expect(kinds(home, noon)).toEqual(['number ab']);
    const total = doc(
      'b',
      'The agreement will bring home 312 detainees from both sides.',
      'news',
      '2031-03-21',
    );
    expect(
      kinds(address('As a result of the agreement, 290 of our citizens will come home.'), total),
    ).toEqual(['number ab']);
  });

  it('agrees with the same count, with a source that gives both, and with a swap weeks away', () => {
    const home = address('Today 175 of our people came home.');
    const wire = doc(
      'b',
      'Arvenia and Torvania exchanged prisoners on Saturday, 175 for 175.',
      'news',
      '2031-03-22',
    );
    expect(kinds(home, wire)).toEqual([]);
    const both = doc(
      'b',
      'Torvania says 175 on each side; Arvenia says 180 of its citizens came home.',
      'news',
      '2031-03-24',
    );
    expect(kinds(address('180 of our people are home.'), both)).toEqual([]);
    const later = doc('b', 'A second exchange took place today, 90 for 90.', 'readout', '2031-04-10');
    expect(kinds(address('180 of our people are home.'), later)).toEqual([]);
  });
});

describe('an amount whose unit the sentence left out', () => {
  it('is in the unit of the amount before it, so a source giving both agrees with either', () => {
    const text =
      "The pledge, 40 million dollars in Norland's own readout, became 45 million in the joint statement.";
    const [forty, ...rest] = quantities(text);
    expect(elidedFigures(text, forty!, [forty!, ...rest]).map((q) => [q.value, q.unit])).toEqual([
      [45e6, 'usd'],
    ]);
    const joint = doc('a', 'We welcome the pledge by Norland of USD 45 million for humanitarian demining.');
    expect(kinds(joint, doc('b', text, 'news', '2031-04-02'))).toEqual([]);
  });
});
