// The text and stances an actor may read, as the status table, the progress chart,
// comparisons and lineage compute from them: nothing hidden shapes an answer — no row,
// no count, no consensus state, no date of a stance the actor may not read.
import type { Draft, Position } from '../core/model.ts';
import { selectDraftHeaders } from '../store/repo/drafts.ts';
import { selectPositions } from '../store/repo/positions.ts';
import { isPrivileged, visible } from './access.ts';
import type { ReadContext } from './context.ts';
import { draftFactsById, positionFacter, provisionFacter } from './facts.ts';
import { requireDraftText } from './visibleDrafts.ts';

/** The latest recorded draft whose text the actor may read; undefined when there is none. */
export async function latestReadableDraft(ctx: ReadContext): Promise<string | undefined> {
  const headers = await selectDraftHeaders(ctx.q);
  if (isPrivileged(ctx.actor)) return headers.at(-1)?.id;
  const facts = await draftFactsById(ctx.q, headers);
  return visible(ctx, headers, (h) => facts.get(h.id)!).at(-1)?.id;
}

/**
 * The draft with only the provisions the actor may read. Throws `not_found` (unknown or
 * hidden: the same answer), `forbidden` (the actor holds only a summary).
 */
export async function readableDraft(ctx: ReadContext, id: string): Promise<Draft> {
  const { draft, facts } = await requireDraftText(ctx, id);
  const factsOf = await provisionFacter(ctx.q, facts, draft.provisions);
  return { ...draft, provisions: visible(ctx, draft.provisions, factsOf) };
}

/** Every stance the actor may read (superseded ones included), in recording order. */
export async function readablePositions(ctx: ReadContext): Promise<Position[]> {
  return visiblePositions(ctx, await selectPositions(ctx.q));
}

/**
 * Those of `positions` the actor may read, by party and source and by the draft and track
 * of the provision each was taken on: every read of stances goes through here.
 */
export async function visiblePositions(
  ctx: ReadContext,
  positions: readonly Position[],
): Promise<Position[]> {
  ctx.policy.asked = true;
  // Every policy lets staff read every stance: no facts to load.
  if (isPrivileged(ctx.actor)) return [...positions];
  return visible(ctx, positions, await positionFacter(ctx.q, positions));
}
