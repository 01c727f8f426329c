// The state proof on every backend (PGlite, and PostgreSQL when configured): direct SQL
// edits of the live tables are named by `verifyAudit`, a write never builds on an edited
// row, and the row lists themselves are covered by the chain.
import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addUser } from '../../src/app/accounts.ts';
import { verifyAudit } from '../../src/app/audit.ts';
import { circulateDraft } from '../../src/app/circulation.ts';
import { type Services, write } from '../../src/app/context.ts';
import { setPosition } from '../../src/app/positions.ts';
import { attemptLogin } from '../../src/app/sessions.ts';
import { runUseCase } from '../../src/app/useCase.ts';
import { owner } from '../../src/core/actor.ts';
import type { Store } from '../../src/store/database.ts';
import { STATE_TABLES } from '../../src/store/stateTables.ts';
import { seedSmall } from '../support/fixtures.ts';
import { backends, openSeeded } from '../support/stores.ts';

describe.each(backends)('the state proof on $name', (backend) => {
  let store: Store;
  let s: Services;
  const exec = (text: string) => store.db.execute(sql.raw(text));
  const verify = () => runUseCase(s, owner, verifyAudit, {});
  const differences = async () => (await verify()).state?.differences.map(({ entry: _, ...d }) => d);

  beforeEach(async () => {
    ({ store, services: s } = await openSeeded(backend, 'small', seedSmall));
    await runUseCase(s, owner, addUser, {
      id: 'nora',
      name: 'Nora',
      role: 'delegate',
      party: 'north',
      password: 'long enough pw',
    });
    await write(s, owner, 'position', (ctx) =>
      setPosition(ctx, {
        id: 'p1',
        party: 'north',
        draft: 'v2',
        provision: '1',
        stance: 'accept',
        asOf: '2025-03-11',
      }),
    );
    await write(s, owner, 'circulation', (ctx) => circulateDraft.run(ctx, { draft: 'v2', to: 'south' }));
  });
  afterEach(() => store.close());

  it('an untouched record verifies, every state row counted', async () => {
    const verdict = await verify();
    expect(verdict).toMatchObject({ ok: true, state: { ok: true, tracked: true, differences: [] } });
    // 1 negotiation, 4 parties, 1 track, 1 source, 2 drafts, 6 provisions, the pairs, 1 account, 1 position, 1 circulation.
    expect(verdict.state!.rows).toBeGreaterThanOrEqual(18);
    // Every state table is in the proof, the empty ones too (amendments, profiles, compositions…).
    expect(verdict.message).toMatch(new RegExp(`rows in ${STATE_TABLES.length} tables match the log$`));
    expect(STATE_TABLES.length).toBeGreaterThanOrEqual(21);
  });

  it('the four edits of the attack, a deletion and an insertion are each named', async () => {
    await exec(`update position set stance = 'reject' where id = 'p1'`);
    await exec(`update account set role = 'admin' where id = 'nora'`);
    await exec(`update circulation set party_id = 'watch'`);
    await exec(
      `update provision set text = 'The lake belongs to the North.' where draft_id = 'v1' and path = '1'`,
    );
    await exec(`delete from source where id = 'gazette-1'`);
    await exec(`insert into person (id, name, aliases) values ('mole', 'A. Mole', '[]')`);
    const verdict = await verify();
    expect(verdict).toMatchObject({ ok: false, problem: 'state' });
    const circulation = (await exec('select id from circulation')) as unknown as { rows: { id: string }[] };
    expect(await differences()).toEqual([
      { table: 'person', key: 'mole', change: 'inserted' },
      { table: 'provision', key: 'v1/1', change: 'changed' },
      { table: 'source', key: 'gazette-1', change: 'deleted' },
      { table: 'position', key: 'p1', change: 'changed' },
      { table: 'circulation', key: circulation.rows[0]!.id, change: 'changed' },
      { table: 'account', key: 'nora', change: 'changed' },
    ]);
    const account = verdict.state!.differences.find((d) => d.table === 'account');
    expect(account?.entry).toMatchObject({ action: 'add', subject: 'user:nora' });
  });

  it('a login failure moves only the sign-in counters, which are not state', async () => {
    await write(s, owner, 'session', (ctx) =>
      attemptLogin(ctx, { user: 'nora', password: 'wrong password' }),
    );
    expect(await verify()).toMatchObject({ ok: true });
  });

  it('a write that would update an edited row is refused and writes nothing', async () => {
    await exec(`update party set name = 'Greater Northland' where id = 'north'`);
    const size = (await verify()).size;
    const edit = write(s, owner, 'party', async (ctx) => {
      ctx.policy.asked = true;
      await ctx.q.execute(sql`update party set aliases = '["Nord"]' where id = 'north'`);
      await ctx.record('edit', 'party', 'north', { aliases: ['Nord'] });
    });
    await expect(edit).rejects.toMatchObject({ code: 'conflict', details: { row: 'party north' } });
    // The edit is still named (not laundered into a new entry), and the log did not grow.
    expect(await verify()).toMatchObject({
      size,
      state: { differences: [{ table: 'party', key: 'north' }] },
    });
  });

  it('a write that changes rows without an audit entry is refused', async () => {
    const silent = write(s, owner, 'party', async (ctx) => {
      ctx.policy.asked = true;
      await ctx.q.execute(sql`insert into party (id, name, role) values ('ghost', 'Ghost', 'observer')`);
    });
    await expect(silent).rejects.toThrow(/without an audit entry/);
    expect(await verify()).toMatchObject({ ok: true });
  });

  it('an edited row list is named as altered, with its entry', async () => {
    await exec(`update position set stance = 'reject' where id = 'p1'`);
    // Cover the edit by rewriting the digest the log lists for the row.
    await exec(
      `update audit_state set digest = encode(sha256(convert_to((to_jsonb(p) - '{}'::text[])::text, 'UTF8')), 'hex') from position p where audit_state.tbl = 'position' and audit_state.key = p.id`,
    );
    const verdict = await verify();
    expect(verdict).toMatchObject({ ok: false, problem: 'state', state: { differences: [] } });
    expect(verdict.state!.lists).toEqual([
      expect.objectContaining({
        problem: 'altered',
        entry: expect.objectContaining({ subject: 'position:p1' }),
      }),
    ]);
  });

  it('a row list planted for the next entry is dropped by the next write, not adopted', async () => {
    await exec(`update party set name = 'Greater Northland' where id = 'north'`);
    const { size } = await verify();
    await exec(
      `insert into audit_state (seq, tbl, key, digest) select ${size}, 'party', 'north', encode(sha256(convert_to((to_jsonb(p) - '{}'::text[])::text, 'UTF8')), 'hex') from party p where id = 'north'`,
    );
    expect((await verify()).state!.lists).toEqual([
      expect.objectContaining({ seq: size, problem: 'planted' }),
    ]);
    await write(s, owner, 'position', (ctx) =>
      setPosition(ctx, { party: 'south', draft: 'v2', provision: '1', stance: 'reject', asOf: '2025-03-12' }),
    );
    expect(await differences()).toEqual([{ table: 'party', key: 'north', change: 'changed' }]);
  });

  it('a disabled state trigger is named', async () => {
    await exec('alter table event disable trigger parley_state_insert');
    expect(await verify()).toMatchObject({ ok: false, state: { untracked: ['event'] } });
  });
});
