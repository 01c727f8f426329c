import { describe, expect, it } from 'vitest';
import { alignDrafts } from '../../src/compare/index.ts';
import {
  AMNESTY,
  CEASEFIRE,
  draft,
  ELECTIONS,
  LANGUAGE,
  MONITORING,
  PRISONERS,
  RECONSTRUCTION,
  SANCTIONS,
} from './helpers.ts';

const base = draft([
  ['1', CEASEFIRE],
  ['2', PRISONERS],
  ['3', `${MONITORING} ${SANCTIONS}`],
  ['4', ELECTIONS],
  ['5', RECONSTRUCTION],
]);

describe('alignDrafts', () => {
  it('a split provision maps to both targets', () => {
    const next = draft([
      ['1', CEASEFIRE],
      ['2', PRISONERS],
      ['3', MONITORING],
      ['4', ELECTIONS],
      ['5', SANCTIONS],
      ['6', RECONSTRUCTION],
    ]);
    const result = alignDrafts(base, next);
    const split = result.pairs.find((p) => p.kind === 'split');
    expect(split).toMatchObject({ from: ['3'], to: ['3', '5'] });
    expect(result.added).toEqual([]);
    expect(result.deleted).toEqual([]);
  });

  it('a heavily reworded half of a split joins its twin when it stands beside it, not when it stands apart', () => {
    const first =
      'Refugees and displaced persons may return to their homes in safety and receive help to rebuild.';
    const second =
      'A joint commission settles property claims of returning families and compensates those whose houses were destroyed.';
    const reworded =
      'A joint panel decides property disputes of returning families and pays for houses that were destroyed.';
    const old = draft([
      ['1', CEASEFIRE],
      ['2', `${first} ${second}`],
      ['3', PRISONERS],
      ['4', ELECTIONS],
    ]);
    const beside = alignDrafts(
      old,
      draft([
        ['1', CEASEFIRE],
        ['2', first],
        ['3', reworded],
        ['4', PRISONERS],
        ['5', ELECTIONS],
      ]),
    );
    expect(beside.pairs.find((p) => p.kind === 'split')).toMatchObject({ from: ['2'], to: ['2', '3'] });
    expect(beside.added).toEqual([]);
    // Far from its twin, the same words are too few to call it a part of provision 2.
    const apart = alignDrafts(
      old,
      draft([
        ['1', CEASEFIRE],
        ['2', first],
        ['3', PRISONERS],
        ['4', ELECTIONS],
        ['5', reworded],
      ]),
    );
    expect(apart.pairs.some((p) => p.kind === 'split')).toBe(false);
    expect(apart.added).toEqual(['5']);
  });

  it('two provisions merged into one come out as one n→1 pair', () => {
    const next = draft([
      ['1', `${CEASEFIRE} ${PRISONERS}`],
      ['2', `${MONITORING} ${SANCTIONS}`],
      ['3', ELECTIONS],
      ['4', RECONSTRUCTION],
    ]);
    const result = alignDrafts(base, next);
    expect(result.pairs.find((p) => p.kind === 'merged')).toMatchObject({ from: ['1', '2'], to: ['1'] });
  });

  it('renumbering after a deletion keeps identity by content', () => {
    const next = draft([
      ['1', CEASEFIRE],
      ['2', `${MONITORING} ${SANCTIONS}`],
      ['3', ELECTIONS],
      ['4', RECONSTRUCTION],
    ]);
    const result = alignDrafts(base, next);
    expect(result.deleted).toEqual(['2']);
    expect(result.pairs.map((p) => [p.from[0], p.to[0], p.kind])).toEqual([
      ['1', '1', 'kept'],
      ['3', '2', 'kept'],
      ['4', '3', 'kept'],
      ['5', '4', 'kept'],
    ]);
  });

  it('a "[removed]" placeholder keeps the number: the old point is deleted, the slot neither added nor paired', () => {
    const next = draft([
      ['1', CEASEFIRE],
      ['2', '[removed]'],
      ['3', `${MONITORING} ${SANCTIONS}`],
      ['4', ELECTIONS],
      ['5', RECONSTRUCTION],
    ]);
    const result = alignDrafts(base, next);
    expect(result.deleted).toEqual(['2']);
    expect(result.added).toEqual([]);
    expect(result.placeholders.to).toEqual(['2']);
    expect(result.pairs.every((p) => p.kind === 'kept')).toBe(true);
  });

  it('a 2bis insertion renumbered in the final text is matched by content, not number', () => {
    const working = draft([
      ['Article 1', CEASEFIRE],
      ['Article 2', PRISONERS],
      ['Article 2bis', AMNESTY],
      ['Article 3', ELECTIONS],
    ]);
    const final = draft([
      ['Article 1', CEASEFIRE],
      ['Article 2', PRISONERS],
      ['Article 3', AMNESTY.replace('general', 'broad')],
      ['Article 4', ELECTIONS],
    ]);
    const result = alignDrafts(working, final);
    expect(result.pairs.map((p) => `${p.from[0]}>${p.to[0]}:${p.kind}`)).toEqual([
      'Article1>Article1:kept',
      'Article2>Article2:kept',
      'Article2bis>Article3:reworded',
      'Article3>Article4:kept',
    ]);
    expect(result.added).toEqual([]);
  });

  it('a provision taken out of order is moved, and only that one', () => {
    const next = draft([
      ['1', RECONSTRUCTION],
      ['2', CEASEFIRE],
      ['3', PRISONERS],
      ['4', `${MONITORING} ${SANCTIONS}`],
      ['5', ELECTIONS],
    ]);
    const result = alignDrafts(base, next);
    expect(result.pairs.filter((p) => p.moved).map((p) => p.from)).toEqual([['5']]);
    expect(result.pairs.find((p) => p.from[0] === '5')?.kind).toBe('moved');
  });

  it('two unrelated texts on the same topic are added and deleted, not force-matched', () => {
    const other = draft([
      [
        '1',
        'Heavy weapons are withdrawn thirty kilometres from the line of contact under joint supervision.',
      ],
      [
        '2',
        'Refugees may return to their homes, and their property titles are restored by a claims commission.',
      ],
      ['3', 'Foreign troops leave the territory within a year; no new bases are built near the border.'],
      ['4', 'A joint commission of the parties meets weekly to settle disputes about this ceasefire.'],
      ['5', 'Humanitarian corridors stay open for aid convoys and for the evacuation of the wounded.'],
    ]);
    const result = alignDrafts(base, other);
    expect(result.pairs.length).toBeLessThanOrEqual(1);
    expect(result.added.length).toBeGreaterThanOrEqual(4);
    expect(result.deleted.length).toBeGreaterThanOrEqual(4);
  });

  it('sub-items are aligned inside their matched parents', () => {
    const before = draft([
      [
        '1',
        'Security arrangements.',
        [
          ['(a)', CEASEFIRE],
          ['(b)', MONITORING],
        ],
      ],
      ['2', LANGUAGE],
    ]);
    const after = draft([
      [
        '1',
        'Security arrangements.',
        [
          ['(a)', MONITORING],
          ['(b)', CEASEFIRE.replace('complete', 'full')],
          ['(c)', AMNESTY],
        ],
      ],
      ['2', LANGUAGE],
    ]);
    const result = alignDrafts(before, after);
    const parent = result.pairs.find((p) => p.from[0] === '1')!;
    expect(parent.kind).toBe('kept');
    expect(parent.children?.added).toEqual(['1.c']);
    const children = parent.children!.pairs.map((p) => `${p.from[0]}>${p.to[0]}`).sort();
    expect(children).toEqual(['1.a>1.b', '1.b>1.a']);
  });

  it('a paragraph moved to another article is paired across levels as moved', () => {
    const before = draft([
      [
        'Article 1',
        'Security.',
        [
          ['1', CEASEFIRE],
          ['2', AMNESTY],
        ],
      ],
      ['Article 2', 'Justice.', [['1', LANGUAGE]]],
    ]);
    const after = draft([
      ['Article 1', 'Security.', [['1', CEASEFIRE]]],
      [
        'Article 2',
        'Justice.',
        [
          ['1', LANGUAGE],
          ['2', AMNESTY],
        ],
      ],
    ]);
    const result = alignDrafts(before, after);
    expect(result.pairs).toContainEqual(
      expect.objectContaining({ kind: 'moved', from: ['Article1.2'], to: ['Article2.2'] }),
    );
    const levels = result.pairs.flatMap((p) => [p.children?.added ?? [], p.children?.deleted ?? []]).flat();
    expect(levels).toEqual([]);
  });

  it('gives every pair a score and a confidence in [0, 1], lower when a rival is close', () => {
    const twins = draft([
      ['1', CEASEFIRE],
      ['2', CEASEFIRE],
      ['3', ELECTIONS],
    ]);
    const result = alignDrafts(twins, twins);
    for (const p of result.pairs) {
      expect(p.score).toBeGreaterThanOrEqual(0);
      expect(p.score).toBeLessThanOrEqual(1);
    }
    const twin = result.pairs.find((p) => p.from[0] === '1')!;
    const unique = result.pairs.find((p) => p.from[0] === '3')!;
    expect(twin.to).toEqual(['1']);
    expect(twin.confidence).toBeLessThan(unique.confidence);
  });

  it('refuses duplicate paths with invalid_input', () => {
    const broken = [...draft([['1', CEASEFIRE]]), ...draft([['1', ELECTIONS]])];
    expect(() => alignDrafts(broken, base)).toThrow(expect.objectContaining({ code: 'invalid_input' }));
  });

  it('is deterministic', () => {
    const next = draft([
      ['1', ELECTIONS],
      ['2', `${CEASEFIRE} ${PRISONERS}`],
      ['3', MONITORING],
    ]);
    expect(alignDrafts(base, next)).toEqual(alignDrafts(base, next));
  });
});
