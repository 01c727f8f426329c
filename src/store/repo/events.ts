// Events: what happened when (meetings, calls, deadlines).
import { asc } from 'drizzle-orm';
import type { Event } from '../../core/model.ts';
import type { Queryable } from '../database.ts';
import { event } from '../schema.ts';
import { compact, nullable } from './rows.ts';

export async function insertEvent(q: Queryable, e: Event): Promise<void> {
  await q.insert(event).values({
    ...e,
    endDate: nullable(e.endDate),
    place: nullable(e.place),
    replaces: nullable(e.replaces),
    note: nullable(e.note),
  });
}

export async function selectEvents(q: Queryable): Promise<Event[]> {
  const rows = await q.select().from(event).orderBy(asc(event.date), asc(event.id));
  return rows.map((r) => compact(r) as Event);
}
