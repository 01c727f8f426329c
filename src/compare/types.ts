// The shapes the compare engine takes and returns. Everything here is plain data so an
// alignment can be cached, sent over HTTP or stored as lineage without conversion.
import type { Provision } from '../core/model.ts';

/** A provision as the engine needs it: a flat list entry, children point to their parent. */
export type ProvisionInput = Pick<Provision, 'path' | 'number' | 'text'> & {
  parent?: string | undefined;
  heading?: string | undefined;
};

/**
 * `rewritten`: paired although too few words are shared to pair on content alone — on the
 * evidence of place, structure and meaning (abbreviations, word families, numbers).
 */
export type PairKind = 'kept' | 'reworded' | 'rewritten' | 'moved' | 'merged' | 'split';

/** One identity across two drafts: n→1 is a merge, 1→n a split. */
export interface AlignedPair {
  kind: PairKind;
  /** Paths in the older draft. */
  from: string[];
  /** Paths in the newer draft. */
  to: string[];
  /** Content similarity in [0, 1]. */
  score: number;
  /** How sure the engine is of this pairing in [0, 1] (score, margin over rivals, number evidence). */
  confidence: number;
  /** True when the pair left the relative order of its neighbours (a merge or split can also move). */
  moved: boolean;
  /** Alignment of the sub-items of the paired provisions, when either side has any. */
  children?: Alignment;
  /** Set when a user stated this pairing: the engine agreed ('confirmed') or not ('overridden'). */
  user?: 'confirmed' | 'overridden';
  /** Why the pair was made, given when its words alone were too few (score below the content bar). */
  evidence?: PairEvidence;
}

/** What backed a pair that shares few words as written: meaning, place and structure, in words. */
export interface PairEvidence {
  /** Similarity of the two sides read for meaning (abbreviations expanded, word families, numbers). */
  meaning: number;
  /** Words found on both sides as written. */
  words: string[];
  /** Words that met through meaning: "HED = Hydro-Electric Dam", "recovery ~ rebuild", "forty eight = 48". */
  meanings: string[];
  /** Place and structure: "between 4 → 4 and 6 → 6", "same number", "3 sub-items on both sides". */
  structure: string[];
}

/** The full answer for one level (and, through `children`, every level below it). */
export interface Alignment {
  pairs: AlignedPair[];
  /** Paths only in the newer draft; a path stands for its whole subtree. */
  added: string[];
  /** Paths only in the older draft; a path stands for its whole subtree. */
  deleted: string[];
  /** Placeholders such as "3. [removed]": kept numbers, no content, never paired. */
  placeholders: { from: string[]; to: string[] };
}

export interface AlignOptions {
  /** Minimum similarity for a pairing on content alone. */
  minScore?: number;
  /** Lower minimum for pairs that sit between two confident anchors (re-translations). */
  anchoredMinScore?: number;
  /** Pairings a user confirmed or overrode; they win over the engine's. */
  pairings?: readonly UserPairing[];
}

/** "These provisions of the older draft became these of the newer one" (paths); `from` empty: they are new. */
export interface UserPairing {
  from: readonly string[];
  to: readonly string[];
}

export type RedlineKind = 'equal' | 'insert' | 'delete' | 'move-from' | 'move-to';

/** One run of a word-level redline; `moveId` links a move-from to its move-to. */
export interface RedlineSegment {
  kind: RedlineKind;
  /** The text as in the newer draft (as in the older one for delete and move-from). */
  text: string;
  /** For an equal run whose spacing differs, the older draft's text. */
  oldText?: string;
  moveId?: number;
}

export interface BracketCount {
  /** Square-bracketed passages still open for negotiation (each `[` counts, nested ones too). */
  brackets: number;
  /** "Option N" / "Alternative N" blocks. */
  options: number;
}

export interface DraftBracketCount extends BracketCount {
  /** Per provision path, only where something is open. */
  byProvision: Record<string, BracketCount>;
}
