// Use cases for the cast: parties, people and tracks.

import { ParleyError } from '../core/errors.ts';
import { Name } from '../core/limits.ts';
import { Party, Person, Track } from '../core/model.ts';
import { parseInput } from '../core/validate.ts';
import {
  insertParty,
  insertPerson,
  insertTrack,
  selectParties,
  selectPeople,
  selectTracks,
} from '../store/repo/parties.ts';
import { authorize, visible } from './access.ts';
import type { ReadContext, WriteContext } from './context.ts';
import { negotiationFacts, negotiationFactsOf, trackFacts } from './facts.ts';
import { resolveParty } from './lookup.ts';

/** Adds a party. Throws `invalid_input`, `duplicate` (id, or a name/alias another party uses). */
export async function addParty(ctx: WriteContext, input: unknown): Promise<Party> {
  const party = parseInput(Party, input, 'party');
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
}

/** The parties the actor may see (everyone at the table, or all when the record is public). */
export async function listParties(ctx: ReadContext): Promise<Party[]> {
  return visibleParties(ctx, await selectParties(ctx.q));
}

/** The ones of every party (as loaded) that the actor may see. Throws nothing. */
export function visibleParties(ctx: ReadContext, parties: readonly Party[]): Party[] {
  const negotiation = negotiationFactsOf(parties);
  return visible(ctx, parties, (p) => ({ kind: 'party', id: p.id, negotiation }));
}

/** A person's party may be typed as a name or alias ("White House"), resolved below. */
export const PersonInput = Person.extend({ party: Name.optional() });

/** Adds a person; `party` may be given by id, name or alias. Throws `invalid_input`, `duplicate`, `not_found`. */
export async function addPerson(ctx: WriteContext, input: unknown): Promise<Person> {
  const person = parseInput(PersonInput, input, 'person');
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
}

/** The people the actor may see. */
export async function listPeople(ctx: ReadContext): Promise<Person[]> {
  const negotiation = await negotiationFacts(ctx.q);
  return visible(ctx, await selectPeople(ctx.q), (p) => ({
    kind: 'person',
    id: p.id,
    ...(p.party ? { party: p.party } : {}),
    negotiation,
    public: true,
  }));
}

/** Adds a track of member parties. Throws `invalid_input`, `duplicate`, `not_found`. */
export async function addTrack(ctx: WriteContext, input: unknown): Promise<Track> {
  const track = parseInput(Track, input, 'track');
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
}

/** The tracks the actor may see: a delegate only those its party sits on. */
export async function listTracks(ctx: ReadContext): Promise<Track[]> {
  return visible(ctx, await selectTracks(ctx.q), trackFacts);
}
