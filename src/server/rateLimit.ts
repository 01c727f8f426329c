// In-memory token buckets, one per key (an IP, an actor): `capacity` requests, refilled
// evenly over `perMs`. Enough for one server process; nothing is shared between processes
// (writeLimit.ts keeps the write limit in PostgreSQL when several servers share it).

export interface Bucket {
  /** Takes one token; returns 0 when allowed, else the seconds until one is available. */
  take(key: string, nowMs?: number): number;
}

export function tokenBucket(capacity: number, perMs: number, maxKeys = 10_000): Bucket {
  const buckets = new Map<string, { tokens: number; at: number }>();
  const rate = capacity / perMs;
  return {
    take(key, nowMs = Date.now()) {
      const b = buckets.get(key) ?? { tokens: capacity, at: nowMs };
      b.tokens = Math.min(capacity, b.tokens + (nowMs - b.at) * rate);
      b.at = nowMs;
      if (!buckets.has(key)) {
        if (buckets.size >= maxKeys) buckets.clear(); // bounded memory under a flood of keys
        buckets.set(key, b);
      }
      if (b.tokens >= 1) {
        b.tokens -= 1;
        return 0;
      }
      return Math.max(1, Math.ceil((1 - b.tokens) / rate / 1000));
    },
  };
}

/** Writes: 300 a minute per actor. (Sign-ins are throttled in the database: app/sessions.ts.) */
export const WRITES_PER_MINUTE = 300;
