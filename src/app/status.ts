// Where the negotiation stands: for each provision of a draft, each party's latest
// position on its lineage, the consensus state, and overall progress — as of any date.

import { type Status, type StatusRow, status } from '../contract/status.ts';
import {
  assessConsensus,
  groupByLineage,
  latestPositions,
  requiredParties,
  summarizeProgress,
} from '../core/consensus.ts';
import { notFound } from '../core/errors.ts';
import { excerpt } from '../core/excerpt.ts';
import { selectNegotiation } from '../store/repo/negotiation.ts';
import { selectParties, selectTracks } from '../store/repo/parties.ts';
import type { ReadContext } from './context.ts';
import { latestReadableDraft, readableDraft, readablePositions } from './readableText.ts';
import { visibleParties } from './roster.ts';
import { implement } from './useCase.ts';

/**
 * The status table of a draft (default: the latest the actor may read), computed only
 * from the provisions and stances the actor may read. Throws `not_found` (unknown or
 * hidden draft), `forbidden` (summary only).
 */
export async function getStatus(
  ctx: ReadContext,
  options: { draft?: string | undefined; asOf?: string | undefined } = {},
): Promise<Status | undefined> {
  const draftId = options.draft ?? (await latestReadableDraft(ctx));
  if (!draftId) return undefined;
  const draft = await readableDraft(ctx, draftId);
  // Consensus needs every party a provision requires, shown or not; the table shows those the actor may see.
  // One after another: a transaction's queries share one connection.
  const required = await selectParties(ctx.q);
  const shown = visibleParties(ctx, required);
  const tracks = await selectTracks(ctx.q);
  const positions = await readablePositions(ctx);
  const negotiation = await selectNegotiation(ctx.q);
  const byLineage = groupByLineage(positions);
  const all = draft.provisions.map((provision): StatusRow => {
    const latest = latestPositions(byLineage.get(provision.lineage) ?? [], options.asOf);
    const consensus = assessConsensus(requiredParties(required, tracks, provision.track), latest);
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
    parties: shown.map(({ id, name, role }) => ({ id, name, role })),
    rows,
    progress: summarizeProgress(rows.filter((r) => !r.parent).map((r) => r.state)),
  };
}

/**
 * `status.table`: `getStatus`, with no draft to show a `not_found` (hidden or none yet).
 * Throws `not_found`, `forbidden` (summary only).
 */
export const statusTable = implement(status.table, async (ctx, input) => {
  const table = await getStatus(ctx, input);
  return table ?? notFound('draft', 'latest', 'there is no draft you may read yet; import one first');
});
