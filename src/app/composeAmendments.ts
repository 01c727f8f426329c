// What composing needs of the amendments area: the amendments proposed on a base draft, and
// marking those a revision took. Kept to this one seam so the composer never reads the
// amendments' store directly.
import type { ComposableAmendment, TakenAmendment } from '../core/composition.ts';
import type { ReadContext, WriteContext } from './context.ts';

/** Every amendment on `draft` (all parties, all states): composing is staff work. Throws nothing of its own. */
export async function composableAmendments(
  _ctx: ReadContext,
  _draft: string,
): Promise<ComposableAmendment[]> {
  return [];
}

/** Marks the amendments a revision took. Throws nothing of its own. */
export async function markTaken(
  _ctx: WriteContext,
  _taken: TakenAmendment[],
  _draft: string,
): Promise<void> {}
