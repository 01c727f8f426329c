// Which pairing decides a provision's origin: a user's pairing overrides any engine
// pairing that touches the same provisions, and the latest user pairing wins.
import type { Derivation } from './lineage.ts';

export interface Pairing {
  fromPaths: string[];
  toPaths: string[];
  origin: 'engine' | 'user';
}

/** The pairings in force, given all stored ones (oldest first). */
export function effectivePairings<P extends Pairing>(pairs: P[]): P[] {
  const claimedTo = new Set<string>();
  const claimedFrom = new Set<string>();
  const kept: P[] = [];
  const users = pairs.filter((p) => p.origin === 'user').reverse();
  for (const p of users) {
    if (p.toPaths.some((t) => claimedTo.has(t))) continue;
    kept.push(p);
    for (const t of p.toPaths) claimedTo.add(t);
    for (const f of p.fromPaths) claimedFrom.add(f);
  }
  for (const p of pairs) {
    if (p.origin !== 'engine') continue;
    if (p.toPaths.some((t) => claimedTo.has(t)) || p.fromPaths.some((f) => claimedFrom.has(f))) continue;
    kept.push(p);
  }
  return kept;
}

/** Path → parent paths, as `assignLineage` reads it. */
export function derivationOf(pairs: Pairing[]): Derivation {
  const derivation: Derivation = {};
  for (const p of pairs) for (const to of p.toPaths) derivation[to] = p.fromPaths;
  return derivation;
}
