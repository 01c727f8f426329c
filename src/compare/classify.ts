// What a pairing is, once made: its content similarity and its kind (kept, reworded,
// moved, merged, split). Shared by the engine's own pairs and the pairs a user states.

import type { Node } from './prepare.ts';
import { canonicalText } from './tokens.ts';
import type { PairKind } from './types.ts';
import { cosine, sameVector, sumVectors } from './vectors.ts';

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
  return sameText(olds[0]!, news[0]!) ? 'kept' : 'reworded';
}

/** Equal once layout is set aside (computed only for the pairs that need it). */
function sameText(a: Node, b: Node): boolean {
  const x = a.provision;
  const y = b.provision;
  if (x.text === y.text && (x.heading ?? '') === (y.heading ?? '')) return true;
  // Different words can never be the same text; only layout differences need the long way.
  if (!sameVector(a.own, b.own)) return false;
  return canonicalText(`${x.heading ?? ''} ${x.text}`) === canonicalText(`${y.heading ?? ''} ${y.text}`);
}

export const round3 = (x: number) => Math.round(x * 1000) / 1000;
