import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type AuditEntry,
  type AuditRecord,
  appendEntry,
  checkpointLog,
  entryBytes,
  proveEntry,
  proveGrowth,
  verifyChain,
  verifyEntry,
} from '../../src/govern/auditChain.ts';
import { canonicalJson } from '../../src/govern/canonicalJson.ts';
import { sha256Hex } from '../../src/govern/hash.ts';
import { keyPairFromSeed } from '../../src/govern/keys.ts';
import { merkleRoot, verifyConsistency } from '../../src/govern/merkle.ts';

const secretariat = keyPairFromSeed(Buffer.alloc(32, 7));
const stranger = keyPairFromSeed(Buffer.alloc(32, 9));

function record(i: number): AuditRecord {
  return {
    at: `2025-11-2${i % 10}T10:00:00Z`,
    actor: 'user:clerk',
    action: 'draft.circulate',
    subject: `draft-${i}`,
    details: { party: 'ukraine', i },
  };
}

function buildLog(n: number): AuditEntry[] {
  const log: AuditEntry[] = [];
  for (let i = 0; i < n; i++) log.push(appendEntry(log, record(i)));
  return log;
}

/** Re-chains entries from `from` on, as a forger who controls the database would. */
function reseal(entries: AuditEntry[], from: number): AuditEntry[] {
  const out = entries.slice(0, from);
  for (const e of entries.slice(from)) out.push(appendEntry(out, e));
  return out;
}

const witness = (log: AuditEntry[]) => ({
  checkpoint: checkpointLog(log, '2025-11-30T12:00:00Z', secretariat.privateKey),
  publicKey: secretariat.publicKey,
});

describe('canonical JSON', () => {
  it('sorts keys and drops whitespace', () => {
    expect(canonicalJson({ b: [1, { z: null, a: 'x' }], a: true })).toBe(
      '{"a":true,"b":[1,{"a":"x","z":null}]}',
    );
  });
  it('refuses numbers with no JSON form', () => {
    expect(() => canonicalJson({ a: Number.NaN })).toThrow(/\$\.a/);
  });
});

describe('audit chain', () => {
  it('an untouched log verifies with its checkpoint, also after it grew', () => {
    const log = buildLog(5);
    const w = witness(log);
    expect(verifyChain(log, w)).toMatchObject({ ok: true, size: 5 });
    const grown = [...log, appendEntry(log, record(5))];
    expect(verifyChain(grown, w)).toMatchObject({ ok: true, size: 6 });
  });

  it('the Merkle leaves are the canonical entries and each entry hashes them', () => {
    const log = buildLog(3);
    expect(log[1]!.prevHash).toBe(log[0]!.hash);
    expect(log[2]!.hash).toBe(sha256Hex(entryBytes(log[2]!)));
    expect(witness(log).checkpoint.root).toBe(merkleRoot(log.map((e) => entryBytes(e))).toString('hex'));
  });

  it('names a modified entry', () => {
    const log = buildLog(6);
    log[3] = { ...log[3]!, subject: 'draft-forged' };
    expect(verifyChain(log)).toMatchObject({ ok: false, problem: 'modified', index: 3 });
    log[1] = { ...log[1]!, details: { amount: Number.NaN } };
    expect(verifyChain(log)).toMatchObject({ ok: false, problem: 'modified', index: 1 });
  });

  it('names the entry before a broken link when one entry was rewritten and re-hashed', () => {
    const log = buildLog(6);
    const forged = { ...log[2]!, actor: 'user:someone-else' };
    log[2] = { ...forged, hash: sha256Hex(entryBytes(forged)) };
    expect(verifyChain(log)).toMatchObject({ ok: false, problem: 'modified', index: 2 });
  });

  it('names deleted, inserted and reordered entries', () => {
    const log = buildLog(6);
    expect(verifyChain([...log.slice(0, 2), ...log.slice(3)])).toMatchObject({
      problem: 'deleted',
      index: 2,
    });
    const intruder = appendEntry(log.slice(0, 4), { ...record(9), action: 'draft.delete' });
    expect(verifyChain([...log.slice(0, 4), intruder, ...log.slice(4)])).toMatchObject({
      problem: 'inserted',
      index: 4,
    });
    expect(verifyChain([log[0]!, log[2]!, log[1]!, ...log.slice(3)])).toMatchObject({
      problem: 'reordered',
      index: 1,
    });
  });

  it('detects truncation only against a signed checkpoint', () => {
    const log = buildLog(6);
    const w = witness(log);
    expect(verifyChain(log.slice(0, 4)).ok).toBe(true);
    expect(verifyChain(log.slice(0, 4), w)).toMatchObject({ ok: false, problem: 'truncated', index: 4 });
  });

  it('detects a re-chained rewrite against the checkpoint, and a checkpoint signed by someone else', () => {
    const log = buildLog(6);
    const w = witness(log);
    const rewritten = reseal(
      [...log.slice(0, 3), { ...log[3]!, subject: 'draft-forged' }, ...log.slice(4)],
      3,
    );
    expect(verifyChain(rewritten).ok).toBe(true);
    expect(verifyChain(rewritten, w)).toMatchObject({ ok: false, problem: 'rewritten' });
    expect(verifyChain(log, { ...w, publicKey: stranger.publicKey })).toMatchObject({
      ok: false,
      problem: 'bad_checkpoint',
    });
    const inflated = { ...w, checkpoint: { ...w.checkpoint, size: 4 } };
    expect(verifyChain(log, inflated)).toMatchObject({ ok: false, problem: 'bad_checkpoint' });
  });

  it('proves one entry against a checkpoint and that the log only grew', () => {
    const log = buildLog(7);
    const old = witness(log.slice(0, 3)).checkpoint;
    const now = witness(log).checkpoint;
    expect(verifyEntry(log[4]!, 4, now, proveEntry(log, 4))).toBe(true);
    expect(verifyEntry(log[5]!, 4, now, proveEntry(log, 4))).toBe(false);
    const growth = proveGrowth(log, 3).map((h) => Buffer.from(h, 'hex'));
    const hex = (h: string) => Buffer.from(h, 'hex');
    expect(verifyConsistency(3, 7, hex(old.root), hex(now.root), growth)).toBe(true);
  });

  it('a tampered log never verifies against its checkpoint, and unsealed tampering names its entry', () => {
    // Each tamper returns the altered log and, when the chain alone can tell, the first bad position.
    type Tamper = (log: AuditEntry[], i: number, j: number) => [AuditEntry[], number | null];
    const forge = (log: AuditEntry[], i: number) => appendEntry(log.slice(0, i), record(99));
    const tampers: Tamper[] = [
      (log, i) => [log.map((e, k) => (k === i ? { ...e, details: { forged: true } } : e)), i],
      (log, i) => [
        reseal(
          log.map((e, k) => (k === i ? { ...e, action: 'forged' } : e)),
          i,
        ),
        null,
      ],
      (log, i) => [log.filter((_, k) => k !== i), i],
      (log, i) => [
        reseal(
          log.filter((_, k) => k !== i),
          i,
        ),
        null,
      ],
      (log, i) => [[...log.slice(0, i), forge(log, i), ...log.slice(i)], i],
      (log, i) => [reseal([...log.slice(0, i), forge(log, i), ...log.slice(i)], i), null],
      (log, i, j) => [log.map((e, k) => (k === i ? log[j]! : k === j ? log[i]! : e)), Math.min(i, j)],
      (log, i) => [log.slice(0, i), i],
    ];
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.nat(),
        fc.nat(),
        fc.integer({ min: 0, max: tampers.length - 1 }),
        (n, a, b, t) => {
          const log = buildLog(n);
          const i = a % n;
          const j = (b % n === i ? i + 1 : b % n) % n;
          const [tampered, index] = tampers[t]!(log, i, j);
          // Swapping an entry with itself (n = 1) changes nothing: not a tampering.
          fc.pre(canonicalJson(tampered) !== canonicalJson(log));
          const verdict = verifyChain(tampered, witness(log));
          expect(verdict.ok).toBe(false);
          if (index !== null && !verdict.ok) expect(verdict.index).toBe(index);
        },
      ),
      { numRuns: 400 },
    );
  });
});
