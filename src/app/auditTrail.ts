// Maps the audit table to the govern hash chain: row ↔ entry, the verdict with the
// first bad row named, and the per-write appender that seals, chains and checkpoints,
// extending the Merkle tree's stored right edge instead of rehashing every leaf, and
// folds into each entry the hash of the rows changed just before it (the state proof).
// Rows written before the chain existed (no hash) are sealed, in order, by the first write.
import { ParleyError } from '../core/errors.ts';
import {
  type AuditEntry,
  type ChainProblem,
  entryBytes,
  GENESIS_HASH,
  verifyChain,
} from '../govern/auditChain.ts';
import type { JsonValue } from '../govern/canonicalJson.ts';
import { signCheckpoint } from '../govern/checkpoint.ts';
import {
  appendLeaf,
  type CompactRange,
  isRangeShape,
  rangeOfLeafHashes,
  rangeRoot,
} from '../govern/compactRange.ts';
import { parseHex, sha256Hex } from '../govern/hash.ts';
import type { KeyPair } from '../govern/keys.ts';
import { leafHash } from '../govern/merkle.ts';
import { stateListHasher } from '../govern/stateDigest.ts';
import type { Queryable } from '../store/database.ts';
import {
  type AuditRow,
  type CheckpointRow,
  insertAuditRows,
  insertCheckpoint,
  lockAudit,
  saveAuditTree,
  sealAuditRows,
  selectAuditHead,
  selectAuditRows,
  selectAuditTree,
  selectLatestCheckpoint,
} from '../store/repo/audit.ts';
import {
  captureWholeState,
  firstStateRow,
  listStateUnder,
  moveStateRows,
  openStateCapture,
  STALE_ROW_STATE,
  visitStateRows,
} from '../store/repo/auditState.ts';
import type { StateVerdict } from './stateProof.ts';

/** What the chain hashes: a row's columns, with entity and id as one subject. */
export function rowEntry(row: AuditRow, seq = row.seq): AuditEntry {
  return {
    seq,
    at: row.at,
    actor: row.actor,
    action: row.action,
    subject: `${row.entity}:${row.entityId}`,
    details: row.data as JsonValue,
    prevHash: row.prevHash ?? '',
    hash: row.hash ?? '',
    ...(row.state ? { state: row.state } : {}),
  };
}

/** JSON as jsonb will hand it back (undefined keys dropped), so the hash survives the round trip. */
export function jsonDetails(data: unknown): JsonValue {
  return data === undefined ? null : (JSON.parse(JSON.stringify(data)) as JsonValue);
}

/** `state`: the chain holds, but the live tables differ from what it records (app/stateProof.ts). */
export type AuditProblem = ChainProblem | 'unsealed' | 'state';

export interface AuditVerdict {
  ok: boolean;
  /** Entries in the log. */
  size: number;
  /** Entries covered by the latest signed checkpoint (0: none yet). */
  checkpointed: number;
  problem?: AuditProblem;
  /** The first bad entry as stored (its seq, what it records), when one can be named. */
  entry?: { seq: number; at: string; actor: string; action: string; subject: string };
  /** The live tables against the log; absent when the chain itself is damaged (then the log vouches for nothing). */
  state?: StateVerdict;
  message: string;
}

/** Checks the stored log against its hashes and the latest checkpoint signed by `publicKey`. Throws nothing. */
export function checkAuditRows(
  rows: readonly AuditRow[],
  checkpoint: CheckpointRow | undefined,
  publicKey: string,
): AuditVerdict {
  const base = { size: rows.length, checkpointed: checkpoint?.size ?? 0 };
  const firstUnsealed = rows.findIndex((row) => row.hash === null);
  if (firstUnsealed !== -1 && rows.every((row) => row.hash === null) && !checkpoint) {
    return {
      ...base,
      ok: true,
      problem: 'unsealed',
      message: `${rows.length} entries were written before the hash chain; the next write seals them`,
    };
  }
  const entries = recoverSeqs(rows);
  const verdict = verifyChain(
    entries,
    checkpoint && {
      checkpoint: {
        size: checkpoint.size,
        root: checkpoint.root,
        time: checkpoint.time,
        signature: checkpoint.signature,
      },
      publicKey,
    },
  );
  const covered = checkpoint?.size ?? rows.length;
  if (!verdict.ok) {
    if (verdict.index !== null && verdict.index >= covered && verdict.index < rows.length) {
      return bad(rows, base, 'inserted', verdict.index, uncovered(verdict.index, covered));
    }
    const hint =
      verdict.problem === 'bad_checkpoint' && checkpoint?.publicKey !== publicKey
        ? " (it was signed by another key: is this the home's own audit seed?)"
        : '';
    return bad(rows, base, verdict.problem, verdict.index, `${verdict.message}${hint}`);
  }
  if (rows.length > covered) return bad(rows, base, 'inserted', covered, uncovered(covered, covered));
  return {
    ...base,
    ok: true,
    message: checkpoint
      ? `${rows.length} entries, chain intact, matching the checkpoint signed at ${checkpoint.time}`
      : `${rows.length} entries, chain intact (no signed checkpoint yet)`,
  };
}

function uncovered(index: number, covered: number): string {
  return `entry ${index} was inserted: the latest signed checkpoint covers only ${covered} entries`;
}

function bad(
  rows: readonly AuditRow[],
  base: { size: number; checkpointed: number },
  problem: AuditProblem,
  index: number | null,
  message: string,
): AuditVerdict {
  const row = index === null ? undefined : rows[index];
  const entry = row && {
    seq: row.seq,
    at: row.at,
    actor: row.actor,
    action: row.action,
    subject: `${row.entity}:${row.entityId}`,
  };
  return { ...base, ok: false, problem, ...(entry ? { entry } : {}), message };
}

// A row moved to another seq no longer hashes under its new number; finding the number
// it does hash under tells a reordered or shifted entry from a modified one. Bounded, so a
// wholesale rewrite costs no more than a few rows' search.
function recoverSeqs(rows: readonly AuditRow[]): AuditEntry[] {
  let searches = 8;
  const limit = Math.max(rows.length, ...rows.map((row) => row.seq)) + 2;
  return rows.map((row) => {
    const entry = rowEntry(row);
    if (row.hash === null || hashOf(entry) === row.hash || searches-- <= 0) return entry;
    for (let seq = 0; seq < limit; seq++) {
      if (hashOf({ ...entry, seq }) === row.hash) return { ...entry, seq };
    }
    return entry;
  });
}

function hashOf(entry: AuditEntry): string | undefined {
  try {
    return sha256Hex(entryBytes(entry));
  } catch {
    return undefined;
  }
}

/**
 * What a process knows of the log between writes: whether it has verified the whole log
 * since it opened the store. It verifies once (its first write, as before); after that
 * each write checks only the head, so a write costs the same at any log size.
 */
export interface ChainTrust {
  verified: boolean;
}

/** The tail a write extends: the last hash for the chain, the right edge for the tree. */
interface Head {
  lastHash: string;
  range: CompactRange;
  /** Whether some entry already carries a state hash; if not, this write lists every row. */
  stateTracked: boolean;
}

export interface AuditAppender {
  /** Appends one entry; resolves to its seq. */
  append(
    row: Omit<AuditRow, 'seq' | 'prevHash' | 'hash' | 'data' | 'state'> & { data: unknown },
  ): Promise<number>;
  /** Signs a checkpoint and stores the new right edge when this write appended anything. */
  finish(now: string): Promise<void>;
}

/**
 * Takes the audit lock for the transaction, reads the chain's head — the stored right
 * edge of the tree, checked against the newest row and the latest checkpoint — and opens
 * the state capture: the tables' triggers list each row the write changes under the seq of
 * the entry that follows it. The whole log is read only on a process's first write, when that check
 * fails (an older Parley wrote, or the table is new), or to seal rows written before the
 * chain. Throws `conflict` when the stored log fails verification: appending would launder
 * the damage.
 */
export async function openAppender(q: Queryable, key: KeyPair, trust: ChainTrust): Promise<AuditAppender> {
  await lockAudit(q);
  const stored = trust.verified ? await storedHead(q) : undefined;
  const head = stored ?? (await rebuildHead(q, key));
  const before = head.range.size;
  await openStateCapture(q, before, head.stateTracked);
  // Entries are sealed at the end, when the rows are known. A use case writes rows, then
  // records them: rows changed after entry i is appended are listed under entry i + 1.
  const pending: Parameters<AuditAppender['append']>[0][] = [];
  return {
    async append(record) {
      pending.push(record);
      await listStateUnder(q, before + pending.length);
      // Sealed in finish() in this order, so its seq is known now.
      return before + pending.length - 1;
    },
    async finish(now) {
      const states = await writeStates(q, before, pending.length, head.stateTracked);
      if (pending.length === 0 && stored) return;
      const rows = pending.map((record, i) => {
        const state = states.get(before + i);
        const unsealed = {
          seq: head.range.size,
          at: record.at,
          actor: record.actor,
          action: record.action,
          subject: `${record.entity}:${record.entityId}`,
          details: jsonDetails(record.data),
          prevHash: head.lastHash,
          ...(state ? { state } : {}),
        };
        const bytes = entryBytes(unsealed);
        const hash = sha256Hex(bytes);
        head.range = appendLeaf(head.range, leafHash(bytes));
        head.lastHash = hash;
        const { seq, at, actor, action, prevHash } = unsealed;
        const { entity, entityId } = record;
        return {
          seq,
          at,
          actor,
          action,
          entity,
          entityId,
          data: unsealed.details,
          prevHash,
          hash,
          state: state ?? null,
        };
      });
      await insertAuditRows(q, rows);
      if (head.range.size > before) {
        const root = rangeRoot(head.range).toString('hex');
        const signed = signCheckpoint({ size: head.range.size, root, time: now }, key.privateKey);
        await insertCheckpoint(q, { ...signed, publicKey: key.publicKey });
      }
      await saveAuditTree(q, {
        size: head.range.size,
        lastHash: head.lastHash,
        range: head.range.hashes.map((h) => h.toString('hex')),
      });
    },
  };
}

/**
 * The state hash of each of the write's `count` entries (from `first`) that changed rows.
 * The first audited write of a record that has no state hash yet (made by an older Parley)
 * lists every live row under its first entry instead, so that the log vouches for the whole
 * state from there on. Throws when rows changed but no entry records them: a use case
 * forgot to audit.
 */
async function writeStates(
  q: Queryable,
  first: number,
  count: number,
  tracked: boolean,
): Promise<Map<number, string>> {
  if (count === 0) {
    const changed = tracked ? await firstStateRow(q, first) : undefined;
    if (changed) {
      throw new Error(
        `a write changed ${changed.table} ${changed.key} (${changed.count} rows in all) without an audit entry: record it`,
      );
    }
    return new Map();
  }
  if (!tracked) await captureWholeState(q, first);
  const last = first + count - 1;
  const lists = new Map<number, ReturnType<typeof stateListHasher>>();
  // The sealing entry carries a hash even over an empty record: it marks where the proof starts.
  if (!tracked) lists.set(first, stateListHasher());
  let afterLast = false;
  await visitStateRows(
    q,
    (rows) => {
      for (const { seq, ...row } of rows) {
        // Rows changed after the last entry was recorded belong to it (they come last in order).
        afterLast ||= seq > last;
        const list = lists.get(Math.min(seq, last)) ?? stateListHasher();
        lists.set(Math.min(seq, last), list);
        list.add(row);
      }
    },
    first,
  );
  if (afterLast) await moveStateRows(q, last + 1, last);
  return new Map([...lists].map(([seq, list]) => [seq, list.hex()]));
}

// The stored right edge, when it agrees with the newest row and reproduces the latest
// signed root; otherwise undefined, and the caller rebuilds from the rows.
async function storedHead(q: Queryable): Promise<Head | undefined> {
  const tree = await selectAuditTree(q);
  if (!tree) return undefined;
  const row = await selectAuditHead(q);
  const size = row ? row.seq + 1 : 0;
  if (tree.size !== size || tree.lastHash !== (row?.hash ?? GENESIS_HASH)) return undefined;
  const hashes = tree.range.map((h) => parseHex(h, 32));
  if (!hashes.every((h) => h !== undefined) || !isRangeShape(size, hashes)) return undefined;
  const range = { size, hashes };
  const checkpoint = await selectLatestCheckpoint(q);
  if (checkpoint && (checkpoint.size !== size || checkpoint.root !== rangeRoot(range).toString('hex'))) {
    return undefined;
  }
  // A process trusts the stored head only after its own first write, which sealed the state.
  return { lastHash: tree.lastHash, range, stateTracked: true };
}

async function rebuildHead(q: Queryable, key: KeyPair): Promise<Head> {
  let rows = await selectAuditRows(q);
  if (rows.length > 0 && rows.every((row) => row.hash === null)) rows = await sealLegacy(q, rows);
  const verdict = checkAuditRows(rows, await selectLatestCheckpoint(q), key.publicKey);
  if (!verdict.ok) {
    throw new ParleyError(
      'conflict',
      `the audit log fails verification (${verdict.message}); nothing was written — run \`parley audit verify\` and restore the database from a backup`,
      { problem: verdict.problem, entry: verdict.entry },
    );
  }
  const leaves = rows.map((row) => leafHash(entryBytes(rowEntry(row))));
  return {
    lastHash: rows.at(-1)?.hash ?? GENESIS_HASH,
    range: rangeOfLeafHashes(leaves),
    // An empty log has nothing to seal: its record is empty too, and every row to come is listed.
    stateTracked: rows.length === 0 || rows.some((row) => row.state !== null),
  };
}

async function sealLegacy(q: Queryable, rows: AuditRow[]): Promise<AuditRow[]> {
  let prevHash = GENESIS_HASH;
  const sealed = rows.map((row, seq) => {
    const entry = { ...rowEntry(row, seq), details: jsonDetails(row.data), prevHash };
    const hash = sha256Hex(entryBytes(entry));
    prevHash = hash;
    return { ...row, oldSeq: row.seq, seq, data: entry.details, prevHash: entry.prevHash, hash };
  });
  await sealAuditRows(q, sealed);
  return sealed.map(({ oldSeq: _, ...row }) => row);
}

/**
 * The `conflict` a write gets when a state trigger found that a row it would update or
 * delete was edited outside Parley (building on it would launder the edit); undefined for
 * any other error. Throws nothing.
 */
export function staleRowConflict(error: unknown): ParleyError | undefined {
  for (let e: unknown = error; e instanceof Error; e = e.cause) {
    const { code, detail } = e as Error & { code?: string; detail?: string };
    if (code !== STALE_ROW_STATE) continue;
    const row = detail ?? 'a row';
    return new ParleyError(
      'conflict',
      `${row} differs from what the audit log records: it was edited outside Parley; nothing was written — run \`parley audit verify\` and restore the database from a backup`,
      { row },
    );
  }
  return undefined;
}
