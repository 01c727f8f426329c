import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { redline } from '../../src/compare/index.ts';
import { redlineTokens, TOKEN } from '../../src/compare/redline.ts';

const marks = (oldText: string, newText: string) =>
  redline(oldText, newText)
    .map((s) => (s.kind === 'equal' ? s.text : `<${s.kind}:${s.text}>`))
    .join('');

describe('redline', () => {
  it('changes whole words, never parts of them', () => {
    const out = redline('The observers report monthly.', 'The monitors report weekly.');
    for (const s of out.filter((x) => x.kind !== 'equal'))
      expect(s.text).toMatch(/^\W*[\p{L}]+(\W+[\p{L}]+)*\W*$/u);
    expect(out.find((s) => s.kind === 'delete')?.text).toContain('observers');
    expect(out.find((s) => s.kind === 'insert')?.text).toContain('monitors');
  });

  it('folds a short connective between two changes into one readable change', () => {
    expect(marks('lifted in full by the council', 'suspended at once by the council')).toBe(
      '<delete:lifted in full><insert:suspended at once> by the council',
    );
  });

  it('shows a sentence moved to the front as a move, linked by id', () => {
    const out = redline(
      'Troops withdraw within a month. Observers verify the withdrawal on the ground.',
      'Observers verify the withdrawal on the ground. Troops withdraw within a month.',
    );
    const from = out.find((s) => s.kind === 'move-from');
    const to = out.find((s) => s.kind === 'move-to');
    expect(from?.moveId).toBeDefined();
    expect(from?.moveId).toBe(to?.moveId);
  });

  it('identical texts are one equal run', () => {
    expect(redline('Nothing changes here.', 'Nothing changes here.')).toEqual([
      { kind: 'equal', text: 'Nothing changes here.' },
    ]);
  });

  it('handles empty sides', () => {
    expect(redline('', 'New text.')).toEqual([{ kind: 'insert', text: 'New text.' }]);
    expect(redline('Old text.', '')).toEqual([{ kind: 'delete', text: 'Old text.' }]);
    expect(redline('', '')).toEqual([]);
  });

  it('a 1 MB provision with a few edits finishes and keeps the edits word-sized', () => {
    const sentence = (i: number) => `Clause ${i} binds the parties to report on item ${i * 7} each quarter. `;
    const old = Array.from({ length: 16000 }, (_, i) => sentence(i)).join('');
    const neu = old
      .replace('item 700 each', 'item 700 every')
      .replace('Clause 9000 binds', 'Clause 9000 obliges');
    expect(old.length).toBeGreaterThan(1_000_000);
    const out = redline(old, neu);
    const changes = out.filter((s) => s.kind !== 'equal');
    expect(changes.map((s) => s.text.trim())).toEqual(['each', 'every', 'binds', 'obliges']);
  });

  it('two unrelated 1 MB texts still give an answer (bounded work)', () => {
    const a = 'alpha beta gamma delta. '.repeat(45000);
    const b = 'one two three four five. '.repeat(42000);
    const out = redline(a, b);
    expect(
      out
        .filter((s) => s.kind !== 'insert')
        .map((s) => s.oldText ?? s.text)
        .join(''),
    ).toBe(a);
    expect(
      out
        .filter((s) => s.kind !== 'delete')
        .map((s) => s.text)
        .join(''),
    ).toBe(b);
  });
});

describe('redline tokens', () => {
  it('the hand scanner for ASCII text gives exactly the tokens of the Unicode pattern', () => {
    const ascii = fc.string({
      unit: fc.constantFrom(..."ab Z9'-.,;[]()\t\n\r\v\f".split('')),
      maxLength: 60,
    });
    fc.assert(
      fc.property(fc.oneof(ascii, fc.string({ unit: 'binary-ascii', maxLength: 40 })), (text) => {
        expect(redlineTokens(text)).toEqual(text.match(TOKEN) ?? []);
      }),
      { numRuns: 2000 },
    );
  });
});
