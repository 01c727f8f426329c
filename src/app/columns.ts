// The n-column table: per provision of a draft, the base text, each party's amendments
// redlined against it, and — for staff — the compromise the composition in progress makes
// of it. A delegation's table holds only what it may read: the provisions of its tracks on
// text it holds, and the amendments the amendment policies show it.
import { redline } from '../compare/index.ts';
import { type ColumnRow, type ColumnsTable, compose as composeContract } from '../contract/compose.ts';
import { amendedText } from '../core/amendments.ts';
import { bracketed, type Composed, type CompositionPlan, compose } from '../core/composition.ts';
import type { Draft } from '../core/model.ts';
import { selectParties } from '../store/repo/parties.ts';
import { can } from './access.ts';
import { listAmendments } from './amendments.ts';
import { byPath, namedIn, savedComposition } from './compose.ts';
import { composableAmendments } from './composeAmendments.ts';
import type { ReadContext } from './context.ts';
import { draftFacts } from './facts.ts';
import { resolveParty } from './lookup.ts';
import { readableDraft } from './readableText.ts';
import { implement } from './useCase.ts';

type Runs = ColumnRow['amendments'][string][number]['redline'];

/** The word redline from `before` to `after`, as runs. Throws nothing. */
function redlined(before: string, after: string): Runs {
  return redline(before, after).map(({ kind, text }) => ({ kind, text }));
}

/** `compose.columns`. Throws `not_found` (unknown or hidden draft, unknown party), `forbidden` (a summary only). */
export const showColumns = implement(composeContract.columns, async (ctx, query): Promise<ColumnsTable> => {
  const draft = await readableDraft(ctx, query.draft);
  const party = query.party ? (await resolveParty(ctx.q, query.party)).id : undefined;
  const rows = draft.provisions.filter(
    (p) => (!query.track || p.track === query.track) && (!query.topic || p.topics.includes(query.topic)),
  );
  const shown = new Set(rows.map((p) => p.path));
  const amendments = (await listAmendments(ctx, { draft: draft.id, ...(party ? { party } : {}) })).filter(
    (a) => shown.has(a.provision),
  );
  const roster = await selectParties(ctx.q);
  const parties = roster
    .filter((p) => amendments.some((a) => a.party === p.id))
    .map(({ id, name }) => ({ id, name }));
  const staff = can(ctx, 'create', await draftFacts(ctx.q, draft));
  const compromise = staff ? await compromiseOf(ctx, draft) : undefined;
  const depthOf = depths(draft);
  return {
    draft: { id: draft.id, label: draft.label, date: draft.date, state: draft.state },
    parties,
    ...(compromise ? { composition: { version: compromise.version } } : {}),
    rows: rows.map((p) => {
      const own: ColumnRow['amendments'] = {};
      for (const a of amendments.filter((x) => x.provision === p.path)) {
        const after = a.kind === 'new' ? (a.text ?? '') : amendedText(p.text, a);
        const column = own[a.party] ?? [];
        own[a.party] = column;
        column.push({
          id: a.id,
          party: a.party,
          kind: a.kind,
          state: a.state,
          ...(a.text !== undefined ? { text: a.text } : {}),
          ...(a.note !== undefined ? { note: a.note } : {}),
          redline: redlined(a.kind === 'new' ? '' : p.text, after),
        });
      }
      return {
        path: p.path,
        number: p.number,
        ...(p.heading ? { heading: p.heading } : {}),
        depth: depthOf(p.path),
        ...(p.track ? { track: p.track } : {}),
        topics: p.topics,
        text: p.text,
        amendments: own,
        ...(compromise ? { compromise: compromise.cell(p.path, p.text) } : {}),
      };
    }),
  };
});

/** How deep each provision sits (0 at the top). */
function depths(draft: Draft): (path: string) => number {
  const parentOf = new Map(draft.provisions.map((p) => [p.path, p.parent]));
  return (path) => {
    let depth = 0;
    for (let at = parentOf.get(path); at !== undefined && depth < 64; at = parentOf.get(at)) depth++;
    return depth;
  };
}

/**
 * The compromise column from the saved composition: the revision's text per provision as
 * issuing would make it. A plan gone stale (an amendment withdrawn since) still shows, per
 * provision, what can be shown; issuing would name the problem.
 */
async function compromiseOf(ctx: ReadContext, draft: Draft) {
  const saved = await savedComposition(ctx, draft.id);
  const plan: CompositionPlan = byPath(draft, saved);
  const amendments = await composableAmendments(ctx, draft.id, namedIn(plan));
  let composed: Composed | undefined;
  try {
    composed = compose(draft.id, draft.provisions, amendments, plan);
  } catch {
    composed = undefined;
  }
  const textOf = new Map(composed?.provisions.map((p) => [p.path, p.text]));
  const addedAfter = new Map<string, { amendment: string; number: string; text: string }[]>();
  if (composed) {
    let last = '';
    const source = new Map(composed.pairs.map((p) => [p.toPaths[0], p]));
    for (const p of composed.provisions) {
      const pair = source.get(p.path);
      if (pair?.kind !== 'added') last = p.path;
      else
        addedAfter.set(last, [
          ...(addedAfter.get(last) ?? []),
          { amendment: pair.amendment ?? '', number: p.number, text: p.text },
        ]);
    }
  }
  const byId = new Map(amendments.map((a) => [a.id, a]));
  return {
    version: saved.version,
    cell(path: string, base: string): NonNullable<ColumnRow['compromise']> {
      const choice = plan.choices[path] ?? { kind: 'keep' as const };
      let text: string | null;
      if (composed) text = textOf.get(path) ?? null;
      else if (choice.kind === 'text') text = choice.text;
      else if (choice.kind === 'brackets') text = bracketed(choice.alternatives);
      else if (choice.kind === 'drop') text = null;
      else if (choice.kind === 'take') {
        const a = byId.get(choice.amendment);
        text = a && a.kind !== 'delete' ? (choice.text ?? amendedText(base, a)) : a ? null : base;
      } else text = base;
      return { choice, text, redline: redlined(base, text ?? ''), added: addedAfter.get(path) ?? [] };
    },
  };
}
