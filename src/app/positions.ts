// Use cases for positions: a party's stance on a provision, appended (never overwritten)
// so that its history and the state "as of" any date can be read back.
import { z } from 'zod';
import { notFound, ParleyError } from '../core/errors.ts';
import { LongText } from '../core/limits.ts';
import { IsoDate, type Position, type Provision, Stance } from '../core/model.ts';
import { parseInput } from '../core/validate.ts';
import type { ProvisionFacts } from '../govern/resources.ts';
import { insertPosition, selectPositions } from '../store/repo/positions.ts';
import { authorize, visible } from './access.ts';
import type { ReadContext, WriteContext } from './context.ts';
import { positionFacts, provisionFacter } from './facts.ts';
import { findProvision, requireSource, resolveParty } from './lookup.ts';
import { visiblePositions } from './readableText.ts';
import { requireDraftText } from './visibleDrafts.ts';

export const PositionInput = z.object({
  party: z.string().trim().min(1),
  draft: z.string().trim().min(1),
  provision: z.string().trim().min(1),
  stance: Stance,
  wording: LongText.optional(),
  note: LongText.optional(),
  asOf: IsoDate,
  source: z.string().trim().min(1).optional(),
  /**
   * Optimistic concurrency: the id of the latest stance of this party on this lineage
   * that the writer saw (null: it saw none). Omitted, the write is unconditional.
   */
  basedOn: z.string().min(1).nullable().optional(),
  /** A client-chosen id (for retries); the server's own otherwise. Reusing one is `duplicate`. */
  id: z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/, 'use letters, digits, ".", "_", ":" or "-" (at most 64)')
    .optional(),
});
export type PositionInput = z.input<typeof PositionInput>;

/**
 * Records a stance, dated by the server's clock. Throws `invalid_input`, `not_found` (party,
 * draft, provision, source), `duplicate` (a reused id), `conflict` (with `details.current`)
 * when `basedOn` is no longer the latest stance.
 */
export async function setPosition(ctx: WriteContext, input: unknown): Promise<Position> {
  const p = parseInput(PositionInput, input, 'position');
  const party = await resolveParty(ctx.q, p.party);
  // A delegation states positions on text it holds, for its own party only; a provision
  // of a track its party is not on is as unknown to it as one that does not exist.
  const { draft, provisionFacts } = await readableProvision(ctx, p.draft, p.provision);
  const provision = draft.provision;
  authorize(
    ctx,
    'create',
    positionFacts({ id: p.id ?? 'new', party: party.id, source: p.source }, provisionFacts),
  );
  if (p.id && (await selectPositions(ctx.q, { id: p.id })).length) {
    throw new ParleyError(
      'duplicate',
      `position id '${p.id}' is already taken; leave id out (the server picks one) or choose another`,
      { id: p.id },
    );
  }
  const source = p.source ? (await requireSource(ctx.q, p.source)).id : undefined;
  if (p.basedOn !== undefined) {
    // The latest stance the writer could have seen: one it may not read cannot be based on.
    const seen = await visiblePositions(
      ctx,
      await selectPositions(ctx.q, { party: party.id, lineage: provision.lineage }),
    );
    const current = seen.at(-1) ?? null;
    if ((current?.id ?? null) !== p.basedOn) {
      throw new ParleyError(
        'conflict',
        `${party.id}'s stance on ${draft.id} §${provision.path} changed since you read it; review the current one and try again`,
        { current },
      );
    }
  }
  const position: Position = {
    id: p.id ?? ctx.newId(),
    party: party.id,
    draft: draft.id,
    provision: provision.path,
    lineage: provision.lineage,
    stance: p.stance,
    ...(p.wording ? { wording: p.wording } : {}),
    ...(p.note ? { note: p.note } : {}),
    asOf: p.asOf,
    ...(source ? { source } : {}),
    // The server's clock, never the client's: recency decides which stance is current.
    recordedAt: ctx.now,
  };
  await insertPosition(ctx.q, position);
  await ctx.record('set', 'position', position.id, position);
  return position;
}

export interface PositionQuery {
  party?: string;
  draft?: string;
  provision?: string;
}

/**
 * Every recorded position the actor may read (superseded ones included), oldest first,
 * optionally narrowed. Throws `not_found` for a draft the actor may not see.
 */
export async function listPositions(ctx: ReadContext, query: PositionQuery = {}): Promise<Position[]> {
  const party = query.party ? (await resolveParty(ctx.q, query.party)).id : undefined;
  let lineage: string | undefined;
  if (query.draft && query.provision) {
    lineage = (await readableProvision(ctx, query.draft, query.provision)).draft.provision.lineage;
  } else if (query.draft) {
    await requireDraftText(ctx, query.draft);
  }
  const positions = await selectPositions(ctx.q, {
    ...(party ? { party } : {}),
    ...(lineage ? { lineage } : {}),
  });
  const mine = await visiblePositions(ctx, positions);
  return query.draft && !query.provision ? mine.filter((p) => p.draft === query.draft) : mine;
}

/** The history of stances on one provision's lineage, across drafts, oldest first. Throws `not_found`. */
export async function positionHistory(
  ctx: ReadContext,
  query: { draft: string; provision: string; party?: string },
): Promise<Position[]> {
  const { provision } = (await readableProvision(ctx, query.draft, query.provision)).draft;
  const party = query.party ? (await resolveParty(ctx.q, query.party)).id : undefined;
  const positions = await selectPositions(ctx.q, { lineage: provision.lineage, ...(party ? { party } : {}) });
  return (await visiblePositions(ctx, positions)).sort((a, b) =>
    a.asOf === b.asOf ? 0 : a.asOf < b.asOf ? -1 : 1,
  );
}

/** One recorded stance. Throws `not_found` — the same answer for one hidden from the actor. */
export async function showPosition(ctx: ReadContext, id: string): Promise<Position> {
  const [position] = await visiblePositions(ctx, await selectPositions(ctx.q, { id }));
  if (position) return position;
  return notFound('position', id, 'list positions with GET /api/positions or `parley position list`');
}

/**
 * A provision of a draft, looked up among those the actor may read, with its facts.
 * Throws `not_found` alike for an unknown draft or provision and for a hidden one (a draft
 * not circulated to the party, a provision of a track it is not on), `forbidden` (summary only).
 */
async function readableProvision(
  ctx: ReadContext,
  draftId: string,
  ref: string,
): Promise<{ draft: { id: string; provision: Provision }; provisionFacts: ProvisionFacts }> {
  const { draft, facts } = await requireDraftText(ctx, draftId);
  const factsOf = await provisionFacter(ctx.q, facts, draft.provisions);
  const provision = findProvision(visible(ctx, draft.provisions, factsOf), draft.id, ref);
  return { draft: { id: draft.id, provision }, provisionFacts: factsOf(provision) };
}
