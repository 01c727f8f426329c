// Where the negotiation stands: for each provision of a draft, each party's latest
// position on its lineage, the consensus state, and overall progress — as of any date.
import {
  assessConsensus,
  groupByLineage,
  latestPositions,
  requiredParties,
  summarizeProgress,
} from '../core/consensus.ts';
import { excerpt } from '../core/excerpt.ts';
import type { Status, StatusRow } from '../core/status.ts';
import { selectDraftHeaders } from '../store/repo/drafts.ts';
import { selectNegotiation } from '../store/repo/negotiation.ts';
import { selectParties, selectTracks } from '../store/repo/parties.ts';
import { selectPositions } from '../store/repo/positions.ts';
import type { ReadContext } from './context.ts';
import { requireDraft } from './lookup.ts';

export type { Status, StatusRow } from '../core/status.ts';

/** The status table of a draft (default: the latest recorded). Throws `not_found`. */
export async function getStatus(
  ctx: ReadContext,
  options: { draft?: string; asOf?: string } = {},
): Promise<Status | undefined> {
  const headers = await selectDraftHeaders(ctx.q);
  const draftId = options.draft ?? headers.at(-1)?.id;
  if (!draftId) return undefined;
  const draft = await requireDraft(ctx.q, draftId);
  const [parties, tracks, positions, negotiation] = await Promise.all([
    selectParties(ctx.q),
    selectTracks(ctx.q),
    selectPositions(ctx.q),
    selectNegotiation(ctx.q),
  ]);
  const byLineage = groupByLineage(positions);
  const all = draft.provisions.map((provision): StatusRow => {
    const latest = latestPositions(byLineage.get(provision.lineage) ?? [], options.asOf);
    const consensus = assessConsensus(requiredParties(parties, tracks, provision.track), latest);
    return {
      path: provision.path,
      number: provision.number,
      ...(provision.parent ? { parent: provision.parent } : {}),
      title: excerpt(provision.heading, provision.text),
      ...(provision.track ? { track: provision.track } : {}),
      topics: provision.topics,
      ...consensus,
      carriedOver: [...latest.values()]
        .filter((p) => p.draft !== draft.id)
        .map((p) => p.party)
        .sort(),
    };
  });
  // Sub-items share their provision's fate unless a party spoke to them directly.
  const rows = all.filter((row) => !row.parent || Object.keys(row.stances).length > 0);
  return {
    ...(negotiation ? { negotiation: negotiation.title } : {}),
    draft: { id: draft.id, label: draft.label, date: draft.date },
    ...(options.asOf ? { asOf: options.asOf } : {}),
    parties: parties.map(({ id, name, role }) => ({ id, name, role })),
    rows,
    progress: summarizeProgress(rows.filter((r) => !r.parent).map((r) => r.state)),
  };
}
