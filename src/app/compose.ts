// Composing a revision: saving the secretariat's plan over a base draft, and issuing it as
// the child draft. The child's pairings with the base are stated by the plan (kept,
// rewritten, added), so no alignment runs; lineage and the stances along it follow as for
// any draft. Only staff compose: to anyone else the composition is as unknown as a hidden draft.
import {
  type Composition,
  type CompositionConflict,
  CompositionPlan,
  compose as composeContract,
} from '../contract/compose.ts';
import { describeActor } from '../core/actor.ts';
import { type CompositionPlan as CorePlan, compose } from '../core/composition.ts';
import { notFound, ParleyError } from '../core/errors.ts';
import type { Draft } from '../core/model.ts';
import { deleteComposition, selectComposition, upsertComposition } from '../store/repo/compositions.ts';
import { can } from './access.ts';
import { composableAmendments, markTaken } from './composeAmendments.ts';
import type { ReadContext, WriteContext } from './context.ts';
import { importDraft } from './drafts.ts';
import { draftFacts } from './facts.ts';
import { requireDraft } from './lookup.ts';
import { implement } from './useCase.ts';

/**
 * The base draft, when the actor may compose over it. Throws `not_found` for anyone who may
 * not (a delegate learns nothing of compositions, nor whether the draft exists).
 */
async function composableBase(ctx: ReadContext | WriteContext, id: string): Promise<Draft> {
  const draft = await requireDraft(ctx.q, id).catch(() => undefined);
  if (!draft || !can(ctx, 'create', await draftFacts(ctx.q, draft))) {
    notFound('draft', id, 'run `parley draft list` to see draft ids');
  }
  return draft;
}

/** A plan's provision references (paths, or numbers as written) made paths; unknown ones are left for `compose` to name. */
export function byPath(draft: Draft, plan: CompositionPlan): CorePlan {
  const pathOf = (ref: string) => {
    const wanted = ref.trim();
    const bare = (n: string) => n.toLowerCase().replace(/[.:\s]+$/, '');
    const found =
      draft.provisions.find((p) => p.path === wanted) ??
      draft.provisions.find((p) => bare(p.number) === bare(wanted));
    return found?.path ?? wanted;
  };
  return {
    choices: Object.fromEntries(Object.entries(plan.choices).map(([ref, choice]) => [pathOf(ref), choice])),
    insertions: plan.insertions.map((i) => ({
      ...i,
      ...(i.after !== undefined ? { after: pathOf(i.after) } : {}),
    })),
  };
}

/** The amendment ids a plan names. */
export function namedIn(plan: CorePlan): string[] {
  const taken = Object.values(plan.choices).flatMap((c) => (c.kind === 'take' ? [c.amendment] : []));
  return [...taken, ...plan.insertions.map((i) => i.amendment)];
}

function requireOpen(draft: Draft): void {
  if (draft.state === 'final') {
    throw new ParleyError(
      'invalid_input',
      `draft '${draft.id}' is final: its text is agreed and is not revised; compose from a working or circulated draft`,
      { field: 'draft', draft: draft.id, state: draft.state },
    );
  }
}

export async function savedComposition(ctx: ReadContext, base: string): Promise<Composition> {
  const stored = await selectComposition(ctx.q, base);
  if (!stored) return { base, version: 0, choices: {}, insertions: [] };
  return {
    ...CompositionPlan.parse(stored.plan),
    base,
    version: stored.version,
    updatedAt: stored.updatedAt,
    updatedBy: stored.updatedBy,
  };
}

/** `compose.show`: the saved plan, or an empty one at version 0. Throws `not_found` (unknown draft, or not staff). */
export const showComposition = implement(composeContract.show, async (ctx, { draft }) => {
  const base = await composableBase(ctx, draft);
  return savedComposition(ctx, base.id);
});

/**
 * `compose.save`: checks the plan as issuing would, then stores it at the next version.
 * Throws `not_found`, `invalid_input` (see `compose`), `conflict` (saved since `version`).
 */
export const saveComposition = implement(composeContract.save, async (ctx, input) => {
  const { draft, version, ...plan } = input;
  const base = await composableBase(ctx, draft);
  requireOpen(base);
  const current = await savedComposition(ctx, base.id);
  if (current.version !== version) {
    const details: CompositionConflict = { field: 'version', current: current.version };
    throw new ParleyError(
      'conflict',
      `the composition over '${base.id}' was saved by ${current.updatedBy ?? 'someone'} since you read it (version ${current.version}, you had ${version}); reload it and apply your change again`,
      details,
    );
  }
  const paths = byPath(base, plan);
  compose(base.id, base.provisions, await composableAmendments(ctx, base.id, namedIn(paths)), paths);
  const saved: Composition = {
    ...paths,
    base: base.id,
    version: version + 1,
    updatedAt: ctx.now,
    updatedBy: describeActor(ctx.actor),
  };
  await upsertComposition(ctx.q, {
    base: base.id,
    plan: { choices: saved.choices, insertions: saved.insertions },
    version: saved.version,
    updatedAt: saved.updatedAt!,
    updatedBy: saved.updatedBy!,
  });
  await ctx.record('save', 'composition', base.id, { version: saved.version });
  return saved;
});

/**
 * `compose.issue`: records the child draft with its pairings stated, marks the amendments
 * taken, and clears the saved composition. Throws `not_found` (draft, provision, amendment),
 * `invalid_input` (final base, amendment of another draft or not proposed), `conflict`
 * (saved composition changed since `version`), and what `importDraft` throws (`duplicate` label).
 */
export const issueComposition = implement(composeContract.issue, async (ctx, input) => {
  const base = await composableBase(ctx, input.draft);
  requireOpen(base);
  const saved = await savedComposition(ctx, base.id);
  if (!input.plan && input.version !== undefined && input.version !== saved.version) {
    const details: CompositionConflict = { field: 'version', current: saved.version };
    throw new ParleyError(
      'conflict',
      `the composition over '${base.id}' changed since you read it (version ${saved.version}, you had ${input.version}); review it and issue again`,
      details,
    );
  }
  const plan = byPath(base, input.plan ?? saved);
  const amendments = await composableAmendments(ctx, base.id, namedIn(plan));
  const composed = compose(base.id, base.provisions, amendments, plan);
  const annotations = Object.fromEntries(
    composed.provisions.map((p) => [p.path, { topics: p.topics, ...(p.track ? { track: p.track } : {}) }]),
  );
  const draft = await importDraft(
    ctx,
    {
      ...(input.id ? { id: input.id } : {}),
      label: input.label,
      ...(base.title ? { title: base.title } : {}),
      date: input.date ?? ctx.now.slice(0, 10),
      ...(input.author ? { author: input.author } : {}),
      parents: [base.id],
      preamble: base.preamble,
      provisions: composed.provisions.map(({ topics: _t, track: _k, ...p }) => p),
      annotations,
    },
    {
      pairs: composed.pairs.map(({ fromPaths, toPaths, kind }) => ({
        fromPaths,
        toPaths,
        kind,
        score: 1,
        confidence: 1,
        origin: 'user' as const,
      })),
    },
  );
  await markTaken(ctx, composed.taken, draft.id);
  if (saved.version > 0) {
    await deleteComposition(ctx.q, base.id);
    await ctx.record('issue', 'composition', base.id, { draft: draft.id });
  }
  return { draft, taken: composed.taken };
});
