// Credentials resolved once per version of the record instead of once per request. A token
// client (a dashboard polling /api/status) paid a transaction and two lookups on every
// request, which held it to ~7% of /api/health's rate while the status itself is cached.
//
// Safe because nothing changes a credential or an account without a write, and every
// write moves the record's version (recordVersion.ts): signing out or revoking a token
// (`logout`), a new account or token. An entry is kept under the version read *before* the
// lookup, so a revocation that commits during it makes the entry unreachable at once. An
// entry also ends at its session's expiry, and after MAX_AGE_MS whatever happens: on
// PostgreSQL someone holding the database can delete a credential row with plain SQL, which
// announces nothing; such an edit is honoured within seconds rather than never.
import { owner } from '../core/actor.ts';
import { sha256Hex } from '../govern/hash.ts';
import { read, type Services } from './context.ts';
import { type RecordVersion, watchRecordVersion } from './recordVersion.ts';
import { type Resolved, resolveCredential } from './sessions.ts';

export interface CredentialCache {
  /** `resolveCredential` for `token` at `now` (ISO); throws `forbidden` as it does (never kept). */
  resolve(token: string, now: string): Promise<Resolved>;
  close(): void;
}

/** The longest an entry is trusted without looking at the database again. */
export const MAX_AGE_MS = 5_000;
/** Clients held at once: each entry is a token's hash and a small actor. */
const CAPACITY = 1_024;

interface Entry {
  resolved: Resolved;
  /** performance.now() past which the entry is looked up again. */
  until: number;
}

export function createCredentialCache(services: Services): CredentialCache {
  const version: RecordVersion = watchRecordVersion(services);
  // Insertion order is recency order: a hit moves to the end, the first is evicted.
  let entries = new Map<string, Entry>();
  let heldVersion = '';
  const lookUp = (token: string, now: string) =>
    read(services, owner, 'session', (ctx) => resolveCredential(ctx, { token, now }));
  return {
    async resolve(token, now) {
      const current = await version.current();
      if (current !== heldVersion) {
        entries = new Map();
        heldVersion = current;
      }
      // Keyed by the token's hash: the cache never holds a usable token.
      const key = sha256Hex(token);
      const hit = entries.get(key);
      entries.delete(key);
      if (hit && performance.now() < hit.until && !expired(hit.resolved, now)) {
        entries.set(key, hit);
        return hit.resolved;
      }
      const held = entries;
      const resolved = await lookUp(token, now);
      // Kept only if no newer version was seen meanwhile (`entries` replaced): a write that
      // landed during the lookup may be the one that revoked it.
      if (held === entries) {
        if (entries.size >= CAPACITY) entries.delete(entries.keys().next().value as string);
        entries.set(key, { resolved, until: performance.now() + MAX_AGE_MS });
      }
      return resolved;
    },
    close: version.close,
  };
}

function expired(resolved: Resolved, now: string): boolean {
  return resolved.expiresAt !== undefined && Date.parse(resolved.expiresAt) <= Date.parse(now);
}
