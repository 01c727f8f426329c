// Sources: the documents that say what happened (articles, readouts, ingested files).
import { asc, eq } from 'drizzle-orm';
import type { Source } from '../../core/model.ts';
import type { Queryable } from '../database.ts';
import { source } from '../schema.ts';
import { compact, nullable } from './rows.ts';

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

/** Every source's id (no texts): what a scope over sources needs. */
export async function selectSourceIds(q: Queryable): Promise<string[]> {
  const rows = await q.select({ id: source.id }).from(source).orderBy(asc(source.id));
  return rows.map((r) => r.id);
}
