// Maps the audit table to the govern hash chain: row ↔ entry, the verdict with the
// first bad row named, and the per-write appender that seals, chains and checkpoints.
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
import { sha256Hex } from '../govern/hash.ts';
import type { KeyPair } from '../govern/keys.ts';
import { leafHash, rootOfLeafHashes } from '../govern/merkle.ts';
import type { Queryable } from '../store/database.ts';
import {
  type AuditRow,
  type CheckpointRow,
  insertAuditRow,
  insertCheckpoint,
  lockAudit,
  sealAuditRows,
  selectAuditHead,
  selectAuditRows,
  selectLatestCheckpoint,
} from '../store/repo/audit.ts';

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
  };
}

/** JSON as jsonb will hand it back (undefined keys dropped), so the hash survives the round trip. */
export function jsonDetails(data: unknown): JsonValue {
  return data === undefined ? null : (JSON.parse(JSON.stringify(data)) as JsonValue);
}

export type AuditProblem = ChainProblem | 'unsealed';

export interface AuditVerdict {
  ok: boolean;
  /** Entries in the log. */
  size: number;
  /** Entries covered by the latest signed checkpoint (0: none yet). */
  checkpointed: number;
  problem?: AuditProblem;
  /** The first bad entry as stored (its seq, what it records), when one can be named. */
  entry?: { seq: number; at: string; actor: string; action: string; subject: string };
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

/** The chain's tail as one process last committed it, so a write need not reread the log. */
export interface ChainState {
  size: number;
  lastHash: string;
  leaves: Buffer[];
}

export interface AuditAppender {
  append(row: Omit<AuditRow, 'seq' | 'prevHash' | 'hash' | 'data'> & { data: unknown }): Promise<void>;
  /** Signs a checkpoint when this write appended anything; returns the state to keep after commit. */
  finish(now: string): Promise<ChainState>;
}

/**
 * Takes the audit lock for the transaction and readies the chain's tail. Throws
 * `conflict` when the stored log fails verification: appending would launder the damage.
 */
export async function openAppender(
  q: Queryable,
  key: KeyPair,
  cached: ChainState | undefined,
): Promise<AuditAppender> {
  await lockAudit(q);
  const head = await selectAuditHead(q);
  const state: ChainState =
    cached && head && head.seq === cached.size - 1 && head.hash === cached.lastHash
      ? { ...cached, leaves: cached.leaves.slice() }
      : head
        ? await loadState(q, key)
        : { size: 0, lastHash: GENESIS_HASH, leaves: [] };
  const before = state.size;
  return {
    async append(record) {
      const unsealed = {
        seq: state.size,
        at: record.at,
        actor: record.actor,
        action: record.action,
        subject: `${record.entity}:${record.entityId}`,
        details: jsonDetails(record.data),
        prevHash: state.lastHash,
      };
      const bytes = entryBytes(unsealed);
      const hash = sha256Hex(bytes);
      await insertAuditRow(q, {
        ...record,
        seq: state.size,
        data: unsealed.details,
        prevHash: state.lastHash,
        hash,
      });
      state.leaves.push(leafHash(bytes));
      state.size += 1;
      state.lastHash = hash;
    },
    async finish(now) {
      if (state.size > before) {
        const root = rootOfLeafHashes(state.leaves).toString('hex');
        const signed = signCheckpoint({ size: state.size, root, time: now }, key.privateKey);
        await insertCheckpoint(q, { ...signed, publicKey: key.publicKey });
      }
      return state;
    },
  };
}

async function loadState(q: Queryable, key: KeyPair): Promise<ChainState> {
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
  const entries = rows.map((row) => rowEntry(row));
  return {
    size: rows.length,
    lastHash: rows.at(-1)?.hash ?? GENESIS_HASH,
    leaves: entries.map((entry) => leafHash(entryBytes(entry))),
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
