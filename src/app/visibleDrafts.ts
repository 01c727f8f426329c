// Drafts as the actor may see them: listings drop what was never circulated to them, a
// summary-only circulation shows the summary instead of the text, and provisions of
// tracks the actor's party is not on are left out. Hidden and absent look the same.
import type { DraftView } from '../contract/drafts.ts';
import { notFound, ParleyError } from '../core/errors.ts';
import type { Draft } from '../core/model.ts';
import type { DraftFacts } from '../govern/resources.ts';
import { selectCirculations } from '../store/repo/circulations.ts';
import { type DraftHeader, selectDraft, selectDraftHeaders } from '../store/repo/drafts.ts';
import { can, visible } from './access.ts';
import { delegatePartyOf } from './actors.ts';
import type { ReadContext } from './context.ts';
import { draftFacts, draftFactsById, provisionFacter } from './facts.ts';

type StoredDraft = Draft & { createdAt: string };

const hint = 'run `parley draft list` to see draft ids';

/**
 * The draft if the actor may at least see its summary. Throws `not_found` — the same
 * answer as for a draft that does not exist — otherwise.
 */
export async function requireVisibleDraft(
  ctx: ReadContext,
  id: string,
): Promise<{ draft: StoredDraft; facts: DraftFacts; text: boolean }> {
  const draft = await selectDraft(ctx.q, id);
  if (draft) {
    const facts = await draftFacts(ctx.q, draft);
    if (can(ctx, 'read', facts)) return { draft, facts, text: true };
    if (can(ctx, 'readSummary', facts)) return { draft, facts, text: false };
  }
  ctx.policy.asked = true;
  return notFound('draft', id, hint);
}

/** The draft's full text, for use cases that act on it. Throws `not_found`, `forbidden` (summary only). */
export async function requireDraftText(
  ctx: ReadContext,
  id: string,
): Promise<{ draft: Draft; facts: DraftFacts }> {
  const found = await requireVisibleDraft(ctx, id);
  if (!found.text) {
    throw new ParleyError(
      'forbidden',
      `you hold only a summary of draft '${id}'; ask the secretariat for the text`,
      {
        kind: 'draft',
        id,
      },
    );
  }
  return found;
}

/**
 * Draft headers the actor may see, oldest first: a summary's header without the preamble,
 * parents the actor may not see left out.
 */
export async function listVisibleDrafts(ctx: ReadContext): Promise<DraftHeader[]> {
  const headers = await selectDraftHeaders(ctx.q);
  const facts = await draftFactsById(ctx.q, headers);
  const factsOf = (id: string) => facts.get(id) ?? absentDraft(id);
  return visible(ctx, headers, (h) => factsOf(h.id), 'readSummary').map((h) =>
    scoped(ctx, h, factsOf, can(ctx, 'read', factsOf(h.id))),
  );
}

/** One draft as the actor may read it. Throws `not_found` for a hidden or unknown draft. */
export async function showVisibleDraft(ctx: ReadContext, id: string): Promise<DraftView> {
  const { draft, facts, text } = await requireVisibleDraft(ctx, id);
  const parents = await draftFactsById(
    ctx.q,
    (await selectDraftHeaders(ctx.q)).filter((h) => draft.parents.includes(h.id)),
  );
  const header = scoped(ctx, draft, (p) => parents.get(p) ?? absentDraft(p), text);
  if (!text) {
    const party = delegatePartyOf(ctx.actor);
    const held = (await selectCirculations(ctx.q, { draft: id, ...(party ? { party } : {}) })).at(-1);
    return {
      ...header,
      provisions: [],
      summaryOnly: true,
      ...(held?.summary ? { summary: held.summary } : {}),
    };
  }
  const factsOf = await provisionFacter(ctx.q, facts, draft.provisions);
  const provisions = visible(ctx, draft.provisions, factsOf);
  const withheld = draft.provisions.length - provisions.length;
  return { ...header, provisions, ...(withheld ? { withheld } : {}) };
}

/**
 * A draft's header as the actor may see it: who holds only a summary gets no preamble
 * (the summary is all it was given), and parents it may not see are not named.
 */
function scoped<T extends Pick<Draft, 'parents' | 'preamble'>>(
  ctx: ReadContext,
  draft: T,
  factsOf: (id: string) => DraftFacts,
  text: boolean,
): T {
  const parents = draft.parents.filter((p) => can(ctx, 'readSummary', factsOf(p)));
  return { ...draft, parents, ...(text ? {} : { preamble: '' }) };
}

/** A draft no one below staff may see: one that is gone, or was never there. */
const absentDraft = (id: string): DraftFacts => ({ kind: 'draft', id, circulatedTo: [], public: false });
