// Use cases for the record around the text: the negotiation itself, events and sources.
import { z } from 'zod';
import { ParleyError } from '../core/errors.ts';
import { LongText, Title } from '../core/limits.ts';
import { Event, Source } from '../core/model.ts';
import { parseInput } from '../core/validate.ts';
import { insertEvent, insertSource, selectEvents, selectSources } from '../store/repo/events.ts';
import { insertNegotiation, type NegotiationRow, selectNegotiation } from '../store/repo/negotiation.ts';
import { selectParties, selectPeople } from '../store/repo/parties.ts';
import { authorize, visible } from './access.ts';
import type { ReadContext, WriteContext } from './context.ts';
import { eventFacts, negotiationFacts, sourceFacts } from './facts.ts';
import { requireSource } from './lookup.ts';

const NegotiationInput = z.object({
  title: Title.min(1, 'give the negotiation a title'),
  description: LongText.optional(),
  createdAt: z.string().optional(),
});

/** Names the negotiation this home holds. Throws `invalid_input`, `duplicate` when already set. */
export async function initNegotiation(ctx: WriteContext, input: unknown): Promise<NegotiationRow> {
  const n = parseInput(NegotiationInput, input, 'negotiation');
  const existing = await selectNegotiation(ctx.q);
  if (existing) {
    throw new ParleyError(
      'duplicate',
      `this home already holds "${existing.title}"; use another PARLEY_HOME`,
      {
        title: existing.title,
      },
    );
  }
  const row = {
    title: n.title,
    ...(n.description ? { description: n.description } : {}),
    createdAt: n.createdAt ?? ctx.now,
  };
  await insertNegotiation(ctx.q, row);
  await ctx.record('init', 'negotiation', '1', row);
  return row;
}

/** The negotiation's title and description: known to everyone at the table, and public. */
export async function getNegotiation(ctx: ReadContext): Promise<NegotiationRow | undefined> {
  authorize(ctx, 'read', await negotiationFacts(ctx.q));
  return selectNegotiation(ctx.q);
}

/**
 * Adds a dated event; participants are party or person ids.
 * Throws `invalid_input`, `duplicate`, `not_found` (participant, source, replaced event).
 */
export async function addEvent(ctx: WriteContext, input: unknown): Promise<Event> {
  const e = parseInput(Event, input, 'event');
  authorize(ctx, 'create', eventFacts(e));
  const events = await selectEvents(ctx.q);
  if (events.some((x) => x.id === e.id)) {
    throw new ParleyError('duplicate', `event '${e.id}' already exists; choose another id`, { id: e.id });
  }
  if (e.replaces && !events.some((x) => x.id === e.replaces)) {
    throw new ParleyError(
      'not_found',
      `event '${e.id}' replaces unknown event '${e.replaces}'; see \`parley event list\``,
      {
        replaces: e.replaces,
      },
    );
  }
  const known = new Set([
    ...(await selectParties(ctx.q)).map((p) => p.id),
    ...(await selectPeople(ctx.q)).map((p) => p.id),
  ]);
  for (const participant of e.participants) {
    if (!known.has(participant)) {
      throw new ParleyError(
        'not_found',
        `event '${e.id}' names unknown participant '${participant}'; use a party or person id (\`parley party list\`, \`parley person list\`)`,
        { participant },
      );
    }
  }
  for (const source of e.sources) await requireSource(ctx.q, source);
  await insertEvent(ctx.q, e);
  await ctx.record('add', 'event', e.id, e);
  return e;
}

/** The events the actor may see. */
export async function listEvents(ctx: ReadContext): Promise<Event[]> {
  return visible(ctx, await selectEvents(ctx.q), eventFacts);
}

/** Adds a source document. Throws `invalid_input`, `duplicate`. */
export async function addSource(ctx: WriteContext, input: unknown): Promise<Source> {
  const s = parseInput(Source, input, 'source');
  authorize(ctx, 'create', sourceFacts(s.id));
  if ((await selectSources(ctx.q)).some((x) => x.id === s.id)) {
    throw new ParleyError('duplicate', `source '${s.id}' already exists; choose another id`, { id: s.id });
  }
  await insertSource(ctx.q, s);
  await ctx.record('add', 'source', s.id, { ...s, rawText: undefined, cleanText: undefined });
  return s;
}

/** The sources the actor may see. */
export async function listSources(ctx: ReadContext): Promise<Source[]> {
  return visible(ctx, await selectSources(ctx.q), (s) => sourceFacts(s.id));
}

/** One source in full, if the actor may read it. Throws `not_found` (unknown or hidden: the same answer). */
export async function showSource(ctx: ReadContext, id: string): Promise<Source> {
  const source = await requireSource(ctx.q, id);
  authorize(ctx, 'read', sourceFacts(source.id));
  return source;
}
