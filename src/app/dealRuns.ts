// The package-deal analyses of a draft (`--draft D` and the Deal lab): the engine's problem
// built from the draft's provisions and every stored profile. Reading every party's private
// profile at once, they are the secretariat's (policy `deal` `run`); parties see only what
// it shares (dealShares.ts).
import { type DealIssue, type DealLab, DealRule, deals } from '../contract/deals.ts';
import { checkProfile, type ProfileBody, profileWarnings } from '../core/dealProfile.ts';
import { isParleyError, notFound, ParleyError } from '../core/errors.ts';
import {
  type DealProblem,
  type FewestConcessions,
  fewestConcessionsSync,
  findBlockers,
  optionValue,
  type PartyProfile,
  paretoFrontierSync,
  solveDealSync,
} from '../deals/index.ts';
import type { DealFacts } from '../govern/resources.ts';
import { selectProfiles } from '../store/repo/deals.ts';
import { selectDraft } from '../store/repo/drafts.ts';
import { authorize } from './access.ts';
import type { ReadContext } from './context.ts';
import { issueKeys, readableIssues } from './dealIssues.ts';
import { draftFacts } from './facts.ts';
import { implement } from './useCase.ts';

type WhatIf = Record<string, Partial<ProfileBody>> | undefined;

export interface DraftDeal {
  problem: DealProblem;
  /** Every provision of the draft with its options (the problem keeps the ones some profile speaks of). */
  issues: DealIssue[];
}

/**
 * Asks the policy before anything is looked up, so that a delegate probing a hidden draft
 * and one probing a draft it holds hear the same `not_found`. Throws `not_found`.
 */
export async function requireDealRun(
  ctx: ReadContext,
  draftId: string,
  action: 'run' | 'share',
): Promise<void> {
  const draft = await selectDraft(ctx.q, draftId);
  const facts: DealFacts = {
    kind: 'deal',
    id: draftId,
    draft: draft
      ? await draftFacts(ctx.q, draft)
      : { kind: 'draft', id: draftId, circulatedTo: [], public: false },
    sharedWith: [],
  };
  authorize(ctx, action, facts);
  if (!draft) notFound('draft', draftId, 'run `parley draft list` to see draft ids');
}

/**
 * The deal on a draft: parties are those with a stored profile (plus any a what-if adds),
 * issues the provisions some profile weighs or red-lines, in the draft's order; the others
 * stay as drafted. Throws `not_found`, `invalid_input` (no profiles; a what-if naming an
 * unknown provision or option).
 */
export async function draftDeal(ctx: ReadContext, draftId: string, whatIf: WhatIf): Promise<DraftDeal> {
  const { issues } = await readableIssues(ctx, draftId);
  const keys = issueKeys(issues);
  const stored = new Map(
    (await selectProfiles(ctx.q, { draft: draftId })).map((p) => [p.party, p as ProfileBody]),
  );
  for (const [party, change] of Object.entries(whatIf ?? {})) {
    const base = stored.get(party) ?? { weights: {}, scores: {}, reservation: 0, redLines: {} };
    stored.set(party, checkProfile({ ...base, ...change }, keys));
  }
  if (stored.size === 0) {
    throw new ParleyError(
      'invalid_input',
      `no preference profiles on draft '${draftId}'; set them with \`parley profile set\` or \`parley profile import\``,
      { field: 'draft' },
    );
  }
  const parties = [...stored.keys()].sort();
  const spoken = (issue: string) =>
    parties.some(
      (p) => (stored.get(p)?.weights[issue] ?? 0) > 0 || (stored.get(p)?.redLines[issue]?.length ?? 0) > 0,
    );
  const chosen = keys.filter((k) => spoken(k.issue));
  if (chosen.length === 0) {
    throw new ParleyError('invalid_input', `no profile on draft '${draftId}' weighs any provision`, {
      field: 'draft',
    });
  }
  const profiles: Record<string, PartyProfile> = Object.fromEntries(
    parties.map((p) => {
      const body = stored.get(p) as ProfileBody;
      return [
        p,
        {
          weights: body.weights,
          scores: body.scores,
          reservation: body.reservation,
          redLines: body.redLines,
        },
      ];
    }),
  );
  return {
    problem: { parties, issues: chosen.map((k) => ({ issue: k.issue, options: [...k.options] })), profiles },
    issues,
  };
}

/** Each party's utility from the text as drafted. Throws nothing. */
export function draftedUtilities(problem: DealProblem): Record<string, number> {
  return Object.fromEntries(
    problem.parties.map((p) => {
      const profile = problem.profiles[p] as PartyProfile;
      const u = problem.issues.reduce((sum, { issue }) => sum + optionValue(profile, issue, 'drafted'), 0);
      return [p, u];
    }),
  );
}

/** An engine answer, or why there is none (`conflict`: no acceptable package; `unsupported`: over budget). */
function attempt<T>(run: () => T): { value: T } | { failure: string } {
  try {
    return { value: run() };
  } catch (error) {
    if (isParleyError(error) && (error.code === 'conflict' || error.code === 'unsupported')) {
      return { failure: error.message };
    }
    throw error;
  }
}

async function runOnDraft<T>(
  ctx: ReadContext,
  input: { draft: string; whatIf?: WhatIf },
  use: (deal: DraftDeal) => T,
): Promise<T> {
  await requireDealRun(ctx, input.draft, 'run');
  return use(await draftDeal(ctx, input.draft, input.whatIf));
}

/** `deals.solve`. Throws `not_found`, `invalid_input`, `conflict` (no acceptable package), `unsupported`. */
export const solveOnDraft = implement(deals.solve, (ctx, input) =>
  runOnDraft(ctx, input, ({ problem }) => solveDealSync(problem, input.rule)),
);

/** `deals.frontier`. Throws `not_found`, `invalid_input`, `unsupported` (past 10⁶ packages for 3+ parties). */
export const frontierOnDraft = implement(deals.frontier, (ctx, input) =>
  runOnDraft(ctx, input, ({ problem }) => paretoFrontierSync(problem)),
);

/** `deals.concessions`. Throws `not_found`, `invalid_input`. */
export const concessionsOnDraft = implement(deals.concessions, (ctx, input) =>
  runOnDraft(ctx, input, ({ problem }) => concessionsAnswer(fewestConcessionsSync(problem))),
);

/** The engine's answer in the contract's shape: all null when no package could ever clear every reservation. */
function concessionsAnswer(found: FewestConcessions | null): DealLab['concessions'] {
  return found ?? { concessions: null, package: null, utilities: null, optimal: true };
}

/** `deals.blockers`. Throws `not_found`, `invalid_input`. */
export const blockersOnDraft = implement(deals.blockers, (ctx, input) =>
  runOnDraft(ctx, input, ({ problem }) => ({ blockers: findBlockers(problem) })),
);

/** `deals.lab`: every rule, the frontier, blockers and concessions; a rule without an answer says why. */
export const dealLab = implement(deals.lab, (ctx, input) =>
  runOnDraft(ctx, input, ({ problem, issues }): DealLab => {
    const packages: DealLab['packages'] = {};
    const failures: Record<string, string> = {};
    for (const rule of DealRule.options) {
      const outcome = attempt(() => solveDealSync(problem, rule));
      if ('value' in outcome) packages[rule] = outcome.value;
      else failures[rule] = outcome.failure;
    }
    const frontier = attempt(() => paretoFrontierSync(problem).frontier);
    if ('failure' in frontier) failures.frontier = frontier.failure;
    const concessions = attempt(() => concessionsAnswer(fewestConcessionsSync(problem)));
    if ('failure' in concessions) failures.concessions = concessions.failure;
    else if (concessions.value.concessions === null) {
      failures.concessions =
        'even with every red line lifted, no package gives every party more than its reservation';
    }
    return {
      draft: input.draft,
      parties: problem.parties,
      issues: issues.filter((i) => problem.issues.some((p) => p.issue === i.issue)),
      packages,
      asDrafted: draftedUtilities(problem),
      failures,
      frontier: 'value' in frontier ? frontier.value : [],
      blockers: findBlockers(problem),
      concessions:
        'value' in concessions
          ? concessions.value
          : { concessions: null, package: null, utilities: null, optimal: false },
      warnings: problem.parties.flatMap((party) =>
        profileWarnings(problem.profiles[party] as PartyProfile, issueKeys(issues)).map((warning) => ({
          party,
          warning,
        })),
      ),
    };
  }),
);
