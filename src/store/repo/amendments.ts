// Amendments: inserted once, their words never rewritten; only the state moves (with who,
// when and why), so the record of what a party proposed stays as it was proposed.
import { and, asc, eq, inArray, type SQL } from 'drizzle-orm';
import type { Amendment, AmendmentKind, AmendmentState } from '../../core/amendments.ts';
import type { Queryable } from '../database.ts';
import { amendment, amendmentShare } from '../schema.ts';
import { compact, nullable } from './rows.ts';

export async function insertAmendment(q: Queryable, a: Amendment): Promise<void> {
  await q.insert(amendment).values({
    id: a.id,
    partyId: a.party,
    draftId: a.draft,
    provisionPath: a.provision,
    provisionNumber: a.number,
    lineage: a.lineage,
    kind: a.kind,
    text: nullable(a.text),
    note: nullable(a.note),
    shared: a.shared ? 1 : 0,
    state: a.state,
    author: a.author,
    proposedAt: a.proposedAt,
    stateAt: nullable(a.stateAt),
    stateBy: nullable(a.stateBy),
    stateNote: nullable(a.stateNote),
  });
  await insertAmendmentShares(q, a.id, a.sharedWith ?? []);
}

/** Moves an amendment to `state`, saying who did it, when, and (optionally) why. */
export async function updateAmendmentState(
  q: Queryable,
  id: string,
  change: { state: AmendmentState; at: string; by: string; note?: string | undefined },
): Promise<void> {
  await q
    .update(amendment)
    .set({ state: change.state, stateAt: change.at, stateBy: change.by, stateNote: nullable(change.note) })
    .where(eq(amendment.id, id));
}

/** Shares an amendment with more parties by name (those it names already are left as they are). */
export async function insertAmendmentShares(
  q: Queryable,
  id: string,
  parties: readonly string[],
): Promise<void> {
  if (parties.length === 0) return;
  await q
    .insert(amendmentShare)
    .values(parties.map((partyId) => ({ amendmentId: id, partyId })))
    .onConflictDoNothing();
}

/** The parties each amendment `where` selects was shared with by name, sorted. */
async function selectShares(q: Queryable, where: SQL | undefined): Promise<Map<string, string[]>> {
  const shares = new Map<string, string[]>();
  const rows = await q
    .select()
    .from(amendmentShare)
    .where(inArray(amendmentShare.amendmentId, q.select({ id: amendment.id }).from(amendment).where(where)))
    .orderBy(asc(amendmentShare.amendmentId), asc(amendmentShare.partyId));
  for (const r of rows) shares.set(r.amendmentId, [...(shares.get(r.amendmentId) ?? []), r.partyId]);
  return shares;
}

export interface AmendmentFilter {
  id?: string;
  draft?: string;
  party?: string;
  lineage?: string;
}

/** Amendments in the order they were proposed, optionally narrowed. */
export async function selectAmendments(q: Queryable, filter: AmendmentFilter = {}): Promise<Amendment[]> {
  const conditions: SQL[] = [];
  if (filter.id) conditions.push(eq(amendment.id, filter.id));
  if (filter.draft) conditions.push(eq(amendment.draftId, filter.draft));
  if (filter.party) conditions.push(eq(amendment.partyId, filter.party));
  if (filter.lineage) conditions.push(eq(amendment.lineage, filter.lineage));
  const where = conditions.length ? and(...conditions) : undefined;
  const rows = await q.select().from(amendment).where(where).orderBy(asc(amendment.seq));
  const shares = rows.length ? await selectShares(q, where) : new Map<string, string[]>();
  return rows.map(
    (r) =>
      compact({
        id: r.id,
        party: r.partyId,
        draft: r.draftId,
        provision: r.provisionPath,
        number: r.provisionNumber,
        lineage: r.lineage,
        kind: r.kind as AmendmentKind,
        text: r.text,
        note: r.note,
        shared: r.shared === 1,
        sharedWith: shares.get(r.id) ?? null,
        state: r.state as AmendmentState,
        author: r.author,
        proposedAt: r.proposedAt,
        stateAt: r.stateAt,
        stateBy: r.stateBy,
        stateNote: r.stateNote,
      }) as Amendment,
  );
}
