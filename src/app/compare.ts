// Comparing two stored drafts: the compare engine's alignment, redlines and bracket
// counts, with the drafts named — one use case for the CLI, the HTTP API and the web
// view. Pairings a user confirmed or overrode between these two drafts (lineage) win.
import { compareDrafts, type UserPairing } from '../compare/index.ts';
import { type Comparison, compare } from '../contract/compare.ts';
import { effectivePairings } from '../core/pairings.ts';
import type { Queryable } from '../store/database.ts';
import { selectPairings } from '../store/repo/pairings.ts';
import type { ReadContext } from './context.ts';
import { readableDraft } from './readableText.ts';
import { implement } from './useCase.ts';

type DraftRef = Comparison['drafts']['from'];

/**
 * Compares two stored drafts, user pairings winning over the engine's, as far as the
 * actor may read both (provisions of tracks it is not on are left out of each, and so are
 * pairings that name them). Throws `not_found` (unknown or hidden draft), `forbidden`
 * (summary only).
 */
export async function compareStoredDrafts(
  ctx: ReadContext,
  query: { from: string; to: string },
): Promise<Comparison> {
  const from = await readableDraft(ctx, query.from);
  const to = await readableDraft(ctx, query.to);
  const ref = (d: DraftRef): DraftRef => ({ id: d.id, label: d.label, date: d.date });
  const shown = (paths: readonly string[], d: { provisions: { path: string }[] }) =>
    paths.every((path) => d.provisions.some((p) => p.path === path));
  const pairings = (await userPairings(ctx.q, from.id, to.id)).filter(
    (p) => shown(p.from, from) && shown(p.to, to),
  );
  return {
    drafts: { from: ref(from), to: ref(to) },
    ...compareDrafts(from.provisions, to.provisions, { pairings }),
  };
}

/** Two drafts compared, as `compareStoredDrafts` does it. */
export const compareTwoDrafts = implement(compare.drafts, compareStoredDrafts);

/**
 * The user pairings in force between two drafts, in either direction (comparing a
 * revision with its parent, or the other way round); pairings of other drafts never apply.
 */
async function userPairings(q: Queryable, from: string, to: string): Promise<UserPairing[]> {
  const between = async (older: string, newer: string) =>
    effectivePairings(
      (await selectPairings(q, newer)).filter((p) => p.origin === 'user' && p.fromDraft === older),
    );
  const forward = (await between(from, to)).map((p) => ({ from: p.fromPaths, to: p.toPaths }));
  const backward = (await between(to, from)).map((p) => ({ from: p.toPaths, to: p.fromPaths }));
  return [...forward, ...backward];
}
