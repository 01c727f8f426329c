// The audit log over HTTP: staff read the entries each API write leaves and verify the
// chain and the state (a tampered entry or row is named); nobody below staff may do either.
import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { snapshot } from '../support/fixtures.ts';
import { backends } from '../support/stores.ts';
import { addAccounts, type Harness, openHarness } from './harness.ts';

type Who = 'root' | 'sec' | 'dn' | 'an';

describe.each(backends)('the audit log over HTTP, on $name', (backend) => {
  let h: Harness;
  let as: (who: Who) => { authorization: string };
  const get = (who: Who, url: string) => h.app.inject({ method: 'GET', url, headers: as(who) });

  beforeEach(async () => {
    h = await openHarness(backend);
    as = await addAccounts(h.services, [
      { id: 'root', role: 'admin' },
      { id: 'sec', role: 'secretariat' },
      { id: 'dn', role: 'delegate', party: 'north' },
      { id: 'an', role: 'analyst' },
    ]);
  });
  afterEach(() => h.close());

  it('staff see who did what through the API, newest last, and the chain verifies', async () => {
    const circulated = await h.app.inject({
      method: 'POST',
      url: '/api/drafts/v1/circulations',
      headers: as('sec'),
      payload: { to: 'north' },
    });
    expect(circulated.statusCode).toBe(201);
    for (const who of ['sec', 'root'] as const) {
      const lines = await get(who, '/api/audit?limit=3');
      expect(lines.statusCode).toBe(200);
      expect(lines.json()).toHaveLength(3);
      expect(lines.json().at(-1)).toMatchObject({
        actor: 'user:sec',
        action: 'circulate',
        entity: 'draft',
        entityId: 'v1',
        hash: expect.stringMatching(/^[0-9a-f]{64}$/),
      });
      const seqs = lines.json().map((l: { seq: number }) => l.seq);
      expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    }
    const verdict = await get('root', '/api/audit/verify');
    expect(verdict.statusCode).toBe(200);
    expect(verdict.json()).toMatchObject({ ok: true });
    expect(verdict.json().size).toBe(verdict.json().checkpointed);
  });

  it('names the first modified entry', async () => {
    await h.store.db.execute(sql`update audit set actor = 'user:mallory' where seq = 2`);
    const verdict = await get('sec', '/api/audit/verify');
    expect(verdict.statusCode).toBe(200);
    expect(verdict.json()).toMatchObject({ ok: false, problem: 'modified', entry: { seq: 2 } });
  });

  it('gives the verdict of the CLI on the state: a row edited in the database is named', async () => {
    await h.store.db.execute(sql`update account set role = 'admin' where id = 'dn'`);
    const verdict = await get('sec', '/api/audit/verify');
    expect(verdict.statusCode).toBe(200);
    expect(verdict.json()).toMatchObject({
      ok: false,
      problem: 'state',
      state: { ok: false, differences: [{ table: 'account', key: 'dn', change: 'changed' }] },
    });
  });

  it('refuses delegates and analysts (403, reading nothing) and a bad limit (400)', async () => {
    const before = await snapshot(h.services);
    for (const who of ['dn', 'an'] as const) {
      for (const url of ['/api/audit', '/api/audit/verify']) {
        const r = await get(who, url);
        expect([r.statusCode, r.json().error.code], `${who} ${url}`).toEqual([403, 'forbidden']);
        expect(r.json().error.message).toMatch(/only the secretariat and admins/);
      }
    }
    for (const limit of ['0', '-1', 'ten', '1.5']) {
      const r = await get('sec', `/api/audit?limit=${limit}`);
      expect([r.statusCode, r.json().error.code], limit).toEqual([400, 'invalid_input']);
      expect(r.json().error.message).toMatch(/limit/);
    }
    expect(await snapshot(h.services)).toBe(before);
  });
});
