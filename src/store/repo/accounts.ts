// Accounts and their credentials (sessions, API tokens). Secrets are never stored: a
// credential row is keyed by the SHA-256 of the token the holder keeps.
import { asc, eq } from 'drizzle-orm';
import type { Queryable } from '../database.ts';
import { account, credential } from '../schema.ts';

export type AccountRow = typeof account.$inferSelect;
export type CredentialRow = typeof credential.$inferSelect;

export async function insertAccount(q: Queryable, row: typeof account.$inferInsert): Promise<void> {
  await q.insert(account).values(row);
}

export async function selectAccount(q: Queryable, id: string): Promise<AccountRow | undefined> {
  return (await q.select().from(account).where(eq(account.id, id)))[0];
}

/** True when at least one account exists (one row read at most). */
export async function anyAccount(q: Queryable): Promise<boolean> {
  return (await q.select({ id: account.id }).from(account).limit(1)).length > 0;
}

export async function selectAccounts(q: Queryable): Promise<AccountRow[]> {
  return q.select().from(account).orderBy(asc(account.id));
}

export async function insertCredential(q: Queryable, row: typeof credential.$inferInsert): Promise<void> {
  await q.insert(credential).values(row);
}

export async function selectCredential(q: Queryable, hash: string): Promise<CredentialRow | undefined> {
  return (await q.select().from(credential).where(eq(credential.hash, hash)))[0];
}

export async function deleteCredential(q: Queryable, hash: string): Promise<void> {
  await q.delete(credential).where(eq(credential.hash, hash));
}
