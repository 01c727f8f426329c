// A yearly amount and a sum over several years, and dollars written with the country first or
// after the sign. Invented sentences about a Brennor–Saltavia water fund.
import { describe, expect, it } from 'vitest';
import { quantities } from '../../src/evidence/numbers.ts';
import { doc, kinds } from './linkedDocs.ts';

const read = (text: string) => quantities(text).map((q) => [q.value, q.unit, q.rate ?? null]);

describe('a sum over several years', () => {
  it('is read as a total for that span, not a yearly figure', () => {
    expect(read('Saltavia will put 900 million dollars over three years into the basin fund.')).toEqual([
      [9e8, 'usd', 'span'],
    ]);
    expect(read('Saltavia will put 900 million dollars into the basin fund.')).toEqual([[9e8, 'usd', null]]);
  });

  it('is no contradiction of the yearly share another source gives', () => {
    const yearly = doc(
      'a',
      'Saltavia will pay about 300 million dollars a year into the basin fund, officials said.',
    );
    const total = doc('b', 'Saltavia will pay 900 million dollars over three years into the basin fund.');
    expect(kinds(yearly, total)).toEqual([]);
  });

  it('still contradicts a sum of no stated period', () => {
    const total = doc('a', 'Saltavia will pay 900 million dollars over three years into the basin fund.');
    const other = doc('b', 'Saltavia will pay 1.1 billion dollars into the basin fund.');
    expect(kinds(total, other)).toEqual(['number ab']);
  });
});

describe('a yearly amount against a figure of no stated period', () => {
  it('is no contradiction when that figure is several times the yearly one: it may be the total', () => {
    const yearly = doc('a', 'Saltavia will pay 300 million dollars a year into the basin fund.');
    const pledged = doc('b', 'Saltavia will pay 1.4 billion dollars into the basin fund.');
    expect(kinds(yearly, pledged)).toEqual([]);
  });

  it('still contradicts a figure near it, which is the same yearly amount given differently', () => {
    const yearly = doc('a', 'Brennor will release 400 million cubic metres a year from the dam.');
    const near = doc('b', 'Brennor will release 450 million cubic metres from the dam.');
    expect(kinds(yearly, near)).toEqual(['number ab']);
  });

  it('still contradicts a flow of anything but money told with no period, however far apart', () => {
    const yearly = doc('a', 'Brennor will release 40 million cubic metres a year from the upper dam.');
    const flow = doc('b', 'Brennor will release 90 million cubic metres from the upper dam.');
    expect(kinds(yearly, flow)).toEqual(['number ab']);
  });
});

describe('dollars with the country beside the sign', () => {
  it('reads "US$ 3.5bn" and "$US240 million" as dollars', () => {
    expect(read('The fund holds US$ 3.5bn.')).toEqual([[3.5e9, 'usd', null]]);
    expect(read('It pays $US240 million a year.')).toEqual([[2.4e8, 'usd', 'year']]);
  });
  it('does not read a currency from a word ending in "us"', () => {
    expect(read('Campus 240 million.').map(([, unit]) => unit)).not.toContain('usd');
  });
});
