// Lineage across drafts: pairing a new draft with its parent through the compare engine,
// showing a provision's history back through the drafts, and letting a user confirm or
// override a pairing (overrides win, and lineage is re-derived for every later draft).
import { compare, type LineageStep, type PairingInput, type StoredPairing } from '../contract/compare.ts';
import { isParleyError, ParleyError } from '../core/errors.ts';
import { assignLineage } from '../core/lineage.ts';
import { derivationOf, effectivePairings } from '../core/pairings.ts';
import { selectDraftHeaders, selectProvisions, updateLineage } from '../store/repo/drafts.ts';
import { insertPairings, selectPairings } from '../store/repo/pairings.ts';
import { authorize, isPrivileged } from './access.ts';
import type { ReadContext, WriteContext } from './context.ts';
import { draftFacts } from './facts.ts';
import { findProvision, requireDraft } from './lookup.ts';
import { userPair } from './parentPairs.ts';
import { readableDraft } from './readableText.ts';
import { implement } from './useCase.ts';

/**
 * A provision's history back through the drafts, oldest first. The walk stops before a
 * draft or provision the actor may not read, so the history reveals no hidden text.
 * Throws `not_found` (unknown or hidden draft or provision), `forbidden` (summary only).
 */
export async function provisionLineage(
  ctx: ReadContext,
  query: { draft: string; provision: string },
): Promise<LineageStep[]> {
  const draft = await readableDraft(ctx, query.draft);
  const start = findProvision(draft.provisions, draft.id, query.provision);
  const steps: LineageStep[] = [];
  let current: LineageStep = { draft: draft.id, paths: [start.path] };
  for (let guard = 0; guard < 1000; guard++) {
    const inForce = effectivePairings(await selectPairings(ctx.q, current.draft));
    const pair = inForce.find((p) => p.toPaths.includes(current.paths[0]!));
    if (!pair || pair.fromPaths.length === 0) break;
    const readable = await readablePaths(ctx, pair.fromDraft, pair.fromPaths);
    if (readable.length === 0) break;
    steps.unshift({ ...current, kind: pair.kind, origin: pair.origin, score: pair.score });
    current = { draft: pair.fromDraft, paths: readable };
  }
  steps.unshift(current);
  return steps;
}

/** Those of `paths` in `draftId` the actor may read; none when the draft's text is hidden from it. */
async function readablePaths(ctx: ReadContext, draftId: string, paths: string[]): Promise<string[]> {
  if (isPrivileged(ctx.actor)) return paths;
  const draft = await readableDraft(ctx, draftId).catch((error: unknown) => {
    if (isParleyError(error) && (error.code === 'not_found' || error.code === 'forbidden')) return undefined;
    throw error;
  });
  const shown = new Set(draft?.provisions.map((p) => p.path));
  return paths.filter((path) => shown.has(path));
}

/** A provision's history, as `provisionLineage` walks it. */
export const showLineage = implement(compare.lineage, provisionLineage);

/**
 * Confirms or overrides how provisions of a draft descend from its parent (a user
 * pairing); lineage is re-derived for this draft and every draft after it, and so are the
 * stances recorded on them. Throws `not_found`, `invalid_input` (a draft without parent).
 */
export const setPairing = implement(compare.pair, (ctx, input) => pair(ctx, input));

async function pair(ctx: WriteContext, p: PairingInput): Promise<StoredPairing> {
  const draft = await requireDraft(ctx.q, p.draft);
  authorize(ctx, 'update', await draftFacts(ctx.q, draft));
  const parentId = draft.parents[0];
  if (!parentId) {
    throw new ParleyError(
      'invalid_input',
      `draft '${draft.id}' has no parent; pairings link a draft to the one it revises`,
      { field: 'draft', draft: draft.id },
    );
  }
  const parent = await requireDraft(ctx.q, parentId);
  const to = p.provisions.map((ref) => findProvision(draft.provisions, draft.id, ref).path);
  const from = p.from.map((ref) => findProvision(parent.provisions, parent.id, ref).path);
  const pair = { ...userPair(from, to), fromDraft: parent.id, toDraft: draft.id, createdAt: ctx.now };
  await insertPairings(ctx.q, [pair]);
  await rederiveLineage(ctx, draft.id);
  await ctx.record('pair', 'draft', draft.id, { from, to, parent: parent.id });
  return pair;
}

/** Re-derives lineage for `fromDraft` and every later draft, in recording order. */
async function rederiveLineage(ctx: WriteContext, fromDraft: string): Promise<void> {
  const headers = await selectDraftHeaders(ctx.q);
  const start = headers.findIndex((h) => h.id === fromDraft);
  for (const header of headers.slice(start)) {
    const parentId = header.parents[0];
    if (!parentId) continue;
    const parent = await selectProvisions(ctx.q, parentId);
    const own = await selectProvisions(ctx.q, header.id);
    const inForce = effectivePairings(await selectPairings(ctx.q, header.id));
    const lineage = assignLineage(
      header.id,
      own.map((p) => p.path),
      parent,
      derivationOf(inForce.filter((x) => x.origin === 'user')),
      derivationOf(inForce.filter((x) => x.origin === 'engine')),
    );
    await updateLineage(
      ctx.q,
      header.id,
      own
        .filter((p) => lineage.get(p.path) !== p.lineage)
        .map((p) => ({ path: p.path, lineage: lineage.get(p.path)! })),
    );
  }
}
