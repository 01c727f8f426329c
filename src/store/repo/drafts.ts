// Drafts and their provisions. A draft is immutable once written: there is no update.
import { and, asc, eq } from 'drizzle-orm';
import type { Draft, DraftState, Provision } from '../../core/model.ts';
import type { Queryable } from '../database.ts';
import { draft, position, provision } from '../schema.ts';
import { compact, nullable } from './rows.ts';

export type DraftHeader = Omit<Draft, 'provisions'> & { createdAt: string };

export async function insertDraft(q: Queryable, d: Draft, createdAt: string): Promise<void> {
  await q.insert(draft).values({
    id: d.id,
    label: d.label,
    title: nullable(d.title),
    date: d.date,
    authorId: nullable(d.author),
    parents: d.parents,
    state: d.state,
    preamble: d.preamble,
    createdAt,
  });
  // Batches keep each statement's parameter count well under PostgreSQL's 65,535.
  for (let i = 0; i < d.provisions.length; i += 500) {
    const batch = d.provisions.slice(i, i + 500).map((p, j) => ({
      draftId: d.id,
      path: p.path,
      ordinal: i + j,
      number: p.number,
      parentPath: nullable(p.parent),
      heading: nullable(p.heading),
      text: p.text,
      topics: p.topics,
      trackId: nullable(p.track),
      lineage: p.lineage,
    }));
    await q.insert(provision).values(batch);
  }
}

/** Drafts in the order they were recorded. */
export async function selectDraftHeaders(q: Queryable): Promise<DraftHeader[]> {
  const rows = await q.select().from(draft).orderBy(asc(draft.seq));
  return rows.map(toHeader);
}

export async function selectDraft(
  q: Queryable,
  id: string,
): Promise<(Draft & { createdAt: string }) | undefined> {
  const rows = await q.select().from(draft).where(eq(draft.id, id));
  const row = rows[0];
  if (!row) return undefined;
  return { ...toHeader(row), provisions: await selectProvisions(q, id) };
}

export async function selectProvisions(q: Queryable, draftId: string): Promise<Provision[]> {
  const rows = await q
    .select()
    .from(provision)
    .where(eq(provision.draftId, draftId))
    .orderBy(asc(provision.ordinal));
  return rows.map((r) =>
    compact({
      path: r.path,
      number: r.number,
      parent: r.parentPath,
      heading: r.heading,
      text: r.text,
      topics: r.topics,
      track: r.trackId,
      lineage: r.lineage,
    }),
  ) as Provision[];
}

function toHeader(row: typeof draft.$inferSelect): DraftHeader {
  return compact({
    id: row.id,
    label: row.label,
    title: row.title,
    date: row.date,
    author: row.authorId,
    parents: row.parents,
    state: row.state as DraftState,
    preamble: row.preamble,
    createdAt: row.createdAt,
  }) as DraftHeader;
}

/**
 * Moves provisions (and the stances recorded on them) to new lineages. The text stays
 * as it was: lineage is what we know about a provision, not part of it.
 */
export async function updateLineage(
  q: Queryable,
  draftId: string,
  changes: { path: string; lineage: string }[],
): Promise<void> {
  for (const { path, lineage } of changes) {
    await q
      .update(provision)
      .set({ lineage })
      .where(and(eq(provision.draftId, draftId), eq(provision.path, path)));
    await q
      .update(position)
      .set({ lineage })
      .where(and(eq(position.draftId, draftId), eq(position.provisionPath, path)));
  }
}
