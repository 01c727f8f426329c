// Reviewing claims: accept (putting an event or a position on the record, with the
// source as provenance), edit then accept, or reject; and the review queue, each claim
// with how many independent sources report the same thing.
import { type ClaimEdit, EDITABLE, evidence } from '../contract/evidence.ts';
import { groupQueue } from '../core/claimQueue.ts';
import { claimKey, corroborate } from '../core/corroboration.ts';
import { notFound, ParleyError } from '../core/errors.ts';
import { excerpt } from '../core/excerpt.ts';
import type { Claim, ClaimOf } from '../core/model.ts';
import { slugify } from '../core/validate.ts';
import {
  type ClaimScope,
  type SpeakerRow,
  selectKeyedClaims,
  selectQueuePage,
  selectQueueSpeakers,
} from '../store/repo/claimQueue.ts';
import { selectClaim, selectClaims, selectSourceLinks, updateClaimReview } from '../store/repo/claims.ts';
import { selectDraftHeaders } from '../store/repo/drafts.ts';
import { selectEvents } from '../store/repo/events.ts';
import { selectParties, selectPeople } from '../store/repo/parties.ts';
import { authorize, can, visible } from './access.ts';
import { claimReadScope } from './claimScope.ts';
import type { ReadContext, WriteContext } from './context.ts';
import { addEvent } from './events.ts';
import { claimFacter } from './facts.ts';
import { requireSource } from './lookup.ts';
import { setPosition } from './positions.ts';
import { implement, runWithin } from './useCase.ts';

/**
 * Claims for review from the sources the actor may read, each with its corroboration
 * across sources. Throws nothing beyond the runner's `invalid_input`.
 */
export const listClaims = implement(evidence.claims, async (ctx, query) => {
  const listed = await selectClaims(ctx.q, query);
  // Corroboration counts only claims the actor may read, so it reveals no hidden one.
  const counts = corroborate(
    await visibleClaims(ctx, await selectClaims(ctx.q)),
    await selectSourceLinks(ctx.q),
  );
  return (await visibleClaims(ctx, listed)).map((c) => ({
    ...c,
    corroboration: counts.get(c.id) ?? { sources: 1, independent: 1 },
  }));
});

/**
 * The review queue: the claims the actor may read, filtered, a source's mentions of one
 * entity grouped as one row, one page of rows. Filters, scope and page are applied in the
 * database (store/repo/claimQueue.ts): a page reads its own claims, those that say the
 * same (for corroboration) and counts. Throws nothing beyond the runner's `invalid_input`.
 */
export const claimQueue = implement(evidence.queue, async (ctx, { offset, limit, speaker, ...filter }) => {
  const scope = await claimReadScope(ctx);
  const voices = await selectQueueSpeakers(ctx.q, scope, filter);
  const saidBy = speaker && {
    id: speaker,
    names: [
      ...new Set(voices.flatMap((v) => (v.speaker && sameName(v.speaker, speaker) ? [v.speaker] : []))),
    ],
  };
  const page = await selectQueuePage(ctx.q, scope, filter, saidBy || undefined, { offset, limit });
  const counts = await pageCorroboration(ctx, scope, page.claims);
  const listed = (c: Claim) => ({ ...c, corroboration: counts.get(c.id) ?? { sources: 1, independent: 1 } });
  return {
    groups: groupQueue(page.claims).map((g) => ({ ...g, claims: g.claims.map(listed) })),
    offset,
    limit,
    totalGroups: page.totalGroups,
    totalClaims: page.totalClaims,
    speakers: tallySpeakers(voices),
  };
});

/** `saidBy`'s test of a name as said (any case), on names. */
const sameName = (said: string, asked: string) => said.toLowerCase() === asked.toLowerCase();

/**
 * Corroboration of a page's claims, as `corroborate` over every readable claim would count
 * it: the readable, unrejected claims under the page's keys are all that count can see.
 * Candidates are keyed again from their rows, so a stored key only narrows the search.
 */
async function pageCorroboration(
  ctx: ReadContext,
  scope: ClaimScope,
  page: readonly Claim[],
): Promise<Map<string, { sources: number; independent: number }>> {
  const keys = new Set(page.map(claimKey).filter((k) => k !== undefined));
  const candidates = (await selectKeyedClaims(ctx.q, scope, [...keys])).filter((c) => {
    const key = claimKey(c);
    return key !== undefined && keys.has(key);
  });
  const ids = new Set(candidates.map((c) => c.id));
  return corroborate([...candidates, ...page.filter((c) => !ids.has(c.id))], await selectSourceLinks(ctx.q));
}

/** `queueSpeakers` from per-(person, name) counts: a speaker named as first said, most quoted first. */
function tallySpeakers(voices: readonly SpeakerRow[]): { id: string; name: string; claims: number }[] {
  const counts = new Map<string, { id: string; name: string; claims: number }>();
  for (const v of [...voices].sort((a, b) => a.first - b.first)) {
    const id = v.speakerId ?? v.speaker ?? '';
    const entry = counts.get(id) ?? { id, name: v.speaker ?? id, claims: 0 };
    entry.claims += v.claims;
    counts.set(id, entry);
  }
  return [...counts.values()].sort((a, b) => b.claims - a.claims || a.name.localeCompare(b.name));
}

/**
 * Those of `claims` the actor may read: from a source it may read and, once accepted as a
 * stance, only where it may read that stance (the claim names its draft and provision).
 */
export async function visibleClaims(ctx: ReadContext, claims: readonly Claim[]): Promise<Claim[]> {
  return visible(ctx, claims, await claimFacter(ctx.q, claims));
}

/** The claim, if the actor may review it and it still waits for review. */
async function requireSuggested(ctx: ReadContext, id: string): Promise<Claim> {
  const unknown = () => notFound('claim', id, 'run `parley claims list` to see claim ids');
  const claim = (await selectClaim(ctx.q, id)) ?? unknown();
  const facts = (await claimFacter(ctx.q, [claim]))(claim);
  // A claim the actor may not read answers word for word as one that does not exist.
  if (!can(ctx, 'read', facts)) unknown();
  authorize(ctx, 'review', facts);
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
 * are kept as accepted evidence. Throws `not_found`, `forbidden` (not a reviewer),
 * `conflict` (already reviewed), `invalid_input` (an edit field the kind does not take, an
 * event without a date, a stance without a provision: `details.field` names the edit field).
 */
export const acceptClaim = implement(evidence.accept, (ctx, input) => acceptOne(ctx, input));

/** Rejects a suggested claim. Throws `not_found`, `forbidden` (not a reviewer), `conflict`. */
export const rejectClaim = implement(evidence.reject, (ctx, input) => rejectOne(ctx, input));

/**
 * Accepts or rejects several suggested claims in one write, as they are (no edits): all of
 * them or, if any is refused, none. Throws what accepting or rejecting one throws, naming
 * that claim.
 */
export const reviewClaims = implement(evidence.review, async (ctx, { claims, decision, note }) => {
  const ids = [...new Set(claims)];
  const review = decision === 'accept' ? acceptOne : rejectOne;
  for (const claim of ids) await review(ctx, { claim, ...(note ? { note } : {}) });
  return { decision, claims: ids };
});

async function acceptOne(
  ctx: WriteContext,
  input: { claim: string; edit?: ClaimEdit | undefined; note?: string | undefined },
): Promise<Claim> {
  const claim = await requireSuggested(ctx, input.claim);
  const edit = input.edit ?? {};
  requireFitting(claim, edit);
  const edited = applyEdit(claim, edit);
  const recordRef =
    edited.kind === 'event'
      ? await recordEvent(ctx, edited)
      : edited.kind === 'position'
        ? await recordPosition(ctx, edited)
        : undefined;
  const accepted: Claim = {
    ...edited,
    status: 'accepted',
    reviewedAt: ctx.now,
    ...(input.note ? { note: input.note } : {}),
    ...(recordRef ? { recordRef } : {}),
  };
  await updateClaimReview(ctx.q, accepted);
  await ctx.record('accept', 'claim', claim.id, { edit, recordRef });
  return accepted;
}

async function rejectOne(
  ctx: WriteContext,
  input: { claim: string; note?: string | undefined },
): Promise<Claim> {
  const claim = await requireSuggested(ctx, input.claim);
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

/** Throws `invalid_input` naming each edit field the claim's kind does not take. */
function requireFitting(claim: Claim, edit: ClaimEdit): void {
  const fits: readonly string[] = EDITABLE[claim.kind];
  const misfits = Object.entries(edit).flatMap(([field, value]) =>
    value !== undefined && !fits.includes(field) ? [field] : [],
  );
  if (misfits.length === 0) return;
  const expected = fits.join(', ');
  throw new ParleyError(
    'invalid_input',
    `claim ${claim.id} is a ${claim.kind}, which takes no ${misfits.join(', ')}; a ${claim.kind} takes ${expected}`,
    {
      field: `edit.${misfits[0]}`,
      expected,
      fields: misfits.map((field) => ({
        field: `edit.${field}`,
        message: `claim ${claim.id} is a ${claim.kind}, which takes no ${field}`,
        expected,
      })),
    },
  );
}

/** The claim as the reviewer corrected it: its text, a quote's speaker, what an event or stance says. */
function applyEdit(claim: Claim, edit: ClaimEdit): Claim {
  const c: Claim = edit.text ? { ...claim, text: edit.text } : claim;
  switch (c.kind) {
    case 'quote': {
      const { speaker, speakerId } = edit;
      const name = speaker ?? c.speaker ?? speakerId;
      if ((!speaker && !speakerId) || name === undefined) return c;
      // The engine's speaker shape, so contradictions read edited quotes too.
      const said = { name, ...(speakerId ? { personId: speakerId } : {}), via: 'name' as const };
      return {
        ...c,
        ...(speaker ? { speaker } : {}),
        ...(speakerId ? { speakerId } : {}),
        data: { ...c.data, speaker: said },
      };
    }
    case 'event': {
      const { title, eventKind, date, place, participants } = edit;
      return { ...c, data: { ...c.data, ...defined({ title, eventKind, date, place, participants }) } };
    }
    case 'position': {
      const { party, stance, draft, provision } = edit;
      return { ...c, data: { ...c.data, ...defined({ party, stance, draft, provision }) } };
    }
    case 'mention':
      return c;
  }
}

/** The entries whose value is given. */
function defined<T extends object>(fields: T): Partial<T> {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** Puts an accepted event claim on the record as an event citing its source; its reference. */
async function recordEvent(ctx: WriteContext, claim: ClaimOf<'event'>): Promise<string> {
  const { data } = claim;
  if (!data.date) {
    throw new ParleyError(
      'invalid_input',
      `the event of claim ${claim.id} has no date: accept it with its date (YYYY-MM-DD)`,
      {
        missing: 'date',
        field: 'edit.date',
        expected: 'a date like 2025-11-23',
        fields: [
          { field: 'edit.date', message: `the event of claim ${claim.id} has no date: give it (YYYY-MM-DD)` },
        ],
      },
    );
  }
  const known = new Set([...(await selectParties(ctx.q)), ...(await selectPeople(ctx.q))].map((x) => x.id));
  const participants = data.participants.filter((p) => known.has(p));
  const taken = new Set((await selectEvents(ctx.q)).map((e) => e.id));
  const base = slugify(`${data.eventKind} ${data.date} ${data.place ?? ''}`);
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  await runWithin(ctx, addEvent, {
    id,
    kind: data.eventKind,
    title: data.title ?? excerpt(undefined, claim.text, 120),
    date: data.date,
    ...(data.place !== undefined ? { place: data.place } : {}),
    status: data.tense === 'future' ? 'planned' : 'held',
    participants: [...new Set(participants)],
    sources: [claim.source],
  });
  return `event:${id}`;
}

/** Records an accepted position claim as the party's stance citing the source; its reference. */
async function recordPosition(ctx: WriteContext, claim: ClaimOf<'position'>): Promise<string | undefined> {
  const { data } = claim;
  if (data.stance === 'authored') return undefined;
  const provision = data.provision ?? data.provisions?.[0];
  const draft = data.draft ?? (await selectDraftHeaders(ctx.q)).at(-1)?.id;
  if (provision === undefined || !draft) {
    const message = `the stance of claim ${claim.id} names no provision: accept it naming the provision (and the draft, if not the latest)`;
    throw new ParleyError('invalid_input', message, {
      missing: 'provision',
      field: 'edit.provision',
      expected: 'a provision number or path, e.g. 2',
      fields: [{ field: 'edit.provision', message }],
    });
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
