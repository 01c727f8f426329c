// Use cases for positions: a party's stance on a provision, appended (never overwritten)
// so that its history and the state "as of" any date can be read back.
import type { ParsedInputOf } from '../contract/declare.ts';
import { type PositionConflict, PositionInput, positions } from '../contract/positions.ts';
import { notFound, ParleyError } from '../core/errors.ts';
import type { Position, Provision } from '../core/model.ts';
import { parseInput } from '../core/validate.ts';
import type { ProvisionFacts } from '../govern/resources.ts';
import { insertPosition, selectPositions } from '../store/repo/positions.ts';
import { authorize, visible } from './access.ts';
import type { ReadContext, WriteContext } from './context.ts';
import { positionFacts, provisionFacter } from './facts.ts';
import { findProvision, requireSource, resolveParty } from './lookup.ts';
import { visiblePositions } from './readableText.ts';
import { implement } from './useCase.ts';
import { requireDraftText } from './visibleDrafts.ts';

/**
 * Records a stance from unchecked `input` (a scenario's, a claim's), inside the caller's
 * write. Throws `invalid_input`, and what `positionsSet` throws.
 */
export function setPosition(ctx: WriteContext, input: unknown): Promise<Position> {
  return recordStance(ctx, parseInput(PositionInput, input, 'position'));
}

/**
 * Records a stance, stamped with the server's clock (and dated by it when `asOf` is absent).
 * Throws `not_found` (party, draft, provision, source), `duplicate` (a reused id),
 * `conflict` when `basedOn` is no longer the latest stance (`details`: `PositionConflict`).
 */
export const positionsSet = implement(positions.set, (ctx, input) => recordStance(ctx, input));

async function recordStance(ctx: WriteContext, p: ParsedInputOf<typeof positions.set>): Promise<Position> {
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
      const details: PositionConflict = { field: 'basedOn', current };
      throw new ParleyError(
        'conflict',
        `${party.id}'s stance on ${draft.id} §${provision.path} changed since you read it; review the current one and try again`,
        details,
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
    asOf: p.asOf ?? ctx.now.slice(0, 10),
    ...(source ? { source } : {}),
    // The server's clock, never the client's: recency decides which stance is current.
    recordedAt: ctx.now,
  };
  await insertPosition(ctx.q, position);
  await ctx.record('set', 'position', position.id, position);
  return position;
}

export interface PositionQuery {
  party?: string | undefined;
  draft?: string | undefined;
  provision?: string | undefined;
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
  query: { draft: string; provision: string; party?: string | undefined },
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
  return notFound('position', id, 'list the positions to find its id');
}

/** `positions.list`. Throws `invalid_input` for a provision without its draft, `not_found`. */
export const positionsList = implement(positions.list, (ctx, query) => {
  if (query.provision && !query.draft) {
    const message = 'name the draft it belongs to as well';
    throw new ParleyError('invalid_input', `provision: ${message}`, {
      field: 'provision',
      fields: [{ field: 'provision', message }],
    });
  }
  return listPositions(ctx, query);
});

/** `positions.history`. Throws `not_found`. */
export const positionsHistory = implement(positions.history, positionHistory);

/** `positions.show`. Throws `not_found`. */
export const positionsShow = implement(positions.show, (ctx, { position }) => showPosition(ctx, position));

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
