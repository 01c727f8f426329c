// The workspace itself: one negotiation per home or database, and clearing it for a reload.
import { sql } from 'drizzle-orm';
import type { Queryable } from '../database.ts';
import {
  alignmentPair,
  amendment,
  circulation,
  claim,
  draft,
  event,
  negotiation,
  party,
  person,
  position,
  provision,
  signature,
  signingPlan,
  source,
  sourceLink,
  track,
} from '../schema.ts';
import { compact, nullable } from './rows.ts';

export interface NegotiationRow {
  title: string;
  description?: string;
  createdAt: string;
}

export async function selectNegotiation(q: Queryable): Promise<NegotiationRow | undefined> {
  const rows = await q.select().from(negotiation);
  const r = rows[0];
  return (
    r && (compact({ title: r.title, description: r.description, createdAt: r.createdAt }) as NegotiationRow)
  );
}

export async function insertNegotiation(q: Queryable, n: NegotiationRow): Promise<void> {
  await q.insert(negotiation).values({ id: 1, ...n, description: nullable(n.description) });
}

/** True when nothing but (at most) an empty negotiation header is stored. */
export async function isEmpty(q: Queryable): Promise<boolean> {
  for (const table of [party, person, track, draft, position, amendment, event, source]) {
    const rows = await q.select({ n: sql<number>`count(*)::int` }).from(table);
    if ((rows[0]?.n ?? 0) > 0) return false;
  }
  return true;
}

/** Deletes the whole record (for `demo --force`); the audit trail is kept. */
export async function clearAll(q: Queryable): Promise<void> {
  for (const table of [
    signature,
    signingPlan,
    circulation,
    alignmentPair,
    claim,
    sourceLink,
    position,
    amendment,
    event,
    provision,
    draft,
    source,
    person,
    track,
    party,
    negotiation,
  ]) {
    await q.delete(table);
  }
}
