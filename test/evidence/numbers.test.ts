import { describe, expect, it } from 'vitest';
import { meaningStem } from '../../src/evidence/meaning.ts';
import { quantities } from '../../src/evidence/numbers.ts';
import { sameUnit, sameValue } from '../../src/evidence/sameFigure.ts';

const read = (text: string) => quantities(text).map((q) => [q.value, q.unit, q.rate ?? null, q.text]);

describe('quantities', () => {
  it('reads a count written with separators, in words, hyphenated, and with its head noun', () => {
    expect(read('The plan now runs to a 28-point text.')).toEqual([[28, 'point', null, '28-point']]);
    expect(read('Arvenia has counted twenty-six points.')).toEqual([
      [26, 'point', null, 'twenty-six points'],
    ]);
    expect(read('The Union will run four joint monitoring posts on the Vell.')).toEqual([
      [4, 'post', null, 'four joint monitoring posts'],
    ]);
    expect(read('Still, 26 points remain open.')).toEqual([[26, 'point', null, '26 points']]);
    expect(read('They listed 1,250 families and two hundred and fifty prisoners.')).toEqual([
      [1250, meaningStem('family'), null, '1,250 families'],
      [250, 'prisoner', null, 'two hundred and fifty prisoners'],
    ]);
  });

  it('reads units of measure and money to one base, so one value written two ways is one', () => {
    const [mw] = quantities('The line will carry 1,200 megawatts.');
    const [gw] = quantities('The line will carry 1.2 GW.');
    expect(mw!.unit).toBe('w');
    expect(sameUnit(mw!, gw!) && sameValue(mw!.value, gw!.value)).toBe(true);
    const money = ['four and a half million euros', 'EUR 4,500,000', '€4.5 million'].map(
      (t) => quantities(t)[0],
    );
    expect(money.map((q) => [q!.value, q!.unit])).toEqual([
      [4_500_000, 'eur'],
      [4_500_000, 'eur'],
      [4_500_000, 'eur'],
    ]);
    expect(read('One point two billion cubic metres is a floor.')).toEqual([
      [1_200_000_000, 'm3', null, 'One point two billion cubic metres'],
    ]);
  });

  it('reads a lone "m" after a figure as a million where money or a counted plural goes with it', () => {
    const money = ['a grant of $72m for the clinics', 'USD 72 million', '72m dollars'].map(
      (t) => quantities(t)[0],
    );
    expect(money.map((q) => [q!.value, q!.unit])).toEqual([
      [72_000_000, 'usd'],
      [72_000_000, 'usd'],
      [72_000_000, 'usd'],
    ]);
    expect(read('Some 1.6m tonnes of rice are stored there.')).toEqual([
      [1_600_000, 'tonne', null, '1.6m tonnes'],
    ]);
    // A length, not a million: no money and nothing counted goes with it.
    expect(read('The levee is 18m high and a 30m stretch of it gave way.')).toEqual([]);
    expect(read('The basin holds 120 m³ more than before.')).toEqual([[120, 'm3', null, '120 m³']]);
    // A word between the figure and the plural makes "m" the size of each: metres, no million.
    expect(read('Crews are raising 8m earthen dykes along the delta.')).toEqual([]);
    expect(read('The lock has 14m iron doors at each end.')).toEqual([]);
    expect(read('The fund will reach 3m households this year.')).toEqual([
      [3_000_000, meaningStem('household'), null, '3m households'],
    ]);
  });

  it('folds counted nouns that name one thing, and counts nothing in "one point" or a year', () => {
    const [a] = quantities('an exchange of 60 detained persons');
    const [b] = quantities('the swap of 60 captives');
    expect([a!.unit, b!.unit]).toEqual(['prisoner', 'prisoner']);
    const [lorries, trucks, buses] = ['22 lorries', '22 trucks', '22 buses'].map((t) => quantities(t)[0]!);
    expect(sameUnit(lorries!, trucks!)).toBe(true);
    expect(sameUnit(trucks!, buses!)).toBe(false);
    expect(quantities('Let me be clear on one point, as in 2031.')).toEqual([]);
  });

  it('reads people counted by a word of no kind as persons, and a plural in "-men" as counted', () => {
    expect(read('Officials say 31 individuals are still in custody.')).toEqual([
      [31, 'person', null, '31 individuals'],
    ]);
    expect(read('The coast guard holds eighteen Vellish nationals.')).toEqual([
      [18, 'person', null, 'eighteen Vellish nationals'],
    ]);
    expect(quantities('the 52 Ostrian trawlermen held since May')[0]?.value).toBe(52);
    // An adjective of a nation is no counted noun, nor is a plural name.
    expect(read('Two national teams arrived.').map((q) => q[1])).not.toContain('person');
  });

  it('reads the figure a "number of" clause comes to as a count of the plural it names', () => {
    expect(read('By Sunday the number of families resettled stood at 415.').map((q) => q[0])).toEqual([415]);
    expect(quantities('The total of captives freed so far is 97.')[0]?.unit).toBe('prisoner');
    // A figure with its own unit keeps it; a number with no plural named counts nothing.
    expect(read('The number of crossings is 12 percent higher.')[0]?.[1]).toBe('percent');
    expect(read('The number was 44 at the last count.')).toEqual([]);
  });

  it('reads a lone "B" after a currency as a billion, and nowhere else', () => {
    expect(read('LEAK: A $2.7B FUND FOR THE PORTS')).toEqual([[2_700_000_000, 'usd', null, '$2.7B']]);
    expect(read('Paragraph 7b of the annex was struck out.')).toEqual([]);
  });

  it('reads a count "from both sides" as the sum, a measure "on both sides" as per side', () => {
    expect(read('The exchange covered 270 captives from both sides.')).toEqual([
      [270, 'prisoner', null, '270 captives'],
    ]);
    expect(read('The strip runs three kilometres on both sides of the road.')).toEqual([
      [3, 'km', 'side', 'three kilometres'],
    ]);
    expect(read('They freed 90 captives from each side.')[0]?.[2]).toBe('side');
  });

  it('reads "a week later" as when, not as a rate', () => {
    expect(read('The plan was cut to 19 points a week later.')).toEqual([[19, 'point', null, '19 points']]);
    expect(read('Talks resumed with 40 prisoners a day before the deadline.')).toEqual([
      [40, 'prisoner', null, '40 prisoners'],
    ]);
    expect(read('The line will carry twelve ships a day.')).toEqual([[12, 'ship', 'day', 'twelve ships']]);
  });

  it('reads "the two states" as the parties, not a count, and states counted as states', () => {
    expect(read('The mediator asked the two states to share the repair bill.')).toEqual([]);
    expect(read('Both capitals say the three governments will sign.')).toEqual([]);
    expect(read('Observers from 12 states attended.')).toEqual([[12, 'state', null, '12 states']]);
    // A count of its own beside them is still read.
    expect(read('The two states will send 40 inspectors.')).toEqual([
      [40, quantities('40 inspectors')[0]!.unit, null, '40 inspectors'],
    ]);
  });

  it('reads a numeral joined to a name by a hyphen as a name of one thing, not a count', () => {
    expect(read('Repairs on the Kessel-2 cable start in May.')).toEqual([]);
    expect(read('The Vik-3 line and the Drava-12 link were cut.')).toEqual([]);
    // Beside it, a count of its own, and a count hyphenated to its noun, are still read.
    expect(read('The Kessel-2 cable carries 40 fibres.')).toEqual([
      [40, quantities('40 fibres')[0]!.unit, null, '40 fibres'],
    ]);
    expect(read('Norland tabled a 12-point plan and twenty-two proposals.')[0]).toEqual([
      12,
      'point',
      null,
      '12-point',
    ]);
  });
});
