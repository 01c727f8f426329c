import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Alignment,
  alignDrafts,
  compareDrafts,
  type ProvisionInput,
  toJsonObject,
  walkLevels,
  walkPairs,
} from '../../src/compare/index.ts';
import { CEASEFIRE, draft, ELECTIONS, MONITORING, PRISONERS, RECONSTRUCTION, SANCTIONS } from './helpers.ts';

const older = draft([
  ['1', CEASEFIRE],
  ['2', PRISONERS, [['(a)', 'Lists of prisoners are exchanged within ten days of signature.']]],
  ['3', `${MONITORING} ${SANCTIONS}`],
  ['4', ELECTIONS],
  ['5', RECONSTRUCTION],
]);
const newer = draft([
  ['1', CEASEFIRE],
  [
    '2',
    PRISONERS,
    [
      ['(a)', 'Lists of prisoners are exchanged within ten days of signature.'],
      ['(b)', 'The Red Cross visits every place of detention.'],
    ],
  ],
  ['3', MONITORING],
  ['4', ELECTIONS],
  ['5', SANCTIONS],
  ['6', RECONSTRUCTION],
]);

/** Each provision is listed at most once across pairs, added, deleted and placeholders. */
function expectEachPathOnce(alignment: Alignment): void {
  const from: string[] = [];
  const to: string[] = [];
  for (const level of walkLevels(alignment)) {
    for (const pair of level.pairs) {
      from.push(...pair.from);
      to.push(...pair.to);
    }
    from.push(...level.deleted, ...level.placeholders.from);
    to.push(...level.added, ...level.placeholders.to);
  }
  expect(new Set(from).size, `from: ${from.join(' ')}`).toBe(from.length);
  expect(new Set(to).size, `to: ${to.join(' ')}`).toBe(to.length);
}

const pairsOf = (alignment: Alignment) =>
  [...walkPairs(alignment)].map(
    ({ pair }) =>
      [pair.from, pair.to, pair.kind, pair.user ?? 'engine'] as [string[], string[], string, string],
  );

describe('user pairings over the engine', () => {
  it('the engine splits 3 into 3 and 5 on its own', () => {
    expect(pairsOf(alignDrafts(older, newer))).toContainEqual([['3'], ['3', '5'], 'split', 'engine']);
  });

  it('a confirmed pairing keeps the engine pair and marks it', () => {
    const engine = alignDrafts(older, newer);
    const confirmed = alignDrafts(older, newer, { pairings: [{ from: ['3'], to: ['3', '5'] }] });
    expect(pairsOf(confirmed)).toContainEqual([['3'], ['3', '5'], 'split', 'confirmed']);
    expect(pairsOf(confirmed).filter((p) => p[3] === 'engine')).toEqual(
      pairsOf(engine).filter((p) => p[1].join() !== '3,5'),
    );
  });

  it('an override wins: the pair is the user one, redlined, and its former partners are left over', () => {
    const engine = compareDrafts(older, newer);
    const result = compareDrafts(older, newer, { pairings: [{ from: ['4'], to: ['6'] }] });
    const pair = result.alignment.pairs.find((p) => p.to.includes('6'));
    expect(pair).toMatchObject({ from: ['4'], to: ['6'], user: 'overridden', confidence: 1, moved: false });
    expect(pair?.kind).toBe('reworded');
    expect(pair?.score).toBeLessThan(0.3);
    expect(result.alignment.added).toContain('4');
    expect(result.alignment.deleted).toContain('5');
    const redline = result.redlines.find((r) => r.to.join() === '6')!;
    expect(redline.segments.some((s) => s.kind === 'delete' && s.text.includes('elections'))).toBe(true);
    expect(redline.segments.some((s) => s.kind === 'insert' && s.text.includes('reconstruction'))).toBe(true);
    expect(result.summary.added).toBe(engine.summary.added + 1);
    expect(toJsonObject(result).pairs).toContainEqual({
      from: ['4'],
      to: ['6'],
      kind: 'reworded',
      score: pair!.score > 0 ? Math.round(pair!.score * 100) / 100 : 0,
      user: 'overridden',
    });
    expectEachPathOnce(result.alignment);
  });

  it('a provision stated as new leaves the rest of a split paired', () => {
    const result = alignDrafts(older, newer, { pairings: [{ from: [], to: ['5'] }] });
    expect(pairsOf(result)).toContainEqual([['3'], ['3'], 'reworded', 'engine']);
    expect(result.added).toEqual(['5']);
    expectEachPathOnce(result);
  });

  it('two pairings from one old provision read as one split', () => {
    const result = alignDrafts(older, newer, {
      pairings: [
        { from: ['3'], to: ['3'] },
        { from: ['3'], to: ['5'] },
      ],
    });
    expect(pairsOf(result)).toContainEqual([['3'], ['3', '5'], 'split', 'confirmed']);
  });

  it("an overridden pair's sub-items are aligned afresh", () => {
    const result = alignDrafts(older, newer, { pairings: [{ from: ['2'], to: ['3'] }] });
    const pair = result.pairs.find((p) => p.from.join() === '2')!;
    expect(pair).toMatchObject({ to: ['3'], user: 'overridden' });
    // New 3 has no sub-items: old 2(a) goes with its parent's pair, deleted there.
    expect(pair.children?.deleted).toEqual(['2.a']);
    // New 2 lost its partner, so it is added with its sub-items.
    expect(result.added).toContain('2');
    expectEachPathOnce(result);
  });

  it('a sub-item paired with a top-level provision is a move between levels', () => {
    const result = alignDrafts(older, newer, { pairings: [{ from: ['2.a'], to: ['4'] }] });
    const pair = result.pairs.find((p) => p.from.join() === '2.a')!;
    expect(pair).toMatchObject({ to: ['4'], kind: 'moved', moved: true, user: 'overridden' });
    const two = result.pairs.find((p) => p.from.join() === '2')!;
    expect([...walkPairs(two.children!)].map(({ pair: p }) => p.from)).not.toContainEqual(['2.a']);
    expect(result.deleted).toContain('4');
    expectEachPathOnce(result);
  });

  it('pairings that reorder mark the pairs out of order as moved', () => {
    const result = alignDrafts(older, newer, {
      pairings: [
        { from: ['1'], to: ['4'] },
        { from: ['4'], to: ['1'] },
      ],
    });
    const moved = result.pairs.filter((p) => p.user === 'overridden' && p.moved);
    expect(moved.map((p) => [p.from, p.to, p.kind])).toEqual([
      [['4'], ['1'], 'moved'],
      [['1'], ['4'], 'moved'],
    ]);
    expect(result.pairs.find((p) => p.to.join() === '2')).toMatchObject({ kind: 'kept', moved: false });
    expectEachPathOnce(result);
  });

  it('refuses a pairing naming a provision the drafts do not have', () => {
    expect(() => alignDrafts(older, newer, { pairings: [{ from: ['9'], to: ['1'] }] })).toThrow(
      expect.objectContaining({ code: 'invalid_input', message: expect.stringMatching(/'9'.*older draft/) }),
    );
  });

  it('whatever the pairings, each provision is listed once and every stated pair is in the result', () => {
    const pathsOf = (d: ProvisionInput[]) => d.map((p) => p.path);
    const pairing = fc.record({
      from: fc.subarray(pathsOf(older), { maxLength: 2 }),
      to: fc.subarray(pathsOf(newer), { maxLength: 2 }),
    });
    fc.assert(
      fc.property(fc.array(pairing, { maxLength: 4 }), (pairings) => {
        const result = alignDrafts(older, newer, { pairings });
        expectEachPathOnce(result);
        const listed = [...walkPairs(result)].map(({ pair }) => pair);
        for (const p of pairings) {
          if (p.from.length === 0 || p.to.length === 0) continue;
          const holder = listed.find((q) => q.from.includes(p.from[0]!));
          expect(holder?.user).toBeDefined();
          expect(holder?.to).toEqual(expect.arrayContaining(p.to));
        }
      }),
      { numRuns: 150 },
    );
  });
});
