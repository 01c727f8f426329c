import { describe, expect, it } from 'vitest';
import { alignDrafts } from '../../src/compare/index.ts';
import { Lexicon, meaningWords } from '../../src/compare/lexicon.ts';
import { readQuantity } from '../../src/compare/quantities.ts';
import type { ProvisionInput } from '../../src/compare/types.ts';
import { lemma } from '../../src/core/lemma.ts';

const draft = (...texts: string[]): ProvisionInput[] =>
  texts.map((text, i) => ({ path: String(i + 1), number: String(i + 1), text }));

/** The meaning terms of a text, as the engine reads it. */
function terms(text: string): string[] {
  const out: string[] = [];
  new Lexicon().read(meaningWords(text), (t) => out.push(t.term));
  return out;
}

// Neighbours that anchor a gap: kept word for word on both sides.
const BEFORE = 'The parties exchange the lists of their delegations seven days before each round.';
const AFTER = 'Every disagreement about this text goes first to the joint legal committee.';

describe('base forms for the meaning reading', () => {
  it('brings inflected and derived forms to one base', () => {
    expect(lemma('parties')).toBe(lemma('party'));
    expect(lemma('enterprises')).toBe(lemma('enterprise'));
    expect(lemma('adaptation')).toBe(lemma('adapting'));
    expect(lemma('implementation')).toBe(lemma('implemented'));
    expect(lemma('security')).toBe(lemma('secure'));
    expect(lemma('withdrew')).toBe(lemma('withdraw'));
    expect(lemma('banned')).toBe(lemma('ban'));
    expect(lemma('organisation')).toBe(lemma('organizations'));
  });

  it('keeps short words and numbers, and reads a word named like an Object property as a word', () => {
    expect(lemma('un')).toBe('un');
    expect(lemma('2030')).toBe('2030');
    expect(lemma('constructor')).toBe('constructor');
    expect(lemma('officer')).not.toBe(lemma('office'));
  });
});

describe('quantities', () => {
  const quantity = (text: string) => terms(text).find((t) => /^\d/.test(t));
  it('normalises units of time, share and distance', () => {
    expect(quantity('within forty-eight hours')).toBe(quantity('within two days'));
    expect(quantity('by 15 per cent')).toBe('15%');
    expect(quantity('by fifteen percent')).toBe('15%');
    expect(quantity('by 15% a year')).toBe('15%');
    expect(quantity('within ninety days')).toBe(quantity('within three months'));
    expect(quantity('within half a year')).toBe(quantity('within six months'));
    expect(quantity('within a year and a half')).toBe(quantity('within eighteen months'));
    expect(quantity('within two years')).toBe(quantity('within 24 months'));
    expect(quantity('fifteen kilometres back')).toBe(quantity('15 km back'));
  });

  it('reads grouped digits, scales and dates as one number', () => {
    expect(quantity('a mission of 5,000 peacekeepers')).toBe('5000');
    expect(quantity('USD 5 million')).toBe(quantity('five million US dollars'));
    expect(quantity('one hundred billion')).toBe('100000000000');
    expect(quantity('from the first of March')).toBe('1');
  });

  it('reads no number in an article or an ordinal that counts nothing', () => {
    expect(readQuantity(['a', 'fund'], 0)).toBeUndefined();
    expect(readQuantity(['first', 'year'], 0)).toBeUndefined();
    expect(readQuantity(['a', 'year'], 0)).toEqual({ term: '12mo', used: 2 });
  });
});

describe('word families of peace, trade and climate texts', () => {
  it.each([
    ['customs duties on industrial goods', 'tariffs on manufactured products'],
    ['national adaptation plan', 'strategy for adapting'],
    ['developed countries', 'industrialised nations'],
    ['enters into force on signature', 'takes effect when it is signed'],
    ['the media are free', 'freedom of the press'],
    ['unhindered access', 'reach without obstruction'],
    ['free of customs duties', 'pay no tariffs'],
    ['least developed countries', 'LDCs'],
  ])('%s ~ %s', (a, b) => {
    const shared = terms(a).filter((t) => terms(b).includes(t));
    expect(shared.length, `${terms(a)} / ${terms(b)}`).toBeGreaterThanOrEqual(1);
  });

  it('keeps a fee and a charge in court apart', () => {
    expect(terms('charged with war crimes')).not.toContain(terms('a transit fee')[1]);
  });

  it('pairs a point rewritten in trade vocabulary at the same place, and says which words met', () => {
    const from = draft(
      BEFORE,
      'Both parties cut customs duties on industrial goods by 15 per cent within 12 months of entry into force.',
      AFTER,
    );
    const to = draft(
      BEFORE,
      'Tariffs on manufactured products fall by fifteen percent in the first year after the agreement takes effect.',
      AFTER,
    );
    const pair = alignDrafts(from, to).pairs.find((p) => p.from[0] === '2')!;
    expect(pair).toMatchObject({ kind: 'rewritten', to: ['2'] });
    expect(pair.evidence!.meanings).toEqual(
      expect.arrayContaining(['15 per cent = fifteen percent', 'customs duties ~ tariffs']),
    );
  });
});

describe('position beside neighbours', () => {
  it('places a rewritten point reordered inside a regrouped chapter by its neighbour pairs', () => {
    const from = draft(
      'All shooting across the Karst line stops at midnight on the day of signature.',
      'The water of the Karst river is shared according to the 1987 agreement.',
      'The rail line through Mirov reopens for passengers.',
      'Trade across the line is free of customs duties.',
      'Local elections are held in the border districts within one year.',
    );
    const to: ProvisionInput[] = [
      { path: 'A', number: 'A.', text: 'Security' },
      {
        path: 'A.1',
        number: '1.',
        parent: 'A',
        text: 'The ceasefire along the Karst line takes effect at 00:00 on the date the plan is signed.',
      },
      {
        path: 'A.2',
        number: '2.',
        parent: 'A',
        text: 'Voters of the border districts elect their local councils within twelve months.',
      },
      { path: 'C', number: 'C.', text: 'Economy' },
      { path: 'C.3', number: '3.', parent: 'C', text: 'Goods moving across the line pay no tariffs.' },
      { path: 'C.4', number: '4.', parent: 'C', text: 'Passenger trains run again on the Mirov railway.' },
      {
        path: 'C.5',
        number: '5.',
        parent: 'C',
        text: "The Karst river's water is divided as laid down in the 1987 accord.",
      },
    ];
    const result = alignDrafts(from, to);
    const pair = result.pairs.find((p) => p.from[0] === '4');
    expect(pair?.to).toEqual(['C.3']);
    expect(pair!.evidence!.structure.join(' ')).toMatch(/beside 3 → 4, its neighbours' pairs/);
  });
});

describe('place in a wide gap', () => {
  it('never pairs a point at the end of a wide gap on a few words with a new point at its start', () => {
    const from = draft(
      'Parties aim to cut greenhouse gas emissions by 45 per cent below 2010 levels by 2030.',
      'Developed countries provide USD 100 billion a year in climate finance to developing countries.',
      'Each party submits a national adaptation plan within two years.',
      'An expert panel reviews the progress of each party every five years.',
      'Parties report their emissions each year using common tables.',
      AFTER,
    );
    const to = draft(
      'The negotiating teams meet again in Geneva in the spring to review progress.',
      'Emissions of greenhouse gases (GHG) fall forty-five percent from their 2010 level by the year 2030.',
      'Industrialised nations mobilise one hundred billion US dollars annually for climate action in the developing world.',
      'Within 24 months, every party presents its strategy for adapting to the effects of climate change.',
      'Each party publishes an annual inventory of its GHG emissions in an agreed format, and an independent group of experts assesses its performance every five years.',
      AFTER,
    );
    const result = alignDrafts(from, to);
    expect(result.added).toContain('1');
    expect(result.pairs.find((p) => p.from.includes('4'))?.to).toEqual(['5']);
  });
});

describe('a split half joined on meaning', () => {
  it.each([
    [
      'Fossil fuel subsidies are reduced step by step, and coal plants without carbon capture close by 2035.',
      'Fossil-fuel subsidies are phased down gradually.',
      'Unabated coal-fired stations shut down by 2035.',
    ],
    [
      'Former fighters are offered places in the national army or in training programmes, and their weapons are registered.',
      'Ex-combatants may join the armed forces.',
      'Vocational training is open to those who do not, and every rifle is recorded.',
    ],
  ])('%s → two rewritten halves', (whole, first, second) => {
    const result = alignDrafts(draft(BEFORE, whole, AFTER), draft(BEFORE, first, second, AFTER));
    const pair = result.pairs.find((p) => p.from.includes('2'))!;
    expect(pair).toMatchObject({ kind: 'split', to: ['2', '3'] });
    expect(pair.evidence!.structure).toContain('1 → 2, side by side');
  });
});
