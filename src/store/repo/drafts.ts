// Drafts and their provisions. A draft is immutable once written: there is no update.
import { and, asc, between, eq, max } from 'drizzle-orm';
import type { Draft, DraftState, Provision } from '../../core/model.ts';
import type { Queryable } from '../database.ts';
import { amendment, draft, position, provision } from '../schema.ts';
import { type ColumnTypes, insertRecords } from './bulk.ts';
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
  await insertRecords(q, 'provision', PROVISION_COLUMNS, d.provisions, (p, ordinal) => ({
    draft_id: d.id,
    path: p.path,
    ordinal,
    number: p.number,
    parent_path: nullable(p.parent),
    heading: nullable(p.heading),
    text: p.text,
    topics: p.topics,
    track_id: nullable(p.track),
    lineage: p.lineage,
  }));
}

const PROVISION_COLUMNS: ColumnTypes = {
  draft_id: 'text',
  path: 'text',
  ordinal: 'integer',
  number: 'text',
  parent_path: 'text',
  heading: 'text',
  text: 'text',
  topics: 'jsonb',
  track_id: 'text',
  lineage: 'text',
};

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

/**
 * Rows per page when reading a draft back. The query is quick; turning PGlite's answer into
 * rows is not (1,000 rows took 35–130 ms, 10× the query), and that happens in one go per page.
 */
const PAGE = 250;

/** What a Provision is read from: the key and the ordinal stay behind. */
const PROVISION_FIELDS = {
  path: provision.path,
  number: provision.number,
  parentPath: provision.parentPath,
  heading: provision.heading,
  text: provision.text,
  topics: provision.topics,
  trackId: provision.trackId,
  lineage: provision.lineage,
};

/**
 * A draft's provisions in document order, read a page at a time with a turn of the event
 * loop between pages, so reading a long draft does not hold PGlite's thread — which is this
 * one — for the whole of it. Pages are ranges of the ordinal, not "the next 1,000 after":
 * right after a long draft is written the planner has no statistics for it, and a
 * "greater than, order by, limit" page then reads and sorts every row after the cursor
 * (60,000 rows took 2 s and stalled the loop 60–240 ms a page; a range reads its page only).
 */
export async function selectProvisions(q: Queryable, draftId: string): Promise<Provision[]> {
  const out: Provision[] = [];
  const [last] = await q
    .select({ ordinal: max(provision.ordinal) })
    .from(provision)
    .where(eq(provision.draftId, draftId));
  const end = last?.ordinal ?? -1;
  for (let from = 0; from <= end; from += PAGE) {
    if (from > 0) await new Promise((resolve) => setImmediate(resolve));
    const rows = await q
      .select(PROVISION_FIELDS)
      .from(provision)
      .where(and(eq(provision.draftId, draftId), between(provision.ordinal, from, from + PAGE - 1)))
      .orderBy(asc(provision.ordinal));
    for (const r of rows) {
      out.push(
        compact({
          path: r.path,
          number: r.number,
          parent: r.parentPath,
          heading: r.heading,
          text: r.text,
          topics: r.topics,
          track: r.trackId,
          lineage: r.lineage,
        }) as Provision,
      );
    }
  }
  return out;
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
    await q
      .update(amendment)
      .set({ lineage })
      .where(and(eq(amendment.draftId, draftId), eq(amendment.provisionPath, path)));
  }
}
