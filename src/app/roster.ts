// Use cases for the cast: parties, people and tracks.
import { roster } from '../contract/roster.ts';
import { ParleyError } from '../core/errors.ts';
import type { Party } from '../core/model.ts';
import {
  insertParty,
  insertPerson,
  insertTrack,
  selectParties,
  selectPeople,
  selectTracks,
} from '../store/repo/parties.ts';
import { authorize, visible } from './access.ts';
import type { ReadContext } from './context.ts';
import { negotiationFacts, negotiationFactsOf, trackFacts } from './facts.ts';
import { resolveParty } from './lookup.ts';
import { implement } from './useCase.ts';

/** Adds a party. Throws `invalid_input`, `duplicate` (id, or a name/alias another party uses). */
export const addParty = implement(roster.addParty, async (ctx, party) => {
  authorize(ctx, 'create', { kind: 'party', id: party.id, negotiation: await negotiationFacts(ctx.q) });
  const existing = await selectParties(ctx.q);
  if (existing.some((p) => p.id === party.id)) {
    throw new ParleyError('duplicate', `party '${party.id}' already exists; choose another id`, {
      id: party.id,
    });
  }
  const names = new Map(existing.flatMap((p) => [p.name, ...p.aliases].map((n) => [n.toLowerCase(), p.id])));
  for (const name of [party.name, ...party.aliases]) {
    const holder = names.get(name.toLowerCase());
    if (holder) {
      throw new ParleyError('duplicate', `the name or alias '${name}' already belongs to party '${holder}'`, {
        name,
        holder,
      });
    }
  }
  await insertParty(ctx.q, party);
  await ctx.record('add', 'party', party.id, party);
  return party;
});

/** The parties the actor may see (everyone at the table, or all when the record is public). */
export const listParties = implement(roster.listParties, async (ctx) =>
  visibleParties(ctx, await selectParties(ctx.q)),
);

/** The ones of every party (as loaded) that the actor may see. Throws nothing. */
export function visibleParties(ctx: ReadContext, parties: readonly Party[]): Party[] {
  const negotiation = negotiationFactsOf(parties);
  return visible(ctx, parties, (p) => ({ kind: 'party', id: p.id, negotiation }));
}

/** Adds a person; `party` may be given by id, name or alias. Throws `invalid_input`, `duplicate`, `not_found`. */
export const addPerson = implement(roster.addPerson, async (ctx, input) => {
  const person = { ...input };
  if (person.party) person.party = (await resolveParty(ctx.q, person.party)).id;
  const party = person.party ? { party: person.party } : {};
  // A delegation keeps its own member list (see the policies); everyone else's is staff work.
  authorize(ctx, 'create', {
    kind: 'person',
    id: person.id,
    ...party,
    negotiation: await negotiationFacts(ctx.q),
    public: true,
  });
  if ((await selectPeople(ctx.q)).some((p) => p.id === person.id)) {
    throw new ParleyError('duplicate', `person '${person.id}' already exists; choose another id`, {
      id: person.id,
    });
  }
  await insertPerson(ctx.q, person);
  await ctx.record('add', 'person', person.id, person);
  return person;
});

/** The people the actor may see. */
export const listPeople = implement(roster.listPeople, async (ctx) => {
  const negotiation = await negotiationFacts(ctx.q);
  return visible(ctx, await selectPeople(ctx.q), (p) => ({
    kind: 'person',
    id: p.id,
    ...(p.party ? { party: p.party } : {}),
    negotiation,
    public: true,
  }));
});

/** Adds a track of member parties. Throws `invalid_input`, `duplicate`, `not_found`. */
export const addTrack = implement(roster.addTrack, async (ctx, track) => {
  authorize(ctx, 'create', { ...trackFacts(track), parties: [] });
  if ((await selectTracks(ctx.q)).some((t) => t.id === track.id)) {
    throw new ParleyError('duplicate', `track '${track.id}' already exists; choose another id`, {
      id: track.id,
    });
  }
  const members: string[] = [];
  for (const ref of track.parties) members.push((await resolveParty(ctx.q, ref)).id);
  const stored = { ...track, parties: [...new Set(members)] };
  await insertTrack(ctx.q, stored);
  await ctx.record('add', 'track', stored.id, stored);
  return stored;
});

/** The tracks the actor may see: a delegate only those its party sits on. */
export const listTracks = implement(roster.listTracks, async (ctx) =>
  visible(ctx, await selectTracks(ctx.q), trackFacts),
);
