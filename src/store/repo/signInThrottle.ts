// The sign-in throttle's rows (govern/signInThrottle.ts decides what goes in them).
import { inArray, lt } from 'drizzle-orm';
import type { ThrottleState } from '../../govern/signInThrottle.ts';
import type { Queryable } from '../database.ts';
import { signInThrottle } from '../schema.ts';

export async function selectThrottles(q: Queryable, keys: string[]): Promise<Map<string, ThrottleState>> {
  const rows = await q.select().from(signInThrottle).where(inArray(signInThrottle.key, keys));
  return new Map(rows.map(({ key, ...state }) => [key, state]));
}

export async function saveThrottle(q: Queryable, key: string, state: ThrottleState): Promise<void> {
  await q
    .insert(signInThrottle)
    .values({ key, ...state })
    .onConflictDoUpdate({ target: signInThrottle.key, set: state });
}

export async function deleteThrottles(q: Queryable, keys: string[]): Promise<void> {
  await q.delete(signInThrottle).where(inArray(signInThrottle.key, keys));
}

/** Drops keys whose last failure is older than `before` (ISO): they would start from zero anyway. */
export async function deleteStaleThrottles(q: Queryable, before: string): Promise<void> {
  await q.delete(signInThrottle).where(lt(signInThrottle.lastFailureAt, before));
}
