// Parties, people and tracks: the cast of a negotiation.
import { asc, eq } from 'drizzle-orm';
import type { Party, Person, Track } from '../../core/model.ts';
import type { Queryable } from '../database.ts';
import { party, person, track } from '../schema.ts';
import { compact, nullable } from './rows.ts';

export async function insertParty(q: Queryable, p: Party): Promise<void> {
  await q.insert(party).values(p);
}

export async function selectParties(q: Queryable): Promise<Party[]> {
  const rows = await q.select().from(party).orderBy(asc(party.id));
  return rows.map((r) => ({ id: r.id, name: r.name, role: r.role as Party['role'], aliases: r.aliases }));
}

export async function selectParty(q: Queryable, id: string): Promise<Party | undefined> {
  const rows = await q.select().from(party).where(eq(party.id, id));
  const r = rows[0];
  return r && { id: r.id, name: r.name, role: r.role as Party['role'], aliases: r.aliases };
}

export async function insertPerson(q: Queryable, p: Person): Promise<void> {
  await q.insert(person).values({
    id: p.id,
    name: p.name,
    office: nullable(p.office),
    partyId: nullable(p.party),
    aliases: p.aliases,
  });
}

export async function selectPeople(q: Queryable): Promise<Person[]> {
  const rows = await q.select().from(person).orderBy(asc(person.id));
  return rows.map(({ partyId, ...r }) => compact({ ...r, party: partyId }) as Person);
}

export async function insertTrack(q: Queryable, t: Track): Promise<void> {
  await q.insert(track).values({ ...t, description: nullable(t.description) });
}

export async function selectTracks(q: Queryable): Promise<Track[]> {
  const rows = await q.select().from(track).orderBy(asc(track.id));
  return rows.map((r) => compact(r) as Track);
}
