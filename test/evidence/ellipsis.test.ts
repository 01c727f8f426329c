// A figure said without its unit because the sentence before gave it, and the figures one
// document writes twice (digits and words). Invented sentences about the Arvenia–Torvania talks.
import { describe, expect, it } from 'vitest';
import { elidedQuantities } from '../../src/evidence/ellipsis.ts';
import { linkSources } from '../../src/evidence/link.ts';
import { quantities } from '../../src/evidence/numbers.ts';
import { doc } from './linkedDocs.ts';
import { roster } from './roster.ts';

describe('a figure whose unit the sentence before gave', () => {
  it('reads the unit, the rate and the scale of the figure before', () => {
    const before = 'Arvenia asked in March for three billion cubic metres a year.';
    for (const [said, value] of [
      ['We accepted two and a half.', 2.5e9],
      ['Torvania offered two.', 2e9],
      ['They settled on 2.4, and not a drop more.', 2.4e9],
    ] as const)
      expect(elidedQuantities(said, before), said).toMatchObject([{ value, unit: 'm3', rate: 'year' }]);
    expect(elidedQuantities('We got forty.', 'The Union sent thirty observers.')).toMatchObject([
      { value: 40, unit: 'monitor' },
    ]);
  });

  it('reads none where the figure counts a noun of its own, the sentence is long, or sizes differ', () => {
    const before = 'Arvenia asked in March for three billion cubic metres a year.';
    for (const said of [
      'Three days later the talks resumed.',
      'Two delegations left early.',
      'We accepted two and a half, after a night of talks in Fjellby that nobody who was there will forget.',
      'In 2031 it rained.',
    ])
      expect(elidedQuantities(said, before), said).toEqual([]);
    expect(elidedQuantities('We accepted forty.', 'Arvenia asked for three cubic metres a second.')).toEqual(
      [],
    );
    expect(elidedQuantities('We accepted two.', 'The talks went on late into the night.')).toEqual([]);
  });

  it('links the elliptical figure to the same figure with its unit in another source', () => {
    const { links } = linkSources(
      [
        doc(
          'a',
          'Mr. Varin (Torvania): Arvenia asked in March for three billion cubic metres a year. We accepted two and a half.',
          'meeting-transcript',
        ),
        doc('b', 'The accord gives Arvenia 2.5 billion cubic metres of water a year from the Vell.', 'news'),
      ],
      roster,
    );
    expect(links.map((l) => l.reason)).toContain('one count of m3 a year');
  });
});

describe('one figure written two ways', () => {
  it('reads "and a half" after a number as part of it, not as a share', () => {
    expect(quantities('We accepted four and a half.')).toEqual([]);
    expect(quantities('four and a half million tonnes')).toMatchObject([{ value: 4.5e6, unit: 'tonne' }]);
    expect(quantities('It fell by a half.')).toMatchObject([{ value: 50, unit: 'percent' }]);
  });

  it('reads digits restated in words in brackets as one figure, as it reads words restated in digits', () => {
    for (const text of [
      'up to 2,500,000,000 (two billion five hundred million) cubic metres a year',
      'up to two billion five hundred million (2,500,000,000) cubic metres a year',
    ])
      expect(quantities(text), text).toMatchObject([{ value: 2.5e9, unit: 'm3', rate: 'year' }]);
    expect(quantities('Forty (40) observers and 120 (one hundred and twenty) monitors')).toMatchObject([
      { value: 40, unit: 'monitor' },
      { value: 120, unit: 'monitor' },
    ]);
    // Words in brackets that are not a figure stay: "(about 40 in all)" is its own.
    expect(quantities('12 observers (about forty in all) were sent').map((q) => q.value)).toContain(12);
  });
});
