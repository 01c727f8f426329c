// Reads computed once per version of the record instead of once per request: the status
// table, the stance matrix and its blockers, progress over time. An answer is kept per
// (reader's scope, read, parameters) at the record's current version, so no party's view
// reaches another and a write makes every older answer unreachable.
import { readScopeOf } from './access.ts';
import type { ReadContext, Services } from './context.ts';
import { type RecordVersion, watchRecordVersion } from './recordVersion.ts';

/** The parameters that shape an answer: every one must be part of the key. */
export type ReadParams = Readonly<Record<string, string | undefined>>;

export interface ReadCache {
  /**
   * The answer of `compute` for this reader's scope and these parameters at the record's
   * current version, computed at most once per version (concurrent readers share one
   * computation). Errors are not kept: the next request computes again. Throws whatever
   * `compute` throws.
   */
  read<T>(
    ctx: ReadContext,
    name: string,
    params: ReadParams,
    compute: (ctx: ReadContext) => Promise<T>,
  ): Promise<T>;
  /** Entries held now (for tests and the bench). */
  readonly size: number;
  /** Stops watching the record's version. */
  close(): void;
}

export interface ReadCacheOptions {
  /** Answers kept for the current version; the least recently read go first. 0 turns caching off. */
  capacity?: number;
}

/**
 * Every scope's dashboard (staff, analysts, a dozen delegations: status and progress of the
 * latest draft) with room for the drafts and dates the matrix is asked for. An answer is
 * about 5 KB for the Geneva demo's 20 provisions and grows with the draft (~0.5 MB at 1,000
 * provisions), so the worst case stays within tens of megabytes.
 */
export const DEFAULT_CAPACITY = 128;

interface Answer {
  value: unknown;
  /** Whether computing it asked the policies: a hit answers as the computation did. */
  asked: boolean;
}

/** A cache over the record's version (see recordVersion.ts for why the version is exact). */
export function createReadCache(services: Services, options: ReadCacheOptions = {}): ReadCache {
  const capacity = options.capacity ?? DEFAULT_CAPACITY;
  if (capacity <= 0) return uncached();
  const version: RecordVersion = watchRecordVersion(services);
  // Insertion order is recency order: a hit is moved to the end, the first is evicted.
  let entries = new Map<string, Promise<Answer>>();
  let heldVersion = '';
  return {
    async read<T>(
      ctx: ReadContext,
      name: string,
      params: ReadParams,
      compute: (ctx: ReadContext) => Promise<T>,
    ) {
      const now = await version.current();
      // Answers of an older version can never be read again: drop them all at once.
      if (now !== heldVersion) {
        entries = new Map();
        heldVersion = now;
      }
      const key = keyOf(readScopeOf(ctx.actor), name, params);
      let answer = entries.get(key);
      if (answer) entries.delete(key);
      else {
        answer = compute(ctx).then((value) => ({ value, asked: ctx.policy.asked }));
        const held = entries;
        const forget = () => {
          if (held.get(key) === answer) held.delete(key);
        };
        answer.catch(forget);
        if (entries.size >= capacity) entries.delete(entries.keys().next().value as string);
      }
      entries.set(key, answer);
      const { value, asked } = await answer;
      if (asked) ctx.policy.asked = true;
      return value as T;
    },
    get size() {
      return entries.size;
    },
    close: version.close,
  };
}

/** The same interface, computing every time: the baseline, and a server that opts out. */
function uncached(): ReadCache {
  return {
    read: (ctx, _name, _params, compute) => compute(ctx),
    size: 0,
    close() {},
  };
}

function keyOf(scope: string, name: string, params: ReadParams): string {
  const shaping = Object.entries(params)
    .filter(([, value]) => value !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : 1));
  return JSON.stringify([scope, name, shaping]);
}
