// Events and sources: what happened when, and the documents that say so.
import { asc, eq } from 'drizzle-orm';
import type { Event, Source } from '../../core/model.ts';
import type { Queryable } from '../database.ts';
import { event, source } from '../schema.ts';
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

export async function insertSource(q: Queryable, s: Source): Promise<void> {
  await q.insert(source).values({
    ...s,
    url: nullable(s.url),
    author: nullable(s.author),
    rawText: nullable(s.rawText),
    cleanText: nullable(s.cleanText),
    contentHash: nullable(s.contentHash),
    fileName: nullable(s.fileName),
  });
}

export async function selectSources(q: Queryable): Promise<Source[]> {
  const rows = await q.select().from(source).orderBy(asc(source.date), asc(source.id));
  return rows.map((r) => compact(r) as Source);
}

export async function selectSource(q: Queryable, id: string): Promise<Source | undefined> {
  const rows = await q.select().from(source).where(eq(source.id, id));
  return rows[0] && (compact(rows[0]) as Source);
}
