// Issue #11, attack 7: whoever holds the database file stops the server and edits a live
// table directly. `parley audit verify` must see it — the chain covers the log, and the
// row digests each audited write folds into its entry cover the state — and name the
// table and row. Each case edits its own copy of one demo home through PGlite itself.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.ts';

interface Difference {
  table: string;
  key: string;
  change: 'changed' | 'deleted' | 'inserted';
  entry?: { seq: number; action: string; subject: string };
}

describe('direct SQL edits of a stopped home are caught by `parley audit verify`', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'parley-stateproof-'));
  const demo = path.join(dir, 'demo');
  let copies = 0;

  beforeAll(async () => {
    const made = await runCli(demo, ['demo']);
    expect(made.code, made.err).toBe(0);
    const user = await runCli(
      demo,
      ['user', 'add', 'olena', '--name', 'Olena K.', '--role', 'delegate', '--party', 'ukraine'],
      { PARLEY_PASSWORD: 'a long passphrase of Olena' },
    );
    expect(user.code, user.err).toBe(0);
  }, 300_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** A copy of the demo home after `sql` ran on its database with no Parley process open. */
  async function editedHome(...statements: string[]): Promise<string> {
    const home = path.join(dir, `copy-${++copies}`);
    cpSync(demo, home, { recursive: true });
    const db = new PGlite(path.join(home, 'pgdata'));
    try {
      for (const statement of statements) await db.exec(statement);
    } finally {
      await db.close();
    }
    return home;
  }

  async function oneValue(home: string, query: string): Promise<string> {
    const db = new PGlite(path.join(home, 'pgdata'));
    try {
      const rows = (await db.query<{ v: string }>(query)).rows;
      return rows[0]!.v;
    } finally {
      await db.close();
    }
  }

  async function verify(home: string): Promise<{ code: number; out: string; differences: Difference[] }> {
    const human = await runCli(home, ['audit', 'verify']);
    const json = await runCli(home, ['audit', 'verify', '--json']);
    expect(json.code).toBe(human.code);
    const verdict = JSON.parse(json.out) as { state?: { differences: Difference[] } };
    return { code: human.code, out: human.out, differences: verdict.state?.differences ?? [] };
  }

  it('an untouched demo home verifies OK, state included', async () => {
    const result = await verify(demo);
    expect(result.code, result.out).toBe(0);
    expect(result.out).toMatch(/^audit log OK: .*chain intact/);
    expect(result.out).toMatch(/\d+ rows in \d+ tables match the log/);
    expect(result.differences).toEqual([]);
  });

  it('a stance flipped in the position table is named', async () => {
    const id = await oneValue(
      demo,
      `select id as v from position where stance <> 'reject' order by seq limit 1`,
    );
    const home = await editedHome(`update position set stance = 'reject' where id = '${id}'`);
    const result = await verify(home);
    expect(result.code).toBe(9);
    expect(result.differences).toEqual([
      expect.objectContaining({ table: 'position', key: id, change: 'changed' }),
    ]);
    expect(result.differences[0]!.entry).toMatchObject({ action: 'set', subject: `position:${id}` });
    expect(result.out).toMatch(/^audit log DAMAGED \(state\)/);
    expect(result.out).toContain(`position ${id}: changed`);
  });

  it("an account's role raised to admin is named", async () => {
    const home = await editedHome(`update account set role = 'admin' where id = 'olena'`);
    const result = await verify(home);
    expect(result.code).toBe(9);
    expect(result.differences).toEqual([
      expect.objectContaining({ table: 'account', key: 'olena', change: 'changed' }),
    ]);
    expect(result.out).toContain('account olena: changed');
  });

  it("a circulation's recipient changed is named", async () => {
    const id = await oneValue(
      demo,
      `select id as v from circulation where draft_id = 'geneva-revision' and party_id = 'us'`,
    );
    const home = await editedHome(`update circulation set party_id = 'russia' where id = '${id}'`);
    const result = await verify(home);
    expect(result.code).toBe(9);
    expect(result.differences).toEqual([
      expect.objectContaining({ table: 'circulation', key: id, change: 'changed' }),
    ]);
  });

  it("a signed provision's text edited is named by draft and path", async () => {
    const signed = await oneValue(demo, `select draft_id as v from signature order by signed_at limit 1`);
    const pathOf = await oneValue(
      demo,
      `select path as v from provision where draft_id = '${signed}' order by ordinal limit 1`,
    );
    const home = await editedHome(
      `update provision set text = text || ' Save as otherwise agreed.' where draft_id = '${signed}' and path = '${pathOf}'`,
    );
    const result = await verify(home);
    expect(result.code).toBe(9);
    expect(result.differences).toEqual([
      expect.objectContaining({ table: 'provision', key: `${signed}/${pathOf}`, change: 'changed' }),
    ]);
    expect(result.out).toContain(`provision ${signed}/${pathOf}: changed`);
  });

  it('a deleted row is named as deleted', async () => {
    const id = await oneValue(demo, 'select id as v from event order by date limit 1');
    const home = await editedHome(`delete from event where id = '${id}'`);
    const result = await verify(home);
    expect(result.code).toBe(9);
    expect(result.differences).toEqual([
      expect.objectContaining({ table: 'event', key: id, change: 'deleted' }),
    ]);
    expect(result.out).toContain(`event ${id}: deleted`);
  });

  it('an inserted row is named as inserted, with no entry to answer for it', async () => {
    const home = await editedHome(
      `insert into party (id, name, role, aliases) values ('atlantis', 'Atlantis', 'observer', '[]')`,
    );
    const result = await verify(home);
    expect(result.code).toBe(9);
    expect(result.differences).toEqual([{ table: 'party', key: 'atlantis', change: 'inserted' }]);
    expect(result.out).toContain('party atlantis: inserted');
  });
});
