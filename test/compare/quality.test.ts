import { describe, expect, it } from 'vitest';
import { alignDrafts } from '../../src/compare/index.ts';
import { generateDraftPair } from '../../src/compare/perturb.ts';
import { scoreAlignment } from '../../src/compare/score.ts';
import { MODERATE } from '../../src/compare/synthetic.ts';

describe('alignment quality on synthetic drafts with known truth', () => {
  it('reaches F1 ≥ 0.95 at moderate perturbation (several seeds)', () => {
    for (const seed of [11, 23, 37]) {
      const pair = generateDraftPair(seed, 300);
      const score = scoreAlignment(alignDrafts(pair.from, pair.to), pair.truth);
      expect(score.f1, `seed ${seed}`).toBeGreaterThanOrEqual(0.95);
    }
  });

  it('stays above F1 0.97 at heavy perturbation, splits and merges included', () => {
    const heavy = { ...MODERATE, reorder: 0.2, reword: 0.6, rewordStrength: 0.4 };
    Object.assign(heavy, { merge: 0.1, split: 0.1, add: 0.1, delete: 0.1 });
    for (const seed of [11, 12, 13]) {
      const pair = generateDraftPair(seed, 300, { rates: heavy });
      const score = scoreAlignment(alignDrafts(pair.from, pair.to), pair.truth);
      expect(score.f1, `seed ${seed}`).toBeGreaterThanOrEqual(0.97);
      // A split's reworded half must mostly be found beside its twin, not reported as added.
      const split = score.byKind.split!;
      expect(split.found / split.truth, `seed ${seed} splits`).toBeGreaterThanOrEqual(0.9);
    }
  });

  it('keeps deleted numbers as "[removed]" placeholders without losing accuracy', () => {
    const pair = generateDraftPair(5, 200, { placeholders: true });
    expect(pair.to.some((p) => p.text === '[removed]')).toBe(true);
    expect(scoreAlignment(alignDrafts(pair.from, pair.to), pair.truth).f1).toBeGreaterThanOrEqual(0.95);
  });

  it('the generator is reproducible from its seed and varies with it', () => {
    expect(generateDraftPair(7, 50)).toEqual(generateDraftPair(7, 50));
    expect(generateDraftPair(8, 50).to).not.toEqual(generateDraftPair(7, 50).to);
  });

  it('the generator applies every kind of edit at moderate rates', () => {
    const { truth } = generateDraftPair(3, 400, { rates: MODERATE });
    const kinds = new Set(truth.pairs.map((p) => p.kind));
    expect([...kinds].sort()).toEqual(['kept', 'merged', 'moved', 'reworded', 'split']);
    expect(truth.added.length).toBeGreaterThan(0);
    expect(truth.deleted.length).toBeGreaterThan(0);
  });

  it('the scorer gives 1 for the truth itself and less for a wrong pairing', () => {
    const { from, to, truth } = generateDraftPair(4, 60);
    const perfect = {
      ...truth,
      placeholders: { from: [], to: [] },
      pairs: truth.pairs.map((p) => ({ ...p, score: 1, confidence: 1, moved: false })),
    };
    const score = scoreAlignment(perfect, truth);
    expect(score.f1).toBe(1);
    for (const [kind, k] of Object.entries(score.byKind)) expect(k.found, kind).toBe(k.truth);
    const missedAdds = scoreAlignment({ ...perfect, added: [] }, truth).byKind.added;
    expect(missedAdds).toEqual({ truth: truth.added.length, found: 0 });
    const swapped = {
      ...perfect,
      pairs: perfect.pairs.map((p, i) => ({ ...p, to: perfect.pairs[(i + 1) % perfect.pairs.length]!.to })),
    };
    expect(scoreAlignment(swapped, truth).f1).toBeLessThan(0.5);
    expect(from.length).toBe(60);
    expect(to.length).toBeGreaterThan(0);
  });
});
