import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyAudit } from '../../src/app/audit.ts';
import { rowEntry } from '../../src/app/auditTrail.ts';
import type { Services } from '../../src/app/context.ts';
import { addParty } from '../../src/app/roster.ts';
import { runUseCase } from '../../src/app/useCase.ts';
import { owner } from '../../src/core/actor.ts';
import { type AuditEntry, appendEntry } from '../../src/govern/auditChain.ts';
import type { Store } from '../../src/store/database.ts';
import { selectAuditRows } from '../../src/store/repo/audit.ts';
import { backends, testServices } from '../support/stores.ts';

describe.each(backends)('the audit chain on $name', (backend) => {
  let store: Store;
  let s: Services;
  const exec = (text: string) => store.db.execute(sql.raw(text));
  const verify = () => runUseCase(s, owner, verifyAudit, {});

  beforeEach(async () => {
    store = await backend.open();
    s = testServices(store);
    // Six writes: six entries, six checkpoints.
    for (const id of ['a', 'b', 'c', 'd', 'e', 'f']) {
      await runUseCase(s, owner, addParty, { id, name: `Party ${id}`, role: 'principal' });
    }
  });
  afterEach(() => store.close());

  it('an untouched log verifies, with one signed checkpoint per write', async () => {
    expect(await verify()).toMatchObject({ ok: true, size: 6, checkpointed: 6 });
    const rows = await selectAuditRows(store.db);
    expect(rows.map((r) => r.seq)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(rows[1]!.prevHash).toBe(rows[0]!.hash);
  });

  it('an edited entry is named as modified', async () => {
    await exec(`update audit set data = '{"id":"c","name":"Someone else"}' where seq = 2`);
    expect(await verify()).toMatchObject({
      ok: false,
      problem: 'modified',
      entry: { seq: 2, subject: 'party:c' },
    });
  });

  it('a deleted entry is named', async () => {
    await exec('delete from audit where seq = 3');
    const verdict = await verify();
    expect(verdict).toMatchObject({ ok: false, problem: 'deleted', entry: { seq: 4 } });
    expect(verdict.message).toContain('entries 3..3 are missing');
  });

  it('two swapped entries are named as reordered', async () => {
    await exec('update audit set seq = -1 where seq = 2');
    await exec('update audit set seq = 2 where seq = 3');
    await exec('update audit set seq = 3 where seq = -1');
    expect(await verify()).toMatchObject({
      ok: false,
      problem: 'reordered',
      entry: { seq: 2, subject: 'party:d' },
    });
  });

  it('an entry forged into the middle, correctly chained, is named as inserted', async () => {
    const rows = await selectAuditRows(store.db);
    const log: AuditEntry[] = rows.slice(0, 3).map((r) => rowEntry(r));
    const forged = appendEntry(log, {
      at: rows[2]!.at,
      actor: 'owner',
      action: 'add',
      subject: 'party:x',
      details: {},
    });
    for (let seq = 5; seq >= 3; seq--) await exec(`update audit set seq = ${seq + 1} where seq = ${seq}`);
    await exec(
      `insert into audit (seq, at, actor, action, entity, entity_id, data, prev_hash, hash) values (3, '${forged.at}', 'owner', 'add', 'party', 'x', '{}', '${forged.prevHash}', '${forged.hash}')`,
    );
    expect(await verify()).toMatchObject({
      ok: false,
      problem: 'inserted',
      entry: { seq: 3, subject: 'party:x' },
    });
  });

  it('an entry appended behind the checkpoint is named as inserted', async () => {
    await exec(
      `insert into audit (seq, at, actor, action, entity, entity_id, data, prev_hash, hash) values (6, 'x', 'owner', 'add', 'party', 'z', '{}', 'x', 'y')`,
    );
    expect(await verify()).toMatchObject({
      ok: false,
      problem: 'inserted',
      entry: { seq: 6, subject: 'party:z' },
    });
  });

  it('a truncated log is caught against the latest signed checkpoint', async () => {
    await exec('delete from audit where seq >= 4');
    const verdict = await verify();
    expect(verdict).toMatchObject({ ok: false, problem: 'truncated' });
    expect(verdict.message).toContain('covers 6');
  });

  it('a damaged log refuses further writes rather than sign over the damage', async () => {
    await exec(`update audit set actor = 'user:mallory' where seq = 1`);
    const fresh = testServices(store);
    await expect(
      runUseCase(fresh, owner, addParty, { id: 'g', name: 'G', role: 'observer' }),
    ).rejects.toMatchObject({ code: 'conflict' });
    expect((await selectAuditRows(store.db)).length).toBe(6);
  });

  it('rows written before the chain are sealed in order by the first write', async () => {
    // As an older Parley left it: no hashes, no checkpoints, no row lists of the state proof.
    await exec('delete from audit_checkpoint');
    await exec('delete from audit_state');
    await exec('update audit set prev_hash = null, hash = null, state = null, seq = seq * 10 + 100');
    expect(await verify()).toMatchObject({ ok: true, problem: 'unsealed', state: { tracked: false } });
    const fresh = testServices(store);
    await runUseCase(fresh, owner, addParty, { id: 'g', name: 'G', role: 'observer' });
    const rows = await selectAuditRows(store.db);
    expect(rows.map((r) => [r.seq, r.entityId])).toEqual([
      [0, 'a'],
      [1, 'b'],
      [2, 'c'],
      [3, 'd'],
      [4, 'e'],
      [5, 'f'],
      [6, 'g'],
    ]);
    s = fresh;
    // The sealing write listed every row of the record, so the state is proved from there on.
    expect(await verify()).toMatchObject({
      ok: true,
      size: 7,
      checkpointed: 7,
      state: { ok: true, rows: 7 },
    });
    await exec(`update party set name = 'Someone else' where id = 'c'`);
    expect(await verify()).toMatchObject({
      ok: false,
      problem: 'state',
      state: { differences: [{ table: 'party', key: 'c', change: 'changed', entry: { seq: 6 } }] },
    });
  });
});
