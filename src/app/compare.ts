// Comparing two stored drafts: the compare engine's alignment, redlines and bracket
// counts, with the drafts named — one use case for the CLI, the HTTP API and the web
// view. Pairings a user confirmed or overrode between these two drafts (lineage) win.
import { type CompareResult, compareDrafts, type UserPairing } from '../compare/index.ts';
import { effectivePairings } from '../core/pairings.ts';
import type { Queryable } from '../store/database.ts';
import { selectPairs } from '../store/repo/alignments.ts';
import type { ReadContext } from './context.ts';
import { requireDraft } from './lookup.ts';

export interface DraftRef {
  id: string;
  label: string;
  date: string;
}

export type StoredComparison = CompareResult & { drafts: { from: DraftRef; to: DraftRef } };

/** Compares two stored drafts, user pairings winning over the engine's. Throws `not_found`. */
export async function compareStoredDrafts(
  ctx: ReadContext,
  query: { from: string; to: string },
): Promise<StoredComparison> {
  const from = await requireDraft(ctx.q, query.from);
  const to = await requireDraft(ctx.q, query.to);
  const ref = (d: DraftRef): DraftRef => ({ id: d.id, label: d.label, date: d.date });
  const pairings = await userPairings(ctx.q, from.id, to.id);
  return {
    drafts: { from: ref(from), to: ref(to) },
    ...compareDrafts(from.provisions, to.provisions, { pairings }),
  };
}

/**
 * The user pairings in force between two drafts, in either direction (comparing a
 * revision with its parent, or the other way round); pairings of other drafts never apply.
 */
async function userPairings(q: Queryable, from: string, to: string): Promise<UserPairing[]> {
  const between = async (older: string, newer: string) =>
    effectivePairings(
      (await selectPairs(q, newer)).filter((p) => p.origin === 'user' && p.fromDraft === older),
    );
  const forward = (await between(from, to)).map((p) => ({ from: p.fromPaths, to: p.toPaths }));
  const backward = (await between(to, from)).map((p) => ({ from: p.toPaths, to: p.fromPaths }));
  return [...forward, ...backward];
}
