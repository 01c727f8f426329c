// The claims a reader may read, as a scope the store applies in SQL (store/repo/claimQueue.ts)
// instead of a filter over every claim loaded. The policies still decide every case: the
// claim read rule looks at the claim's source and at the stance it cites (facts.ts
// `claimFacts`), so each claim citing a stance is judged on its own, and any other claim
// as an uncited claim of its source is — one judgement per source.
import type { ClaimScope } from '../store/repo/claimQueue.ts';
import { selectCitingClaims } from '../store/repo/claims.ts';
import { selectSourceIds } from '../store/repo/sources.ts';
import { visible } from './access.ts';
import type { ReadContext } from './context.ts';
import { claimFacter, claimFacts } from './facts.ts';

/**
 * What `ctx.actor` may not read among the claims, for `readableSql`: the same claims as
 * `visibleClaims` keeps (test/security/scope.test.ts compares them). Throws nothing.
 */
export async function claimReadScope(ctx: ReadContext): Promise<ClaimScope> {
  const citing = await selectCitingClaims(ctx.q);
  const readable = new Set(visible(ctx, citing, await claimFacter(ctx.q, citing)).map((c) => c.id));
  const sources = await selectSourceIds(ctx.q);
  const open = new Set(visible(ctx, sources, (source) => claimFacts({ id: '', source })));
  const hiddenSources = sources.filter((s) => !open.has(s));
  return {
    hiddenClaims: citing.filter((c) => !readable.has(c.id)).map((c) => c.id),
    hiddenSources,
    noUncited: sources.length > 0 && hiddenSources.length === sources.length,
  };
}
