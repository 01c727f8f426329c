// Use cases for amendments: a party proposes a wording on a provision it holds, withdraws
// it while it is proposed, and the secretariat settles it. Every read filters by the same
// policy (own party, or shared, on a provision the reader may read); hidden is unknown.
import { amendments } from '../contract/amendments.ts';
import type { ParsedInputOf } from '../contract/declare.ts';
import { describeActor } from '../core/actor.ts';
import { type Amendment, amendmentText, type Decision, requireMove } from '../core/amendments.ts';
import { notFound, ParleyError } from '../core/errors.ts';
import type { Provision } from '../core/model.ts';
import type { AmendmentFacts, ProvisionFacts } from '../govern/resources.ts';
import {
  insertAmendment,
  insertAmendmentShares,
  selectAmendments,
  updateAmendmentState,
} from '../store/repo/amendments.ts';
import { authorize, can, permits, visible } from './access.ts';
import type { ReadContext, WriteContext } from './context.ts';
import { amendmentFacter, provisionFacter } from './facts.ts';
import { findProvision, resolveParty } from './lookup.ts';
import { implement } from './useCase.ts';
import { requireDraftText } from './visibleDrafts.ts';

const hint = 'list the amendments of its draft to find its id';

/**
 * Records a party's amendment on a provision, stamped with the server's clock and the
 * acting account. Throws `not_found` (party; a draft or provision the actor may not read,
 * alike with an unknown one), `forbidden` (another party's amendment), `conflict` (a final
 * draft), `invalid_input` (text for the kind; a party that does not hold the provision).
 */
export const proposeAmendment = implement(amendments.propose, async (ctx, input) => {
  const party = await resolveParty(ctx.q, input.party);
  const { draft, provision, provisionFacts } = await readableProvision(ctx, input.draft, input.provision);
  const shared = input.shared ?? false;
  authorize(ctx, 'create', {
    kind: 'amendment',
    id: 'new',
    party: party.id,
    shared,
    sharedWith: [],
    provision: provisionFacts,
  });
  if (draft.state === 'final') {
    throw new ParleyError(
      'conflict',
      `draft '${draft.id}' is final: its text is settled and takes no amendments; propose them on the next draft`,
      { field: 'draft', current: 'final', expected: 'working or circulated' },
    );
  }
  // The secretariat may record an amendment for a party, but only on text that party holds.
  if (!holds(party.id, provisionFacts)) {
    const message = `party '${party.id}' does not hold §${provision.number} of draft '${draft.id}'; circulate the draft to it first`;
    throw new ParleyError('invalid_input', `party: ${message}`, {
      field: 'party',
      fields: [{ field: 'party', message }],
    });
  }
  const text = amendmentText(input.kind, input.text);
  const note = input.note?.trim();
  const amendment: Amendment = {
    id: ctx.newId(),
    party: party.id,
    draft: draft.id,
    provision: provision.path,
    number: provision.number,
    lineage: provision.lineage,
    kind: input.kind,
    ...(text !== undefined ? { text } : {}),
    ...(note ? { note } : {}),
    shared,
    state: 'proposed',
    author: describeActor(ctx.actor),
    proposedAt: ctx.now,
  };
  await insertAmendment(ctx.q, amendment);
  await ctx.record('propose', 'amendment', amendment.id, amendment);
  return amendment;
});

/**
 * Withdraws a proposed amendment: its own party's word only. Throws `not_found` (unknown or
 * hidden), `forbidden` (another party's, or staff), `conflict` (no longer proposed).
 */
export const withdrawAmendment = implement(amendments.withdraw, async (ctx, { amendment: id }) => {
  const { amendment, facts } = await loadAmendment(ctx, id);
  authorize(ctx, 'withdraw', facts);
  return moveAmendment(ctx, amendment, 'withdrawn', 'withdraw');
});

/**
 * `amendments.share`: shows an amendment to more parties, named, after it was proposed. Its
 * own party's word (or the secretariat's for it); only widens. Throws `not_found` (unknown or
 * hidden amendment, unknown party), `forbidden` (another party's amendment the actor sees),
 * `invalid_input` (a named party that does not hold the provision; nothing shared then).
 */
export const shareAmendment = implement(amendments.share, async (ctx, input) => {
  const { amendment, facts } = await loadAmendment(ctx, input.amendment);
  authorize(ctx, 'share', facts);
  const named = [
    ...new Set(await Promise.all(input.parties.map(async (p) => (await resolveParty(ctx.q, p)).id))),
  ];
  const outside = named.filter((party) => !holds(party, facts.provision));
  if (outside.length > 0) {
    const message = `${outside.map((p) => `party '${p}'`).join(', ')} ${outside.length > 1 ? 'do' : 'does'} not hold §${amendment.number} of draft '${amendment.draft}'; circulate the draft to it first`;
    throw new ParleyError('invalid_input', `parties: ${message}`, {
      field: 'parties',
      fields: [{ field: 'parties', message }],
    });
  }
  const before = new Set([amendment.party, ...(amendment.sharedWith ?? [])]);
  // Shared with every holder already, or with these: nothing widens, nothing is written.
  const added = amendment.shared ? [] : named.filter((party) => !before.has(party));
  if (added.length === 0) return amendment;
  await insertAmendmentShares(ctx.q, amendment.id, added);
  const sharedWith = [...(amendment.sharedWith ?? []), ...added].sort();
  await ctx.record('share', 'amendment', amendment.id, { parties: added, sharedWith });
  return { ...amendment, sharedWith };
});

/** Whether `party`'s delegates may read the provision (the text was circulated to it, it is on the track). */
const holds = (party: string, provision: ProvisionFacts) =>
  permits('read', provision)({ kind: 'user', id: '-', role: 'delegate', party });

/**
 * Settles a proposed amendment (taken, taken in part, rejected) inside the caller's write:
 * `amendments.decide`, and composing a revision that takes amendments. The caller's
 * declaration must emit `amendment`. Throws `not_found`, `forbidden` (not the secretariat),
 * `conflict` (withdrawn or settled already).
 */
export async function settleAmendment(
  ctx: WriteContext,
  id: string,
  state: Decision,
  note?: string,
): Promise<Amendment> {
  const { amendment, facts } = await loadAmendment(ctx, id);
  authorize(ctx, 'decide', facts);
  return moveAmendment(ctx, amendment, state, 'decide', note?.trim() || undefined);
}

/** `amendments.decide`. Throws what `settleAmendment` throws. */
export const decideAmendment = implement(amendments.decide, (ctx, input) =>
  settleAmendment(ctx, input.amendment, input.state, input.note),
);

/**
 * A draft's amendments the actor may see, oldest first, optionally narrowed. Throws
 * `not_found` for a draft (or provision) the actor may not read.
 */
export async function listAmendments(
  ctx: ReadContext,
  query: ParsedInputOf<typeof amendments.list>,
): Promise<Amendment[]> {
  const party = query.party ? (await resolveParty(ctx.q, query.party)).id : undefined;
  let path: string | undefined;
  if (query.provision) path = (await readableProvision(ctx, query.draft, query.provision)).provision.path;
  else await requireDraftText(ctx, query.draft);
  const rows = await selectAmendments(ctx.q, { draft: query.draft, ...(party ? { party } : {}) });
  const wanted = rows.filter(
    (a) => (path === undefined || a.provision === path) && (!query.state || a.state === query.state),
  );
  return visibleAmendments(ctx, wanted);
}

/** `amendments.list`. Throws `not_found`. */
export const amendmentsList = implement(amendments.list, listAmendments);

/** `amendments.history`: the amendments on a provision's lineage, across drafts. Throws `not_found`. */
export const amendmentsHistory = implement(amendments.history, async (ctx, query) => {
  const { provision } = await readableProvision(ctx, query.draft, query.provision);
  const party = query.party ? (await resolveParty(ctx.q, query.party)).id : undefined;
  const rows = await selectAmendments(ctx.q, { lineage: provision.lineage, ...(party ? { party } : {}) });
  return visibleAmendments(ctx, rows);
});

/** `amendments.show`. Throws `not_found` — the same answer for one hidden from the actor. */
export const amendmentsShow = implement(
  amendments.show,
  async (ctx, { amendment: id }) => (await loadAmendment(ctx, id)).amendment,
);

/** Every use case of the area, for USE_CASES. */
export const AMENDMENTS = [
  amendmentsList,
  amendmentsHistory,
  amendmentsShow,
  proposeAmendment,
  withdrawAmendment,
  shareAmendment,
  decideAmendment,
] as const;

/** The amendments the actor may see, in the order given. */
async function visibleAmendments(ctx: ReadContext, rows: Amendment[]): Promise<Amendment[]> {
  const factsOf = await amendmentFacter(ctx.q, rows);
  return visible(ctx, rows, factsOf);
}

/**
 * One amendment the actor may see, with its facts. Throws `not_found` alike for an unknown
 * one and one the actor may not see (the same words and details).
 */
async function loadAmendment(
  ctx: ReadContext,
  id: string,
): Promise<{ amendment: Amendment; facts: AmendmentFacts }> {
  const [amendment] = await selectAmendments(ctx.q, { id });
  const facts = amendment && (await amendmentFacter(ctx.q, [amendment]))(amendment);
  if (!amendment || !facts || !can(ctx, 'read', facts)) {
    ctx.policy.asked = true;
    return notFound('amendment', id, hint);
  }
  return { amendment, facts };
}

async function moveAmendment(
  ctx: WriteContext,
  amendment: Amendment,
  state: Amendment['state'],
  action: 'withdraw' | 'decide',
  note?: string,
): Promise<Amendment> {
  requireMove(amendment.id, amendment.state, state);
  const by = describeActor(ctx.actor);
  await updateAmendmentState(ctx.q, amendment.id, { state, at: ctx.now, by, note });
  const { stateNote: _, ...rest } = amendment;
  const moved: Amendment = {
    ...rest,
    state,
    stateAt: ctx.now,
    stateBy: by,
    ...(note ? { stateNote: note } : {}),
  };
  await ctx.record(action, 'amendment', moved.id, moved);
  return moved;
}

/**
 * A provision of a draft among those the actor may read, with the draft's state and the
 * provision's facts. Throws `not_found` alike for an unknown and a hidden draft or
 * provision, `forbidden` (a summary only).
 */
async function readableProvision(
  ctx: ReadContext,
  draftId: string,
  ref: string,
): Promise<{
  draft: { id: string; state: string };
  provision: Provision;
  provisionFacts: ProvisionFacts;
}> {
  const { draft, facts } = await requireDraftText(ctx, draftId);
  const factsOf = await provisionFacter(ctx.q, facts, draft.provisions);
  const provision = findProvision(visible(ctx, draft.provisions, factsOf), draft.id, ref);
  return { draft: { id: draft.id, state: draft.state }, provision, provisionFacts: factsOf(provision) };
}
