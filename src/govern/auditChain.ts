// The tamper-evident audit log: each entry carries the previous entry's SHA-256 (a hash
// chain that names the first bad entry), and the entries are the leaves of an RFC 6962
// Merkle tree whose signed checkpoints also catch truncation and wholesale rewrites.
import { canonicalJson, type JsonValue } from './canonicalJson.ts';
import { type SignedCheckpoint, signCheckpoint, verifyCheckpoint } from './checkpoint.ts';
import { rangeOfLeafHashes, rangeRoot } from './compactRange.ts';
import { sha256Hex } from './hash.ts';
import { consistencyProof, inclusionProof, leafHash, verifyInclusion } from './merkle.ts';

/** What a use case records: who did what to which subject, when. */
export interface AuditRecord {
  at: string;
  actor: string;
  action: string;
  subject: string;
  details?: JsonValue;
  /** Hash of the rows changed just before this entry was recorded (govern/stateDigest), when any were. */
  state?: string;
}

export interface AuditEntry extends AuditRecord {
  /** Position in the log, from 0. */
  seq: number;
  /** `hash` of the previous entry; GENESIS_HASH for the first. */
  prevHash: string;
  /** SHA-256 of the entry's canonical JSON without this field. */
  hash: string;
}

/** The `prevHash` of the first entry. */
export const GENESIS_HASH = '0'.repeat(64);

export type ChainProblem =
  | 'modified'
  | 'deleted'
  | 'inserted'
  | 'reordered'
  | 'truncated'
  | 'rewritten'
  | 'bad_checkpoint';

export type ChainVerdict =
  | { ok: true; size: number; root: string }
  /** `index` is the first bad entry's position in the list given, or null when only the root disagrees. */
  | { ok: false; problem: ChainProblem; index: number | null; message: string };

/** The bytes that are hashed and that form the Merkle leaf. Throws `invalid_input` for non-JSON details. */
export function entryBytes(entry: Omit<AuditEntry, 'hash'>): Buffer {
  const { seq, at, actor, action, subject, details, prevHash, state } = entry;
  // Entries that carry no state hash (all of them before the state proof) hash as they always did.
  const sealed = { seq, at, actor, action, subject, details, prevHash, ...(state ? { state } : {}) };
  return Buffer.from(canonicalJson(sealed), 'utf8');
}

/** The entry that follows `log` for `record` (the log itself is not changed). Throws `invalid_input` for non-JSON details. */
export function appendEntry(log: readonly AuditEntry[], record: AuditRecord): AuditEntry {
  const unsealed = { ...record, seq: log.length, prevHash: log.at(-1)?.hash ?? GENESIS_HASH };
  return { ...unsealed, hash: sha256Hex(entryBytes(unsealed)) };
}

/** RFC 6962 root (hex) over the first `size` entries, in O(size) hashes. Throws nothing. */
export function auditRoot(entries: readonly AuditEntry[], size = entries.length): string {
  return rangeRoot(rangeOfLeafHashes(leaves(entries.slice(0, size)))).toString('hex');
}

/** A signed checkpoint of the whole log at `time` (from the caller's clock). Throws `invalid_input` for a bad key. */
export function checkpointLog(
  entries: readonly AuditEntry[],
  time: string,
  privateKey: string,
): SignedCheckpoint {
  return signCheckpoint({ size: entries.length, root: auditRoot(entries), time }, privateKey);
}

/** Audit path (hex) proving entry `index` is in the tree of the first `size` entries. Throws nothing. */
export function proveEntry(entries: readonly AuditEntry[], index: number, size = entries.length): string[] {
  return inclusionProof(leaves(entries.slice(0, size)), index).map((h) => h.toString('hex'));
}

/** Proof (hex) that the log at `toSize` extends the log at `fromSize`. Throws nothing. */
export function proveGrowth(
  entries: readonly AuditEntry[],
  fromSize: number,
  toSize = entries.length,
): string[] {
  return consistencyProof(leaves(entries.slice(0, toSize)), fromSize).map((h) => h.toString('hex'));
}

/** True when `proof` shows `entry` at `index` under the checkpoint's root. Throws nothing. */
export function verifyEntry(
  entry: AuditEntry,
  index: number,
  checkpoint: SignedCheckpoint,
  proof: readonly string[],
): boolean {
  const path = proof.map((h) => Buffer.from(h, 'hex'));
  return verifyInclusion(
    leafHash(entryBytes(entry)),
    index,
    checkpoint.size,
    path,
    Buffer.from(checkpoint.root, 'hex'),
  );
}

/**
 * Verifies the hash chain and, given a checkpoint and the key it must be signed with,
 * that the log still holds everything the checkpoint covered, unchanged. Entries after
 * the checkpoint are allowed (the log grew). Throws nothing; the verdict names the
 * first bad entry where the chain can tell.
 */
export function verifyChain(
  entries: readonly AuditEntry[],
  witness?: { checkpoint: SignedCheckpoint; publicKey: string },
): ChainVerdict {
  for (let i = 0; i < entries.length; i++) {
    const problem = checkLink(entries, i);
    if (problem) return problem;
  }
  if (witness) {
    const { checkpoint, publicKey } = witness;
    if (!verifyCheckpoint(checkpoint, publicKey)) {
      return bad(
        'bad_checkpoint',
        null,
        'the checkpoint signature does not verify with the given public key',
      );
    }
    if (entries.length < checkpoint.size) {
      return bad(
        'truncated',
        entries.length,
        `the log ends at ${entries.length} entries but a signed checkpoint covers ${checkpoint.size}`,
      );
    }
    if (auditRoot(entries, checkpoint.size) !== checkpoint.root) {
      return bad(
        'rewritten',
        null,
        `the first ${checkpoint.size} entries do not match the signed root: the log was rewritten and re-chained`,
      );
    }
  }
  return { ok: true, size: entries.length, root: auditRoot(entries) };
}

function checkLink(entries: readonly AuditEntry[], i: number): ChainVerdict | undefined {
  const entry = entries[i]!;
  const prev = i === 0 ? GENESIS_HASH : entries[i - 1]!.hash;
  if (sealedHash(entry) !== entry.hash) return bad('modified', i, `entry ${i} no longer matches its hash`);
  if (entry.seq === i && entry.prevHash === prev) return undefined;
  const beforePrev = i < 2 ? GENESIS_HASH : entries[i - 2]!.hash;
  if (i > 0 && entry.seq === i - 1 && entry.prevHash === beforePrev) {
    return bad('inserted', i - 1, `entry ${i - 1} was inserted: entry ${i} links past it`);
  }
  // A genuine entry whose predecessor sits elsewhere in the list was moved.
  const home = entries.findIndex((other) => other.hash === entry.prevHash && other.seq === entry.seq - 1);
  if (home !== -1 && home !== i - 1)
    return bad('reordered', i, `entry ${i} (sequence ${entry.seq}) is out of order`);
  if (entries[i + 1]?.seq === i && entries[i + 1]?.prevHash === prev) {
    return bad('inserted', i, `entry ${i} was inserted: the chain continues without it`);
  }
  if (entry.seq < i) return bad('inserted', i, `entry ${i} repeats sequence number ${entry.seq}`);
  if (entry.seq > i) return bad('deleted', i, `entries ${i}..${entry.seq - 1} are missing before entry ${i}`);
  // Sequence intact but the link broken: the previous entry was rewritten and re-hashed.
  if (i === 0) return bad('modified', 0, 'entry 0 does not start from the genesis hash');
  return bad('modified', i - 1, `entry ${i - 1} was rewritten: entry ${i} recorded a different hash for it`);
}

// An entry whose details no longer serialise (NaN from a bad import) cannot match its hash.
function sealedHash(entry: AuditEntry): string | undefined {
  try {
    return sha256Hex(entryBytes(entry));
  } catch {
    return undefined;
  }
}

function leaves(entries: readonly AuditEntry[]): Buffer[] {
  return entries.map((entry) => leafHash(entryBytes(entry)));
}

function bad(problem: ChainProblem, index: number | null, message: string): ChainVerdict {
  return { ok: false, problem, index, message };
}
