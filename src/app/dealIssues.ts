// A draft's provisions as deal issues, each with its options (core/provisionOptions.ts),
// as far as the actor may read them: a provision of a track its party is not on is no
// issue for it, exactly as it is no provision, and an amendment it may not see is no option.

import type { DealIssue } from '../contract/deals.ts';
import { deals } from '../contract/deals.ts';
import type { Draft } from '../core/model.ts';
import { provisionOptions } from '../core/provisionOptions.ts';
import type { DraftFacts } from '../govern/resources.ts';
import { visible } from './access.ts';
import { listAmendments } from './amendments.ts';
import type { ReadContext } from './context.ts';
import { provisionFacter } from './facts.ts';
import { implement } from './useCase.ts';
import { requireDraftText } from './visibleDrafts.ts';

/** The issues of a draft the actor holds the text of. Throws `not_found`, `forbidden` (summary only). */
export async function readableIssues(
  ctx: ReadContext,
  draftId: string,
): Promise<{ draft: Draft; facts: DraftFacts; issues: DealIssue[] }> {
  const { draft, facts } = await requireDraftText(ctx, draftId);
  const factsOf = await provisionFacter(ctx.q, facts, draft.provisions);
  // Only a proposed amendment is still on the table: withdrawn and settled ones are no option.
  const live = await listAmendments(ctx, { draft: draftId, state: 'proposed' });
  const issues = visible(ctx, draft.provisions, factsOf).map((p) => ({
    issue: p.path,
    number: p.number,
    ...(p.heading ? { heading: p.heading } : {}),
    options: provisionOptions(
      p.text,
      live.filter((a) => a.provision === p.path),
    ),
  }));
  return { draft, facts, issues };
}

/** Issues as the profile checks take them: provision path and option keys. */
export const issueKeys = (issues: readonly DealIssue[]) =>
  issues.map((i) => ({ issue: i.issue, options: i.options.map((o) => o.key) }));

/** `deals.options`. Throws `not_found`, `forbidden`. */
export const dealOptions = implement(
  deals.options,
  async (ctx, { draft }) => (await readableIssues(ctx, draft)).issues,
);
