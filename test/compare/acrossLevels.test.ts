import { describe, expect, it } from 'vitest';
import { alignDrafts } from '../../src/compare/index.ts';
import type { Alignment } from '../../src/compare/types.ts';

/** Every path the alignment lists, per side, in listing order (duplicates kept). */
function listed(result: Alignment) {
  const from: string[] = [];
  const to: string[] = [];
  const walk = (level: Alignment) => {
    from.push(...level.deleted, ...level.placeholders.from);
    to.push(...level.added, ...level.placeholders.to);
    for (const p of level.pairs) {
      from.push(...p.from);
      to.push(...p.to);
      if (p.children) walk(p.children);
    }
  };
  walk(result);
  return { from, to };
}

describe('a provision moved across levels onto a theme heading', () => {
  // Found by the property test (seed -1195768718): the new draft groups its points under
  // headings, so its sub-items are matched as one level; a heading then left unpaired is
  // matched across levels with an old sub-item, and its own sub-items must not be listed again.
  const from = [
    { path: '1', number: '1', text: '[removed]' },
    {
      path: '1.1',
      number: '(1)',
      parent: '1',
      text: 'ceasefire ceasefire ceasefire ceasefire ceasefire ceasefire',
    },
  ];
  const to = [
    { path: '1', number: '1', text: 'ceasefire' },
    { path: '1.1', number: '(1)', parent: '1', text: '[removed]' },
    { path: '1.2', number: '(2)', parent: '1', text: '' },
    { path: '2', number: '2', text: 'ceasefire ceasefire' },
    { path: '2.1', number: '(1)', parent: '2', text: '[removed]' },
    { path: '2.2', number: '(2)', parent: '2', text: 'ceasefire ceasefire ceasefire' },
  ];

  it('lists each provision once on each side', () => {
    const result = alignDrafts(from, to);
    const seen = listed(result);
    expect(seen.from.length).toBe(new Set(seen.from).size);
    expect(seen.to.length).toBe(new Set(seen.to).size);
    expect(new Set(seen.to)).toEqual(new Set(to.map((p) => p.path)));
  });

  it('still reports the move itself', () => {
    const moved = alignDrafts(from, to).pairs.find((p) => p.kind === 'moved');
    expect(moved).toMatchObject({ from: ['1.1'], to: ['2'] });
  });
});
