// Pairing a new draft's provisions with its parent's through the compare engine. Pure (no
// store), so the draft worker can run it off the event loop for long drafts.
import { alignDrafts, walkPairs } from '../compare/index.ts';
import type { Provision } from '../core/model.ts';
import type { StoredPairing } from '../store/repo/pairings.ts';

export type NewPair = Omit<StoredPairing, 'fromDraft' | 'toDraft' | 'createdAt'>;

/** What the engine reads of a new provision. */
export interface IncomingProvision {
  path: string;
  number: string;
  parent?: string | undefined;
  heading?: string | undefined;
  text: string;
}

/** The engine's pairings of a new draft with its parent, plus the user pairings stated at import (`derivedFrom`). Throws nothing. */
export function pairWithParent(
  parent: Provision[],
  provisions: IncomingProvision[],
  derivedFrom: Record<string, string[]>,
): NewPair[] {
  const alignment = alignDrafts(parent, provisions);
  const engine: NewPair[] = [...walkPairs(alignment)].map(({ pair }) => ({
    fromPaths: pair.from,
    toPaths: pair.to,
    kind: pair.kind,
    score: pair.score,
    confidence: pair.confidence,
    origin: 'engine',
  }));
  const user: NewPair[] = Object.entries(derivedFrom).map(([to, from]) => userPair(from, [to]));
  return [...engine, ...user];
}

/** A pairing a user stated: its kind follows from how many provisions stand on each side. */
export function userPair(from: string[], to: string[]): NewPair {
  const kind =
    from.length === 0 ? 'added' : from.length > 1 ? 'merged' : to.length > 1 ? 'split' : 'confirmed';
  return { fromPaths: from, toPaths: to, kind, score: 1, confidence: 1, origin: 'user' };
}
