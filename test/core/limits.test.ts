import { describe, expect, it } from 'vitest';
import { findBadInput, findBadInputSliced, NESTING_MAX } from '../../src/core/limits.ts';

/** A draft-shaped input with `n` provisions, each a handful of strings. */
function longDraft(n: number) {
  return {
    label: 'Schedule',
    provisions: Array.from({ length: n }, (_, i) => ({
      path: String(i + 1),
      number: `${i + 1}.`,
      text: `Item ${i + 1} is settled.`,
      topics: ['fisheries'],
    })),
  };
}

describe('findBadInput', () => {
  it('names the first string no column can hold, in values and keys, and too deep a nesting', async () => {
    const draft = longDraft(50);
    const cases: [unknown, { field: string; problem: RegExp } | undefined][] = [
      [draft, undefined],
      ['a\u0000b', { field: '(value)', problem: /NUL character \(U\+0000\) at offset 1/ }],
      [
        {
          ...draft,
          provisions: draft.provisions.map((p, i) => (i === 7 ? { ...p, topics: ['ok', 'x\uD800'] } : p)),
        },
        { field: 'provisions.7.topics.1', problem: /lone surrogate \(U\+D800\) at offset 1/ },
      ],
      [{ a: [{ 'k\u0000': 1 }] }, { field: 'a.0.(key)', problem: /NUL/ }],
      [{ ok: '\uD83D\uDE00 a pair is fine' }, undefined],
      [
        Array.from({ length: NESTING_MAX + 1 }).reduce<unknown>((inner) => [inner], 'x'),
        { field: Array(NESTING_MAX).fill('0').join('.'), problem: /nested deeper than 32 levels/ },
      ],
    ];
    for (const [input, want] of cases) {
      const found = findBadInput(input);
      if (want) {
        expect(found?.field).toBe(want.field);
        expect(found?.problem).toMatch(want.problem);
      } else expect(found).toBeUndefined();
      expect(await findBadInputSliced(input)).toEqual(found);
    }
  });

  it('walks a long input in slices, letting the event loop run between them', async () => {
    const draft = longDraft(20_000);
    draft.provisions[19_999]!.text = 'late \u0000';
    let turns = 0;
    const ticker = setInterval(() => turns++, 0);
    const found = await findBadInputSliced(draft);
    clearInterval(ticker);
    expect(found?.field).toBe('provisions.19999.text');
    expect(turns).toBeGreaterThan(0);
  });
});
