// What a pairing is, once made: its content similarity and its kind (kept, reworded,
// moved, merged, split). Shared by the engine's own pairs and the pairs a user states.

import type { Node } from './prepare.ts';
import type { PairKind } from './types.ts';
import { cosine, sumVectors } from './vectors.ts';

/** Cosine of the two sides read as one text each; two empty slots (placeholders) are the same slot. */
export function similarity(olds: readonly Node[], news: readonly Node[]): number {
  const a = sumVectors(olds.map((n) => n.tree));
  const b = sumVectors(news.map((n) => n.tree));
  if (a.norm === 0 && b.norm === 0) return 1;
  return cosine(a, b);
}

/** n→1 merged, 1→n split, else moved when out of order, else kept when the text is unchanged. */
export function kindOf(olds: readonly Node[], news: readonly Node[], moved: boolean): PairKind {
  if (olds.length > 1) return 'merged';
  if (news.length > 1) return 'split';
  if (moved) return 'moved';
  return olds[0]!.canonical === news[0]!.canonical ? 'kept' : 'reworded';
}

export const round3 = (x: number) => Math.round(x * 1000) / 1000;
