// What makes two figures one quantity, the classes of false number flag found on a set written
// blind (tuned5): a price per unit against a sum, a stock against a yearly flow, a part of a route
// against the whole, figures an order of magnitude apart, money said aloud ("six euros eighty"),
// an ordinal "a third round" read as a share, a demand with words between the verb and its "for".
// Each beside the case that must still flag. Invented sentences about the Arvenia–Torvania talks.
import { describe, expect, it } from 'vitest';
import { quantities } from '../../src/evidence/numbers.ts';
import { sameUnit } from '../../src/evidence/sameFigure.ts';
import { doc, kinds } from './linkedDocs.ts';

const one = (text: string) => quantities(text)[0]!;

describe('a price per unit', () => {
  it('is read with the unit it is per, written "per", "a" or "/"', () => {
    for (const text of [
      'a toll of 4.20 euros per tonne',
      'a toll of 4.20 euros a tonne',
      'a levy of 12 dollars per barrel',
      'a toll of 4.20 euros/tonne',
    ])
      expect(one(text).rate, text).toMatch(/^(?:tonne|barrel)$/);
  });

  it('is no figure for a sum in the same currency, but contradicts another price', () => {
    const toll = doc('a', 'The river toll agreed in Norland is 4.20 euros per tonne of cargo.');
    const fund = doc('b', 'The Union promised a river fund of 40 euros for each resident of the valley.');
    expect(kinds(toll, fund)).toEqual([]);
    const other = doc('b', 'The river toll agreed in Norland is 5.60 euros a tonne of cargo.');
    expect(kinds(toll, other)).toEqual(['number ab']);
  });

  it('is the same figure where a source leaves the unit out', () => {
    expect(sameUnit(one('a toll of 4.20 euros per tonne'), one('the toll is 4.20 euros'))).toBe(true);
  });
});

describe('money said aloud', () => {
  it('gives its minor unit after the major', () => {
    expect(one('Four euros twenty per tonne.').value).toBeCloseTo(4.2);
    expect(one('The toll is four euros twenty a tonne, the minister said.').value).toBeCloseTo(4.2);
    // A number that counts something of its own is no minor unit.
    expect(one('We paid 40 euros twenty days ago.').value).toBe(40);
  });
});

describe('a stock held at one time', () => {
  it('is of another dimension than a yearly flow or a figure that says neither', () => {
    const flow = doc('a', 'The Vell barges will carry up to 2.5 million tonnes of grain a year.');
    for (const stock of [
      'The port of Lorne can store 200,000 tonnes of grain at any one time.',
      'Storage: 200 000 tonnes of silo capacity at Lorne.',
    ])
      expect(kinds(flow, doc('b', stock)), stock).toEqual([]);
    const other = doc('b', 'The Vell barges will carry up to 3 million tonnes of grain a year.');
    expect(kinds(flow, other)).toEqual(['number ab']);
  });
});

describe('a part of a whole', () => {
  it('is read where the figure says it is of what came before', () => {
    expect(one('120 km of it runs through Torvania').part).toBe(true);
    expect(one('Of that, 120 kilometres cross Torvania.').part).toBe(true);
    expect(one('The canal runs 300 kilometres.').part).toBeUndefined();
    expect(one('Because of that, 40 prisoners were freed.').part).toBeUndefined();
    // "three of them" counts them all.
    expect(one('the gauging stations — three of them — report daily').part).toBeUndefined();
  });

  it('is no other figure for the whole, but a whole still contradicts a whole', () => {
    const whole = doc('a', 'The Vell canal runs 300 kilometres from Lorne to the sea.');
    const part = doc('b', 'The canal is the longest in the region, 120 km of it through Torvania.');
    expect(kinds(whole, part)).toEqual([]);
    const other = doc('b', 'The Vell canal runs 340 kilometres from Lorne to the sea.');
    expect(kinds(whole, other)).toEqual(['number ab']);
  });
});

describe('figures an order of magnitude apart', () => {
  it('measure two things, however alike the words', () => {
    const toll = doc('a', 'Under the accord Arvenia will pay Torvania a toll of 4 euros, the ministry said.');
    const fund = doc('b', 'Under the accord Arvenia will pay Torvania 300 million euros, the ministry said.');
    expect(kinds(toll, fund)).toEqual([]);
    const other = doc(
      'b',
      'Under the accord Arvenia will pay Torvania a toll of 6 euros, the ministry said.',
    );
    expect(kinds(toll, other)).toEqual(['number ab']);
  });
});

describe('a fraction word before a noun', () => {
  it('is an ordinal or a size, not a share', () => {
    expect(quantities('the delegations met for a third round in Lorne')).toEqual([]);
    expect(quantities('a third party will verify the data')).toEqual([]);
    for (const text of [
      'a third of the water',
      'cut by a third.',
      'fell by a third since March',
      'a third are held',
    ])
      expect(one(text), text).toMatchObject({ value: 33, unit: 'percent' });
  });
});

describe('a demand told with words between its verb and its figure', () => {
  it('is a position, not the figure agreed', () => {
    const agreed = doc('a', 'The accord lets Arvenia draw up to 400 million cubic metres a year.');
    for (const asked of [
      'Arvenia asked in January for 600 million cubic metres a year.',
      'Arvenia called last week for 600 million cubic metres a year.',
    ])
      expect(kinds(agreed, doc('b', asked)), asked).toEqual([]);
    const said = doc('b', 'The accord lets Arvenia draw up to 600 million cubic metres a year.');
    expect(kinds(agreed, said)).toEqual(['number ab']);
  });
});
