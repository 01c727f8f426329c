// The machine-readable comparison of `--format json`: pairs, added and deleted at every
// level, each provision named by its number as written (with its ancestors' numbers).

import { type CompareResult, walkLevels, walkPairs } from '../compare.ts';
import type { PairEvidence } from '../types.ts';

export interface JsonPair {
  from: string[];
  to: string[];
  kind: string;
  score: number;
  /** Present when a user stated the pairing. */
  user?: 'confirmed' | 'overridden';
  /** With `evidence`: present when the pair was made on more than shared words (`rewritten`, low-score splits and merges). */
  confidence?: number;
  evidence?: PairEvidence;
}

export interface JsonComparison {
  pairs: JsonPair[];
  added: string[];
  deleted: string[];
}

/** The comparison as a plain object in the `--format json` shape. */
export function toJsonObject(result: CompareResult): JsonComparison {
  const from = (p: string) => result.provisions.from[p]?.label ?? p;
  const to = (p: string) => result.provisions.to[p]?.label ?? p;
  const pairs: JsonPair[] = [];
  for (const { pair } of walkPairs(result.alignment)) {
    pairs.push({
      from: pair.from.map(from),
      to: pair.to.map(to),
      kind: pair.kind,
      score: Math.round(pair.score * 100) / 100,
      ...(pair.user ? { user: pair.user } : {}),
      ...(pair.evidence
        ? { confidence: Math.round(pair.confidence * 100) / 100, evidence: pair.evidence }
        : {}),
    });
  }
  const added: string[] = [];
  const deleted: string[] = [];
  for (const level of walkLevels(result.alignment)) {
    added.push(...level.added.map(to));
    deleted.push(...level.deleted.map(from));
  }
  return { pairs, added, deleted };
}

/** `{"pairs":[{"from":["3"],"to":["2","4"],"kind":"split","score":0.81}],"added":["10"],"deleted":["7"]}` */
export function toJson(result: CompareResult): string {
  return JSON.stringify(toJsonObject(result));
}
