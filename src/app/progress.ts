// Progress over time: the consensus count of a draft's provisions on every date on which
// some stance changed, for the dashboard's chart.

import { type ProgressPoint, status } from '../contract/status.ts';
import {
  assessConsensus,
  groupByLineage,
  latestPositions,
  requiredParties,
  summarizeProgress,
} from '../core/consensus.ts';
import { selectParties, selectTracks } from '../store/repo/parties.ts';
import type { ReadContext } from './context.ts';
import { latestReadableDraft, readableDraft, readablePositions } from './readableText.ts';
import { implement } from './useCase.ts';

/**
 * One point per date a stance the actor may read was taken on the draft's lineages
 * (default: the latest draft the actor may read), counting only provisions it may read.
 * Throws `not_found` (unknown or hidden draft), `forbidden` (summary only).
 */
export async function progressOverTime(
  ctx: ReadContext,
  options: { draft?: string | undefined } = {},
): Promise<ProgressPoint[]> {
  const draftId = options.draft ?? (await latestReadableDraft(ctx));
  if (!draftId) return [];
  const draft = await readableDraft(ctx, draftId);
  // One after another: a transaction's queries share one connection.
  const parties = await selectParties(ctx.q);
  const tracks = await selectTracks(ctx.q);
  const positions = await readablePositions(ctx);
  const top = draft.provisions.filter((p) => !p.parent);
  const lineages = new Set(draft.provisions.map((p) => p.lineage));
  const relevant = positions.filter((p) => lineages.has(p.lineage));
  const byLineage = groupByLineage(relevant);
  const dates = [...new Set(relevant.map((p) => p.asOf))].sort();
  return dates.map((date) => {
    const states = top.map(
      (provision) =>
        assessConsensus(
          requiredParties(parties, tracks, provision.track),
          latestPositions(byLineage.get(provision.lineage) ?? [], date),
        ).state,
    );
    const { ratio: _ratio, ...counts } = summarizeProgress(states);
    return { date, ...counts };
  });
}

/** `status.progress`. Throws `not_found` (unknown or hidden draft), `forbidden` (summary only). */
export const statusProgress = implement(status.progress, progressOverTime);
