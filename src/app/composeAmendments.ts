// What composing needs of the amendments area: the amendments a plan names or that were
// proposed on its base, and settling those a revision took — through the amendments' own
// functions, so their policies and state rules hold here too.
import type { Decision } from '../core/amendments.ts';
import type { ComposableAmendment, TakenAmendment } from '../core/composition.ts';
import { selectAmendments } from '../store/repo/amendments.ts';
import { settleAmendment } from './amendments.ts';
import type { ReadContext, WriteContext } from './context.ts';

/**
 * The amendments on `draft` and those named in `ids` (an id of another draft must reach
 * the composer to be refused by name). Composing is staff work: no party filter. Throws nothing of its own.
 */
export async function composableAmendments(
  ctx: ReadContext,
  draft: string,
  ids: readonly string[] = [],
): Promise<ComposableAmendment[]> {
  const wanted = new Set(ids);
  const all = await selectAmendments(ctx.q);
  return all.filter((a) => a.draft === draft || wanted.has(a.id));
}

/** Settles the amendments a revision took as taken or taken in part. Throws what `settleAmendment` throws. */
export async function markTaken(ctx: WriteContext, taken: TakenAmendment[], draft: string): Promise<void> {
  for (const t of taken)
    await settleAmendment(ctx, t.id, t.state satisfies Decision, `taken into draft '${draft}'`);
}
