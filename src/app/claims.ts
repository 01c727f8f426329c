// Reviewing claims: accept (putting an event or a position on the record, with the
// source as provenance), edit then accept, or reject; and the contradictions between
// the sources, passage against passage, side by side.
import { z } from 'zod';
import { corroborate } from '../core/corroboration.ts';
import { notFound, ParleyError } from '../core/errors.ts';
import { excerpt } from '../core/excerpt.ts';
import { LongText, Name, Title } from '../core/limits.ts';
import {
  type Claim,
  ClaimKind,
  ClaimStatus,
  EventKind,
  IsoDate,
  type ListedClaim,
  Stance,
} from '../core/model.ts';
import { parseInput, slugify } from '../core/validate.ts';
import type {
  ContradictionKind,
  ContradictionSide as EngineSide,
  LinkDocument,
  SuggestedClaim,
} from '../evidence/index.ts';
import { selectClaim, selectClaims, selectSourceLinks, updateClaimReview } from '../store/repo/claims.ts';
import { selectDraftHeaders } from '../store/repo/drafts.ts';
import { selectEvents } from '../store/repo/events.ts';
import { selectParties, selectPeople } from '../store/repo/parties.ts';
import { selectSources } from '../store/repo/sources.ts';
import { authorize, visible } from './access.ts';
import type { ReadContext, WriteContext } from './context.ts';
import { addEvent } from './events.ts';
import { evidenceEngine } from './evidenceEngine.ts';
import { claimFacter, sourceFacts } from './facts.ts';
import { requireSource } from './lookup.ts';
import { setPosition } from './positions.ts';
import { runWithin } from './useCase.ts';

export const ClaimQuery = z.object({
  status: ClaimStatus.optional(),
  kind: ClaimKind.optional(),
  source: z.string().optional(),
});

/**
 * Claims for review from the sources the actor may read, each with its corroboration
 * across sources. Throws `invalid_input`.
 */
export async function listClaims(
  ctx: ReadContext,
  query: z.input<typeof ClaimQuery> = {},
): Promise<ListedClaim[]> {
  const listed = await selectClaims(ctx.q, parseInput(ClaimQuery, query, 'claims query'));
  // Corroboration counts only claims the actor may read, so it reveals no hidden one.
  const counts = corroborate(
    await visibleClaims(ctx, await selectClaims(ctx.q)),
    await selectSourceLinks(ctx.q),
  );
  return (await visibleClaims(ctx, listed)).map((c) => ({
    ...c,
    corroboration: counts.get(c.id) ?? { sources: 1, independent: 1 },
  }));
}

/** What a reviewer may correct before accepting. */
export const ClaimEdit = z.object({
  text: LongText.min(1).optional(),
  speaker: Name.optional(),
  speakerId: z.string().min(1).optional(),
  title: Title.min(1).optional(),
  eventKind: EventKind.optional(),
  date: IsoDate.optional(),
  place: Name.optional(),
  participants: z.array(z.string()).optional(),
  party: z.string().optional(),
  stance: Stance.optional(),
  draft: z.string().optional(),
  provision: z.string().optional(),
});
export type ClaimEdit = z.infer<typeof ClaimEdit>;

/** The claim, if the actor may review it and it still waits for review. */
async function requireSuggested(ctx: ReadContext, id: string): Promise<Claim> {
  const claim =
    (await selectClaim(ctx.q, id)) ?? notFound('claim', id, 'run `parley claims list` to see claim ids');
  authorize(ctx, 'review', (await claimFacter(ctx.q, [claim]))(claim));
  if (claim.status !== 'suggested') {
    throw new ParleyError('conflict', `claim ${id} was already ${claim.status}; it can be reviewed once`, {
      status: claim.status,
    });
  }
  return claim;
}

/**
 * Accepts a suggested claim, applying the reviewer's edits first. An event claim adds an
 * event, a position claim records a stance (both citing the source); quotes and mentions
 * are kept as accepted evidence. Throws `not_found`, `conflict` (already reviewed),
 * `invalid_input` (an event without a date, a position without a provision), `forbidden` (not a reviewer).
 */
export async function acceptClaim(
  ctx: WriteContext,
  input: { id: string; edit?: unknown; note?: string },
): Promise<Claim> {
  const claim = await requireSuggested(ctx, input.id);
  const edit = parseInput(ClaimEdit, input.edit ?? {}, `edit of claim ${input.id}`);
  const { text, speaker, speakerId, ...fields } = edit;
  const data: Record<string, unknown> = { ...claim.data, ...fields };
  if (speaker || speakerId) {
    // Keep the engine's speaker shape so contradictions read edited quotes too.
    data.speaker = {
      name: speaker ?? claim.speaker ?? speakerId,
      ...(speakerId ? { personId: speakerId } : {}),
      via: 'name',
    };
  }
  const recordRef =
    claim.kind === 'event'
      ? await recordEvent(ctx, claim, data)
      : claim.kind === 'position'
        ? await recordPosition(ctx, claim, data)
        : undefined;
  const accepted: Claim = {
    ...claim,
    status: 'accepted',
    ...(text ? { text } : {}),
    ...(speaker ? { speaker } : {}),
    ...(speakerId ? { speakerId } : {}),
    data,
    reviewedAt: ctx.now,
    ...(input.note ? { note: input.note } : {}),
    ...(recordRef ? { recordRef } : {}),
  };
  await updateClaimReview(ctx.q, accepted);
  await ctx.record('accept', 'claim', claim.id, { edit, recordRef });
  return accepted;
}

/** Rejects a suggested claim. Throws `not_found`, `conflict`, `forbidden` (not a reviewer). */
export async function rejectClaim(ctx: WriteContext, input: { id: string; note?: string }): Promise<Claim> {
  const claim = await requireSuggested(ctx, input.id);
  const rejected: Claim = {
    ...claim,
    status: 'rejected',
    reviewedAt: ctx.now,
    ...(input.note ? { note: input.note } : {}),
  };
  await updateClaimReview(ctx.q, rejected);
  await ctx.record('reject', 'claim', claim.id, { note: input.note });
  return rejected;
}

async function recordEvent(ctx: WriteContext, claim: Claim, data: Record<string, unknown>): Promise<string> {
  const date = typeof data.date === 'string' ? data.date : undefined;
  if (!date) {
    throw new ParleyError(
      'invalid_input',
      `claim ${claim.id} gives no date for the event; accept it with its date ('date', YYYY-MM-DD; --date on the CLI)`,
      { missing: 'date' },
    );
  }
  const kind = EventKind.catch('other').parse(data.eventKind);
  const known = new Set([...(await selectParties(ctx.q)), ...(await selectPeople(ctx.q))].map((x) => x.id));
  const participants = (Array.isArray(data.participants) ? data.participants : []).filter(
    (p): p is string => typeof p === 'string' && known.has(p),
  );
  const taken = new Set((await selectEvents(ctx.q)).map((e) => e.id));
  const base = slugify(`${kind} ${date} ${typeof data.place === 'string' ? data.place : ''}`);
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  await runWithin(ctx, addEvent, {
    id,
    kind,
    title: typeof data.title === 'string' ? data.title : excerpt(undefined, claim.text, 120),
    date,
    ...(typeof data.place === 'string' ? { place: data.place } : {}),
    status: data.tense === 'future' ? 'planned' : 'held',
    participants: [...new Set(participants)],
    sources: [claim.source],
  });
  return `event:${id}`;
}

async function recordPosition(
  ctx: WriteContext,
  claim: Claim,
  data: Record<string, unknown>,
): Promise<string | undefined> {
  if (data.stance === 'authored') return undefined;
  const provisions = Array.isArray(data.provisions) ? data.provisions : [];
  const provision = typeof data.provision === 'string' ? data.provision : provisions[0];
  const draft = typeof data.draft === 'string' ? data.draft : (await selectDraftHeaders(ctx.q)).at(-1)?.id;
  if (typeof provision !== 'string' || !draft) {
    throw new ParleyError(
      'invalid_input',
      `claim ${claim.id} does not say which provision the stance is about; accept it naming the provision ('provision', and 'draft' if not the latest; --provision on the CLI)`,
      { missing: 'provision' },
    );
  }
  const source = await requireSource(ctx.q, claim.source);
  const position = await setPosition(ctx, {
    party: data.party,
    draft,
    provision,
    stance: data.stance,
    asOf: source.date,
    source: source.id,
    note: claim.text,
  });
  return `position:${position.id}`;
}

/** One side of a contradiction: the passage, in its source, and the claim it came from if any. */
export interface ContradictionSide {
  source: string;
  span: [number, number];
  text: string;
  speaker?: { name: string; personId?: string; partyId?: string };
  /** The stored claim the passage belongs to (a quote or an event), when it belongs to one. */
  claim?: string;
}

export interface ListedContradiction {
  kind: ContradictionKind;
  reason: string;
  a: ContradictionSide;
  b: ContradictionSide;
}

/**
 * Passages of different sources the actor may read that cannot both be true, both sides
 * shown: sources are linked sentence by sentence, with the claims (suggested or accepted)
 * the actor may read; rejected claims are left out, so a rejected quote no longer speaks.
 */
export async function listContradictions(ctx: ReadContext): Promise<ListedContradiction[]> {
  const sources = (await visible(ctx, await selectSources(ctx.q), (x) => sourceFacts(x.id))).filter(
    (x) => x.cleanText !== undefined,
  );
  const readable = new Set(sources.map((x) => x.id));
  const claims = (await visibleClaims(ctx, await selectClaims(ctx.q))).filter(
    (c) => c.status !== 'rejected' && readable.has(c.source),
  );
  // The engine hands back the very claim objects it was given: the way back to stored ids.
  const stored = new Map<SuggestedClaim, Claim>();
  const docs: LinkDocument[] = sources.map((x) => ({
    source: x.id,
    cleanText: x.cleanText ?? '',
    published: x.date,
    claims: claims
      .filter((c) => c.source === x.id)
      .map((c) => {
        const suggested = toSuggested(c);
        stored.set(suggested, c);
        return suggested;
      }),
  }));
  const roster = { parties: await selectParties(ctx.q), people: await selectPeople(ctx.q) };
  const { findContradictions } = await evidenceEngine();
  const side = (x: EngineSide): ContradictionSide => {
    const claim = x.claim ? stored.get(x.claim)?.id : undefined;
    const speaker = x.speaker
      ? {
          name: x.speaker.name,
          ...(x.speaker.personId ? { personId: x.speaker.personId } : {}),
          ...(x.speaker.partyId ? { partyId: x.speaker.partyId } : {}),
        }
      : undefined;
    return {
      source: x.source,
      span: [x.span[0], x.span[1]],
      text: x.text,
      ...(speaker ? { speaker } : {}),
      ...(claim ? { claim } : {}),
    };
  };
  return findContradictions(docs, roster).map((c) => ({ ...c, a: side(c.a), b: side(c.b) }));
}

/**
 * Those of `claims` the actor may read: from a source it may read and, once accepted as a
 * stance, only where it may read that stance (the claim names its draft and provision).
 */
async function visibleClaims(ctx: ReadContext, claims: readonly Claim[]): Promise<Claim[]> {
  return visible(ctx, claims, await claimFacter(ctx.q, claims));
}

/** Stored claims came from the engine's SuggestedClaim (see ingest) and keep its data shape. */
function toSuggested(c: Claim): SuggestedClaim {
  const { speaker, ...data } = c.data as Record<string, unknown> & { speaker?: unknown };
  return {
    kind: c.kind,
    text: c.text,
    span: c.span,
    ...(c.kind === 'quote' && speaker ? { speaker } : {}),
    data,
  } as unknown as SuggestedClaim;
}
