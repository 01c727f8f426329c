// What the secretariat shares of a deal: a rule's package on a draft, published to named
// parties. Each party sees the package and its own utility only — another party's utility
// would tell it something of that party's private profile.
import { type DealShare, deals } from '../contract/deals.ts';
import { describeActor } from '../core/actor.ts';
import { solveDealSync } from '../deals/index.ts';
import type { DealFacts } from '../govern/resources.ts';
import type { DealShareRow } from '../store/repo/deals.ts';
import { insertDealShare, selectDealShares } from '../store/repo/deals.ts';
import { isPrivileged, visible } from './access.ts';
import { delegatePartyOf } from './actors.ts';
import { draftDeal, requireDealRun } from './dealRuns.ts';
import { resolveParty } from './lookup.ts';
import { implement } from './useCase.ts';
import { requireDraftText } from './visibleDrafts.ts';

/** `deals.share`. Throws `not_found`, `invalid_input`, `conflict` (no acceptable package). */
export const shareDeal = implement(deals.share, async (ctx, input) => {
  await requireDealRun(ctx, input.draft, 'share');
  const parties = [
    ...new Set(await Promise.all(input.parties.map(async (p) => (await resolveParty(ctx.q, p)).id))),
  ];
  const { problem } = await draftDeal(ctx, input.draft, undefined);
  const solution = solveDealSync(problem, input.rule);
  const row: DealShareRow = {
    id: ctx.newId(),
    draft: input.draft,
    rule: input.rule,
    parties,
    result: { package: solution.package, utilities: solution.utilities },
    ...(input.note ? { note: input.note } : {}),
    at: ctx.now,
    by: describeActor(ctx.actor),
  };
  await insertDealShare(ctx.q, row);
  await ctx.record('share', 'deal', row.id, row);
  return present(row, undefined);
});

/** `deals.shared`: what was shared with the actor's party on a draft it holds (staff: all). Throws `not_found`. */
export const sharedDeals = implement(deals.shared, async (ctx, { draft }) => {
  const { facts } = await requireDraftText(ctx, draft);
  const rows = await selectDealShares(ctx.q, { draft });
  const factsOf = (r: DealShareRow): DealFacts => ({
    kind: 'deal',
    id: r.id,
    draft: facts,
    sharedWith: r.parties,
  });
  const own = isPrivileged(ctx.actor) ? undefined : (delegatePartyOf(ctx.actor) ?? '');
  return visible(ctx, rows, factsOf).map((r) => present(r, own));
});

/** A shared result as `party` may see it (undefined: staff, everything). */
function present(row: DealShareRow, party: string | undefined): DealShare {
  const result = row.result as { package: Record<string, string>; utilities: Record<string, number> };
  const utilities =
    party === undefined
      ? result.utilities
      : Object.fromEntries(Object.entries(result.utilities).filter(([p]) => p === party));
  return {
    id: row.id,
    draft: row.draft,
    rule: row.rule as DealShare['rule'],
    // A party learns who else it was shared with only as staff do: not at all.
    parties: party === undefined ? row.parties : row.parties.filter((p) => p === party),
    package: result.package,
    utilities,
    ...(row.note ? { note: row.note } : {}),
    at: row.at,
    by: row.by,
  };
}
