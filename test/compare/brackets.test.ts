import { describe, expect, it } from 'vitest';
import { countBrackets, countDraftBrackets } from '../../src/compare/index.ts';

describe('countBrackets', () => {
  it('counts every open bracket, nested ones too', () => {
    expect(countBrackets('Troops [shall][should] withdraw [within [30][60] days].').brackets).toBe(5);
  });

  it('counts "Option N" and "Alternative N" blocks, not the word option in prose', () => {
    const text =
      'Option 1: a buffer zone. Option 2: no zone. Alternative B: joint patrols. The option to extend remains.';
    expect(countBrackets(text).options).toBe(3);
  });

  it('ignores Markdown links and escaped brackets', () => {
    expect(countBrackets('See [the annex](annex.md) and \\[sic].').brackets).toBe(0);
  });
});

describe('countDraftBrackets', () => {
  it('reports per provision and in total, counting option labels that became numbers', () => {
    const count = countDraftBrackets([
      { path: '1', number: '1', text: 'The parties [agree][undertake] to a ceasefire.' },
      { path: '2', number: '2', text: 'Elections take place.' },
      { path: '2.opt1', number: 'Option 1', parent: '2', text: 'within 100 days' },
      { path: '2.opt2', number: 'Option 2', parent: '2', text: 'within [a year]' },
      { path: '3', number: '[Article 3bis]', text: 'A bracketed article.' },
    ]);
    expect(count.brackets).toBe(4);
    expect(count.options).toBe(2);
    expect(count.byProvision).toEqual({
      '1': { brackets: 2, options: 0 },
      '2.opt1': { brackets: 0, options: 1 },
      '2.opt2': { brackets: 1, options: 1 },
      '3': { brackets: 1, options: 0 },
    });
    expect(count.byProvision['2']).toBeUndefined();
  });
});
