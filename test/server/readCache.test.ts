// The read cache through the API: every reader gets the answer its own scope computes, in
// whatever order readers come, and every committed write — by this server, or on
// PostgreSQL by another process sharing the database — is seen by the next read.
import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { circulateDraft } from '../../src/app/circulation.ts';
import { createServices, write } from '../../src/app/context.ts';
import { setPosition } from '../../src/app/positions.ts';
import { owner } from '../../src/core/actor.ts';
import type { Position } from '../../src/core/model.ts';
import { buildServer } from '../../src/server/app.ts';
import { openStore } from '../../src/store/database.ts';
import { insertPosition } from '../../src/store/repo/positions.ts';
import { seedSmall } from '../support/fixtures.ts';
import { backends, postgresUrl, testServices } from '../support/stores.ts';
import { addAccounts, type Harness, openHarness } from './harness.ts';

type Headers = Record<string, string>;

describe.each(backends)('status and progress served once per version, on $name', (backend) => {
  let h: Harness;
  /** The same server computing every request: what each answer must equal. */
  let baseline: FastifyInstance;
  let as: (id: string) => Headers;

  beforeEach(async () => {
    h = await openHarness(backend);
    baseline = buildServer({ services: h.services, readCache: { capacity: 0 } });
    as = await addAccounts(h.services, [
      { id: 'nora', role: 'delegate', party: 'north' },
      { id: 'sid', role: 'delegate', party: 'south' },
      { id: 'bram', role: 'delegate', party: 'broker' },
      { id: 'ana', role: 'analyst' },
      { id: 'sec', role: 'secretariat' },
    ]);
    await write(h.services, owner, 'draft', async (ctx) => {
      await circulateDraft.run(ctx, { draft: 'v1', to: 'broker' });
      await circulateDraft.run(ctx, { draft: 'v2', to: 'north' });
    });
  });
  afterEach(async () => {
    await baseline.close();
    await h.close();
  });

  const get = (app: FastifyInstance, url: string, headers: Headers) =>
    app.inject({ method: 'GET', url, headers }).then((r) => ({ status: r.statusCode, body: r.json() }));
  /** The cached server's answer, checked against the baseline's for the same reader. */
  const read = async (user: string, url: string) => {
    const answer = await get(h.app, url, as(user));
    expect(answer, `${user} ${url}`).toEqual(await get(baseline, url, as(user)));
    return answer;
  };
  const post = async (user: string, url: string, payload: object) => {
    const r = await h.app.inject({ method: 'POST', url, payload, headers: as(user) });
    expect(r.statusCode, r.body).toBe(201);
    return r.json();
  };
  const paths = (answer: { body: { rows: { path: string }[] } }) => answer.body.rows.map((r) => r.path);

  it("gives each reader its own scope's answer, whoever read first", async () => {
    // The broker's delegate reads first: v1 without the fisheries provision it is not on.
    const broker = await read('bram', '/api/status');
    expect(broker.body.draft.id).toBe('v1');
    expect(paths(broker)).toEqual(['1', '3']);
    const north = await read('nora', '/api/status');
    expect(north.body.draft.id).toBe('v2');
    expect((await read('sid', '/api/status')).status).toBe(404);
    expect((await read('ana', '/api/status')).status).toBe(404);
    const staff = await read('sec', '/api/status');
    expect(staff.body.draft.id).toBe('v2');
    // The same draft asked by id: staff see the fisheries provision, the broker still does not.
    expect(paths(await read('sec', '/api/status?draft=v1'))).toEqual(['1', '2', '3']);
    expect(paths(await read('bram', '/api/status?draft=v1'))).toEqual(['1', '3']);
    expect((await read('nora', '/api/status?draft=v1')).status).toBe(404);
    expect((await read('bram', '/api/progress?draft=v2')).status).toBe(404);
    expect(await read('bram', '/api/status')).toEqual(broker);
  });

  it("never shows one party's private stance to another party, in either order", async () => {
    await write(h.services, owner, 'draft', (ctx) => circulateDraft.run(ctx, { draft: 'v2', to: 'south' }));
    await post('nora', '/api/positions', {
      party: 'north',
      draft: 'v2',
      provision: '1',
      stance: 'red_line',
      asOf: '2025-03-11',
    });
    const north = await read('nora', '/api/status?draft=v2');
    expect(north.body.rows[0].stances).toEqual({ north: 'red_line' });
    expect(north.body.rows[0].blockers).toEqual(['north']);
    const south = await read('sid', '/api/status?draft=v2');
    expect(south.body.rows[0].stances).toEqual({});
    expect(south.body.rows[0].blockers).toEqual([]);
    expect(await read('sid', '/api/progress?draft=v2')).toMatchObject({ body: [] });
    expect((await read('nora', '/api/progress?draft=v2')).body).toHaveLength(1);
    expect((await read('sec', '/api/status?draft=v2')).body.rows[0].blockers).toEqual(['north']);
  });

  it("sees this server's writes at once: a stance, and a circulation changing that party's view", async () => {
    expect((await read('sec', '/api/status')).body.rows[0].stances).toEqual({});
    expect((await read('sid', '/api/status')).status).toBe(404);
    await post('sec', '/api/positions', {
      party: 'south',
      draft: 'v2',
      provision: '1',
      stance: 'accept',
      asOf: '2025-03-11',
      source: 'gazette-1',
    });
    expect((await read('sec', '/api/status')).body.rows[0].stances).toEqual({ south: 'accept' });
    await post('sec', '/api/drafts/v2/circulations', { to: 'south' });
    const south = await read('sid', '/api/status');
    expect(south.body.draft.id).toBe('v2');
    expect(south.body.rows[0].stances).toEqual({ south: 'accept' });
    // Still nothing for a party that was not sent the draft.
    expect((await read('bram', '/api/status?draft=v2')).status).toBe(404);
    // A write through the app in this process, not through the API, publishes on the same bus.
    await write(h.services, owner, 'position', (ctx) =>
      setPosition(ctx, { party: 'north', draft: 'v2', provision: '1', stance: 'amend', asOf: '2025-03-12' }),
    );
    expect((await read('sec', '/api/status')).body.rows[0].stances).toEqual({
      north: 'amend',
      south: 'accept',
    });
  });

  it('refuses a summary holder the table each time, and gives it once the text is sent', async () => {
    await post('sec', '/api/drafts/v2/circulations', { to: 'south', summary: 'One commission.' });
    expect((await read('sec', '/api/status?draft=v2')).status).toBe(200);
    for (let i = 0; i < 2; i++) {
      expect((await read('sid', '/api/status?draft=v2')).body.error.code).toBe('forbidden');
      expect((await read('sid', '/api/status')).status).toBe(404);
    }
    await post('sec', '/api/drafts/v2/circulations', { to: 'south' });
    expect((await read('sid', '/api/status?draft=v2')).body.draft.id).toBe('v2');
    expect((await read('sid', '/api/status')).body.draft.id).toBe('v2');
  });

  it('keeps as-of dates apart', async () => {
    for (const [party, stance, asOf] of [
      ['north', 'accept', '2025-03-11'],
      ['south', 'reject', '2025-03-12'],
      ['south', 'accept', '2025-03-13'],
    ] as const) {
      await post('sec', '/api/positions', { party, draft: 'v2', provision: '1', stance, asOf });
    }
    const states = async (asOf?: string) => {
      const url = `/api/status?draft=v2${asOf ? `&asOf=${asOf}` : ''}`;
      const answer = await read('sec', url);
      return [answer.body.asOf, answer.body.rows[0].stances];
    };
    expect(await states('2025-03-12')).toEqual(['2025-03-12', { north: 'accept', south: 'reject' }]);
    expect(await states('2025-03-11')).toEqual(['2025-03-11', { north: 'accept' }]);
    expect(await states()).toEqual([undefined, { north: 'accept', south: 'accept' }]);
    expect(await states('2025-03-12')).toEqual(['2025-03-12', { north: 'accept', south: 'reject' }]);
  });

  it('answers from the cache until a write is committed (a row slipped in unlogged is not seen)', async () => {
    const logged: Position = await post('sec', '/api/positions', {
      party: 'north',
      draft: 'v2',
      provision: '1',
      stance: 'accept',
      asOf: '2025-03-11',
    });
    expect((await read('sec', '/api/status')).body.rows[0].stances).toEqual({ north: 'accept' });
    // Behind every process's back: no audit entry, no change published. Only a cache hit
    // explains the old answer, since computing again sees the row.
    await insertPosition(h.store.db, { ...logged, id: 'unlogged', party: 'south', stance: 'reject' });
    const cached = await get(h.app, '/api/status', as('sec'));
    expect(cached.body.rows[0].stances).toEqual({ north: 'accept' });
    const computed = await get(baseline, '/api/status', as('sec'));
    expect(computed.body.rows[0].stances).toEqual({ north: 'accept', south: 'reject' });
    // The next committed write makes the cached answer unreachable.
    await post('sec', '/api/positions', {
      party: 'broker',
      draft: 'v2',
      provision: '2',
      stance: 'accept',
      asOf: '2025-03-12',
    });
    expect((await read('sec', '/api/status')).body.rows[0].stances).toEqual({
      north: 'accept',
      south: 'reject',
    });
  });
});

// Another server instance or a CLI writing to the same PostgreSQL database publishes on its
// own bus, which this server never hears: the audit head it checks per read must catch it.
describe.skipIf(!postgresUrl)('status after a write by another process, on postgres', () => {
  let url: string;
  let name: string;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: postgresUrl });
    await client.connect();
    await client.query(sql);
    await client.end();
  };
  beforeEach(async () => {
    name = `parley_test_${randomBytes(6).toString('hex')}`;
    await admin(`create database ${name}`);
    const u = new URL(postgresUrl!);
    u.pathname = `/${name}`;
    url = u.toString();
  });
  afterEach(() => admin(`drop database if exists ${name}`));

  it('sees a stance recorded through a second connection pool with its own change bus', async () => {
    const ours = testServices(await openStore({ databaseUrl: url }));
    const theirs = createServices(await openStore({ databaseUrl: url }));
    const app = buildServer({ services: ours });
    try {
      await seedSmall(ours);
      const stances = async () => (await app.inject('/api/status?draft=v2')).json().rows[0].stances;
      expect(await stances()).toEqual({});
      expect(await stances()).toEqual({});
      await write(theirs, owner, 'position', (ctx) =>
        setPosition(ctx, {
          party: 'south',
          draft: 'v2',
          provision: '1',
          stance: 'reject',
          asOf: '2025-03-11',
        }),
      );
      expect(await stances()).toEqual({ south: 'reject' });
    } finally {
      await app.close();
      await ours.store.close();
      await theirs.store.close();
    }
  });
});
