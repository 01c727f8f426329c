// Use cases for events: what happened when, with whom, on whose word.
import { roster } from '../contract/roster.ts';
import { ParleyError } from '../core/errors.ts';
import { insertEvent, selectEvents } from '../store/repo/events.ts';
import { selectParties, selectPeople } from '../store/repo/parties.ts';
import { authorize, visible } from './access.ts';
import { eventFacts } from './facts.ts';
import { requireSource } from './lookup.ts';
import { implement } from './useCase.ts';

/**
 * Adds a dated event; participants are party or person ids.
 * Throws `invalid_input`, `duplicate`, `not_found` (participant, source, replaced event).
 */
export const addEvent = implement(roster.addEvent, async (ctx, e) => {
  authorize(ctx, 'create', eventFacts(e));
  const events = await selectEvents(ctx.q);
  if (events.some((x) => x.id === e.id)) {
    throw new ParleyError('duplicate', `event '${e.id}' already exists; choose another id`, { id: e.id });
  }
  if (e.replaces && !events.some((x) => x.id === e.replaces)) {
    throw new ParleyError(
      'not_found',
      `event '${e.id}' replaces unknown event '${e.replaces}'; see \`parley event list\``,
      { replaces: e.replaces },
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
});

/** The events the actor may see. */
export const listEvents = implement(roster.listEvents, async (ctx) =>
  visible(ctx, await selectEvents(ctx.q), eventFacts),
);
