import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../../src/core/outline/index.ts';
import { parseFixture, shape } from './fixture.ts';

describe('prose that looks like numbering', () => {
  it('years and mid-line numbers stay text of the point they are in', () => {
    const draft = parseFixture('dot-numbers.txt');
    expect(draft.provisions.find((p) => p.path === '5')?.text).toBe(
      'Prisoners shall be exchanged on an all-for-all basis. The first exchange takes place in 2026. The parties 2025. This date line is not a point, it is text of point 5. 1945 was the year the old border was drawn.',
    );
    expect(draft.provisions.some((p) => p.path === '2025' || p.path === '1945')).toBe(false);
  });

  it('numbers within the gap allowance continue the list, larger jumps do not', () => {
    expect(shape(parseDraft('1. A.\n2. B.\n30. C.\n'))).toEqual(['1', '2', '30']);
    expect(shape(parseDraft('1. A.\n2. B.\n\n40. Forty troops were seen.\n'))).toEqual(['1', '2']);
  });

  it('"2.5 million" at a line start is not point 2.5, but "2.5 The" is', () => {
    expect(shape(parseDraft('1. Aid\n2. Funds of\n2.5 million euros are pledged.\n'))).toEqual(['1', '2']);
    expect(shape(parseDraft('2. Funds\n\n2.5 The fund is audited.\n'))).toEqual(['2', '2.5 ^2']);
  });

  it('a wrapped line starting "(d), of the Convention" does not open a list mid-sentence', () => {
    const draft = parseDraft('1. As set out in Article 4, paragraph 1\n(d), of the Convention.\n');
    expect(shape(draft)).toEqual(['1']);
    expect(draft.provisions[0]!.text).toBe('As set out in Article 4, paragraph 1 (d), of the Convention.');
  });

  it('"(i)" after "(h)" is the ninth letter; "(v)" after "(iv)" is a numeral', () => {
    const letters = 'abcdefghi'.split('').map((c) => `(${c}) Item.`);
    expect(shape(parseDraft(`1. List:\n${letters.join('\n')}\n`)).at(-1)).toBe('1.i ^1');
    const numerals = ['i', 'ii', 'iii', 'iv', 'v'].map((c) => `(${c}) Item.`);
    const draft = parseDraft(`1. List:\n(a) Sub:\n${numerals.join('\n')}\n`);
    expect(shape(draft).at(-1)).toBe('1.a.v ^1.a');
  });
});
