// The change feed on the audit table. Every recorded change is an audit row, so the log
// doubles as the feed: a PostgreSQL write announces its changes with pg_notify inside its
// own transaction (delivered exactly when it commits, never for a rollback), and a reader
// that missed some reads the rows after the last seq it saw.
import { asc, gt, sql } from 'drizzle-orm';
import { z } from 'zod';
import { CHANGE_ENTITIES, type ChangeEntity } from '../../contract/changes.ts';
import type { Queryable } from '../database.ts';
import { audit } from '../schema.ts';

/** One recorded change as the feed carries it (app/changes.ts's Change). */
export interface ChangeRow {
  seq: number;
  entity: ChangeEntity;
  id: string;
  action: string;
  at: string;
}

/** The LISTEN/NOTIFY channel every Parley process on one database shares. */
export const CHANGE_CHANNEL = 'parley_changes';

/**
 * PostgreSQL refuses payloads of 8,000 bytes or more; a larger write (an import) announces
 * only its seq range and listeners read the rows.
 */
const MAX_PAYLOAD = 7_900;

const payloadSchema = z.union([
  z.object({
    at: z.string(),
    c: z
      .array(z.tuple([z.number().int().nonnegative(), z.enum(CHANGE_ENTITIES), z.string(), z.string()]))
      .min(1),
  }),
  z.object({ first: z.number().int().nonnegative(), last: z.number().int().nonnegative() }),
]);

/** What a notification says: the changes themselves, or only the seqs to read them by. */
export type Announcement = { changes: ChangeRow[] } | { first: number; last: number };

/** Announces one write's changes (in seq order) to every listener, on its commit. Call inside the write's transaction. */
export async function notifyChanges(q: Queryable, changes: readonly ChangeRow[]): Promise<void> {
  const first = changes[0];
  const last = changes.at(-1);
  if (!first || !last) return;
  let payload = JSON.stringify({ at: first.at, c: changes.map((c) => [c.seq, c.entity, c.id, c.action]) });
  if (Buffer.byteLength(payload) > MAX_PAYLOAD)
    payload = JSON.stringify({ first: first.seq, last: last.seq });
  await q.execute(sql`select pg_notify(${CHANGE_CHANNEL}, ${payload})`);
}

/** Reads a notification's payload; `undefined` for one Parley did not send. */
export function parseAnnouncement(payload: string | undefined): Announcement | undefined {
  let json: unknown;
  try {
    json = JSON.parse(payload ?? '');
  } catch {
    return undefined;
  }
  const parsed = payloadSchema.safeParse(json);
  if (!parsed.success) return undefined;
  const value = parsed.data;
  if ('first' in value) return value;
  return { changes: value.c.map(([seq, entity, id, action]) => ({ seq, entity, id, action, at: value.at })) };
}

/** The committed changes after seq `after` (-1: from the start), oldest first, at most `limit`. */
export async function selectChangesSince(q: Queryable, after: number, limit: number): Promise<ChangeRow[]> {
  const rows = await q
    .select({ seq: audit.seq, entity: audit.entity, id: audit.entityId, action: audit.action, at: audit.at })
    .from(audit)
    .where(gt(audit.seq, after))
    .orderBy(asc(audit.seq))
    .limit(limit);
  // Every audit row is written by `ctx.record`, whose entity is typed ChangeEntity.
  return rows.map((row) => ({ ...row, entity: row.entity as ChangeEntity }));
}

/** The newest committed change's seq, -1 for an empty log. */
export async function selectLastSeq(q: Queryable): Promise<number> {
  const rows = await q.select({ seq: audit.seq }).from(audit).orderBy(sql`${audit.seq} desc`).limit(1);
  return rows[0]?.seq ?? -1;
}
