// The limit on writes per actor. One server on the embedded database keeps its buckets in
// memory; servers sharing a PostgreSQL database keep them in it (store/repo/requestBudgets.ts),
// so spreading requests over servers gains a client nothing.
import type { Services } from '../app/context.ts';
import { takeRequest } from '../store/repo/requestBudgets.ts';
import { tokenBucket, WRITES_PER_MINUTE } from './rateLimit.ts';

export interface WriteLimit {
  /** Takes one write from `key`'s budget; resolves to 0 when allowed, else the seconds to wait. */
  take(key: string): Promise<number>;
}

/** `perMinute` defaults to WRITES_PER_MINUTE. Throws (from take) only on a database failure. */
export function writeLimit(services: Services, perMinute = WRITES_PER_MINUTE): WriteLimit {
  if (services.store.kind !== 'postgres') {
    const bucket = tokenBucket(perMinute, 60_000);
    return { take: async (key) => bucket.take(key) };
  }
  const db = services.store.db;
  const rate = perMinute / 60_000;
  return {
    async take(key) {
      const { granted, tokens } = await takeRequest(db, `write:${key}`, perMinute, 60_000);
      return granted ? 0 : Math.max(1, Math.ceil((1 - tokens) / rate / 1000));
    },
  };
}
