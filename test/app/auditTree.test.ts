import { asc, eq, sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyAudit } from '../../src/app/audit.ts';
import { rowEntry } from '../../src/app/auditTrail.ts';
import { type Services, write } from '../../src/app/context.ts';
import { addParty } from '../../src/app/roster.ts';
import { runUseCase, runWithin } from '../../src/app/useCase.ts';
import { owner } from '../../src/core/actor.ts';
import { entryBytes, proveEntry, verifyEntry } from '../../src/govern/auditChain.ts';
import { leafHash, rootOfLeafHashes } from '../../src/govern/merkle.ts';
import type { Store } from '../../src/store/database.ts';
import { selectAuditRows, selectAuditTree } from '../../src/store/repo/audit.ts';
import { auditCheckpoint } from '../../src/store/schema.ts';
import { backends, testServices } from '../support/stores.ts';

// The stored right edge of the tree must sign exactly the roots a full recomputation from
// the rows gives, whoever wrote last, and must never be trusted over the rows themselves.
describe.each(backends)('the stored audit tree on $name', (backend) => {
  let store: Store;
  let s: Services;
  const exec = (text: string) => store.db.execute(sql.raw(text));
  const verify = (services = s) => runUseCase(services, owner, verifyAudit, {});
  const add = (services: Services, id: string) =>
    runUseCase(services, owner, addParty, { id, name: `Party ${id}`, role: 'principal' });
  // Each checkpoint's root, recomputed from every leaf of the rows it covers.
  async function expectCheckpointsMatchRows(): Promise<number> {
    const rows = await selectAuditRows(store.db);
    const leaves = rows.map((row) => leafHash(entryBytes(rowEntry(row))));
    const checkpoints = await store.db.select().from(auditCheckpoint).orderBy(asc(auditCheckpoint.size));
    for (const { size, root } of checkpoints) {
      expect(root).toBe(rootOfLeafHashes(leaves.slice(0, size)).toString('hex'));
    }
    return checkpoints.length;
  }

  beforeEach(async () => {
    store = await backend.open();
    s = testServices(store);
  });
  afterEach(() => store.close());

  it('every signed root equals the full recomputation, and entries prove against it', async () => {
    for (let i = 0; i < 37; i++) await add(s, `p${i}`);
    // One write recording several entries: one checkpoint covering all of them.
    await write(s, owner, 'party', async (ctx) => {
      for (const id of ['q1', 'q2', 'q3']) await runWithin(ctx, addParty, { id, name: id, role: 'observer' });
    });
    expect(await expectCheckpointsMatchRows()).toBe(38);
    expect(await verify()).toMatchObject({ ok: true, size: 40, checkpointed: 40 });
    const tree = await selectAuditTree(store.db);
    expect(tree).toMatchObject({ size: 40 });
    // 40 = 32 + 8: two perfect subtrees on the right edge.
    expect(tree!.range).toHaveLength(2);
    const entries = (await selectAuditRows(store.db)).map((row) => rowEntry(row));
    const [checkpoint] = await store.db.select().from(auditCheckpoint).where(eq(auditCheckpoint.size, 40));
    for (const index of [0, 17, 39]) {
      expect(verifyEntry(entries[index]!, index, checkpoint!, proveEntry(entries, index))).toBe(true);
    }
  });

  it('two writers on one database (two processes) extend one chain through the stored edge', async () => {
    const other = testServices(store, '2025-11-21T09:00:00.000Z');
    for (let i = 0; i < 12; i++) await add(i % 3 === 0 ? other : s, `p${i}`);
    expect(await expectCheckpointsMatchRows()).toBe(12);
    expect(await verify()).toMatchObject({ ok: true, size: 12, checkpointed: 12 });
  });

  it('a home whose tree row is missing (upgraded, or written by an older Parley) rebuilds it from the rows', async () => {
    for (let i = 0; i < 5; i++) await add(s, `p${i}`);
    await exec('delete from audit_tree');
    await add(s, 'p5');
    expect(await selectAuditTree(store.db)).toMatchObject({ size: 6 });
    expect(await expectCheckpointsMatchRows()).toBe(6);
    expect(await verify()).toMatchObject({ ok: true, size: 6 });
  });

  it('a forged tree row is not trusted over the rows: the next root is still the true one', async () => {
    for (let i = 0; i < 5; i++) await add(s, `p${i}`);
    // 5 = 4 + 1: the right shape, but hashes that no rows produce.
    await exec(`update audit_tree set range = '["${'ab'.repeat(32)}", "${'cd'.repeat(32)}"]'`);
    await add(s, 'p5');
    expect(await expectCheckpointsMatchRows()).toBe(6);
    await exec(`update audit_tree set range = '["nothex"]'`);
    await add(s, 'p6');
    expect(await expectCheckpointsMatchRows()).toBe(7);
    expect(await verify()).toMatchObject({ ok: true, size: 7 });
  });

  it('a tail deleted behind a verified writer is caught, not built upon', async () => {
    for (let i = 0; i < 5; i++) await add(s, `p${i}`);
    await exec('delete from audit where seq >= 3');
    await expect(add(s, 'p5')).rejects.toMatchObject({ code: 'conflict' });
    expect((await selectAuditRows(store.db)).length).toBe(3);
  });
});
