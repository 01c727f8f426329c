// Progress over time: the consensus count of a draft's provisions on every date on which
// some stance changed, for the dashboard's chart.
import {
  assessConsensus,
  groupByLineage,
  latestPositions,
  requiredParties,
  summarizeProgress,
} from '../core/consensus.ts';
import type { ProgressPoint } from '../core/status.ts';
import { selectDraftHeaders } from '../store/repo/drafts.ts';
import { selectParties, selectTracks } from '../store/repo/parties.ts';
import { selectPositions } from '../store/repo/positions.ts';
import type { ReadContext } from './context.ts';
import { requireDraft } from './lookup.ts';

export type { ProgressPoint } from '../core/status.ts';

/** One point per date a stance on the draft's lineages was taken (default: the latest draft). Throws `not_found`. */
export async function progressOverTime(
  ctx: ReadContext,
  options: { draft?: string } = {},
): Promise<ProgressPoint[]> {
  const draftId = options.draft ?? (await selectDraftHeaders(ctx.q)).at(-1)?.id;
  if (!draftId) return [];
  const draft = await requireDraft(ctx.q, draftId);
  const [parties, tracks, positions] = await Promise.all([
    selectParties(ctx.q),
    selectTracks(ctx.q),
    selectPositions(ctx.q),
  ]);
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
