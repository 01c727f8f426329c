// Several servers on one PostgreSQL database: a change written through one reaches the
// live clients of every other, a listener that loses its connection catches up with nothing
// lost or repeated, a client of a server killed with SIGKILL reconnects to another and is
// sent what it missed, and the write limit holds across servers. Plus the catch-up of a
// reconnecting client on one server, on every backend.

import { type ChildProcess, spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createServices, type Services, write } from '../../src/app/context.ts';
import { setPosition } from '../../src/app/positions.ts';
import { addParty } from '../../src/app/roster.ts';
import { runUseCase } from '../../src/app/useCase.ts';
import { owner } from '../../src/core/actor.ts';
import { buildServer } from '../../src/server/app.ts';
import { cursorSeal } from '../../src/server/liveCursor.ts';
import { openPostgresBus, type PostgresBus } from '../../src/server/postgresBus.ts';
import { openStore } from '../../src/store/database.ts';
import { selectLastSeq } from '../../src/store/repo/changes.ts';
import { seedSmall } from '../support/fixtures.ts';
import { backends, postgresUrl } from '../support/stores.ts';
import { addAccounts, type Harness, openHarness } from './harness.ts';
import { connectLive, TEST_FINGERPRINT_SECRET, testCursors } from './liveClient.ts';

const party = (id: string) => ({ id, name: `Party ${id}`, role: 'observer' as const });

describe.each(backends)('a reconnecting live client on $name', (backend) => {
  let h: Harness;
  let base: string;
  let as: Awaited<ReturnType<typeof addAccounts>>;
  beforeAll(async () => {
    h = await openHarness(backend);
    base = await h.app.listen({ port: 0, host: '127.0.0.1' });
    as = await addAccounts(h.services, [
      { id: 'sec', role: 'secretariat' },
      { id: 'dn', role: 'delegate', party: 'north' },
    ]);
  });
  afterAll(() => h.close(), 15_000);

  const post = (path: string, who: string, body: unknown) =>
    fetch(`${base}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...as(who) },
      body: JSON.stringify(body),
    });

  it('sends what it missed since its last cursor, only what its actor may read, then hello', async () => {
    const first = await connectLive(base, { headers: as('dn') });
    const since = first.lastCursor();
    first.socket.close();
    await first.closed;
    // While away: a stance of the south (private to it), then a party everyone may see.
    const stance = await post('/api/positions', 'sec', {
      party: 'south',
      draft: 'v2',
      provision: '1',
      stance: 'reject',
      asOf: '2025-03-11',
    });
    expect(stance.status).toBe(201);
    const { id } = (await stance.json()) as { id: string };
    expect((await post('/api/parties', 'sec', party('isle'))).status).toBe(201);
    const back = await connectLive(base, { since, headers: as('dn') });
    expect(back.messages.map((m) => m.type)).toEqual(['change', 'hello']);
    expect(back.changes()).toEqual(['party:isle']);
    // Staff hear both, in commit order.
    const staff = await connectLive(base, { since, headers: as('sec') });
    expect(staff.changes()).toEqual([`position:${id}`, 'party:isle']);
    // Caught up: the next change is sent live, once.
    expect((await post('/api/parties', 'sec', party('cove'))).status).toBe(201);
    await back.waitForChanges(2);
    expect(back.changes()).toEqual(['party:isle', 'party:cove']);
    for (const client of [back, staff]) client.socket.close();
  });

  it('tells a client whose seq this log never reached to refetch everything', async () => {
    const client = await connectLive(base, { since: testCursors.seal(1_000_000), headers: as('sec') });
    expect(client.messages.map((m) => m.type)).toEqual(['resync', 'hello']);
    expect(client.lastSeq()).toBeLessThan(1_000_000);
    client.socket.close();
  });

  it('tells a client with a cursor it did not seal (forged, or another secret) to refetch everything', async () => {
    const forged = cursorSeal('another deployment').seal(3);
    for (const since of ['yesterday', forged]) {
      const client = await connectLive(base, { since, headers: as('sec') });
      expect(client.messages.map((m) => m.type)).toEqual(['resync', 'hello']);
      client.socket.close();
    }
  });

  it('gives a delegate cursors that do not count what it was not sent', async () => {
    const client = await connectLive(base, { headers: as('dn') });
    // Hidden from the north: the south's own stance. Then a change it may hear.
    const hidden = await post('/api/positions', 'sec', {
      party: 'south',
      draft: 'v2',
      provision: '1',
      stance: 'accept',
      asOf: '2025-03-12',
    });
    expect(hidden.status).toBe(201);
    expect((await post('/api/parties', 'sec', party('reef'))).status).toBe(201);
    await client.waitForChanges(1);
    const raw = client.messages.map(({ seq: _, ...sent }) => JSON.stringify(sent)).join('\n');
    expect(raw).not.toMatch(/"seq"/);
    // Sealed: two cursors for one seq differ, and neither shows it.
    const hello = client.messages.find((m) => m.type === 'hello')!;
    expect(testCursors.seal(hello.seq!)).not.toBe(hello.cursor);
    client.socket.close();
  });
});

/** A fresh database on the test server, dropped at the end. */
async function freshDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `parley_test_${randomBytes(6).toString('hex')}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: postgresUrl });
    await client.connect();
    await client.query(statement);
    await client.end();
  };
  await admin(`create database ${name}`);
  const url = new URL(postgresUrl ?? '');
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => admin(`drop database if exists ${name} with (force)`),
  };
}

interface Node {
  services: Services;
  bus: PostgresBus;
  app: FastifyInstance;
  base: string;
  close(): Promise<void>;
}

/** A server as `parley serve` runs it on PostgreSQL: its own pool and its own listening connection. */
async function startNode(url: string, writesPerMinute?: number): Promise<Node> {
  const store = await openStore({ databaseUrl: url });
  const bus = await openPostgresBus(store, { reconcileMs: 500 });
  const services = createServices(store, { bus });
  const app = buildServer({ services, ...(writesPerMinute ? { writesPerMinute } : {}) });
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    services,
    bus,
    app,
    base,
    async close() {
      await app.close();
      await bus.close();
      await store.close();
    },
  };
}

/** `parley serve` in a child process, resolved once it listens. */
async function spawnServer(url: string, home: string): Promise<{ child: ChildProcess; base: string }> {
  const child = spawn(process.execPath, ['bin/parley.js', 'serve', '--port', '0'], {
    env: {
      ...process.env,
      PARLEY_DATABASE_URL: url,
      // The tests' services sign with the test seed; a server with another would refuse to write.
      PARLEY_AUDIT_SEED: createHash('sha256').update('parley-test-only:audit').digest('hex'),
      // And the same fingerprint secret, which seals live cursors: a client moving between
      // servers carries one sealed by another (the README says to share it).
      PARLEY_FINGERPRINT_SECRET: TEST_FINGERPRINT_SECRET,
      HOME: home,
      PARLEY_LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const base = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`parley serve did not start: ${out}`)), 60_000);
    const seen = (chunk: Buffer) => {
      out += String(chunk);
      const match = /at (http:\/\/\S+?)\/? \(/.exec(out);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', seen);
    child.stderr?.on('data', seen);
    child.once('exit', (code) => reject(new Error(`parley serve exited (${code}): ${out}`)));
  });
  return { child, base };
}

describe.skipIf(!postgresUrl)('several servers on one PostgreSQL', () => {
  let db: Awaited<ReturnType<typeof freshDatabase>>;
  let a: Node;
  let b: Node;
  beforeEach(async () => {
    db = await freshDatabase();
    a = await startNode(db.url);
    b = await startNode(db.url);
    await seedSmall(a.services);
    // A client's hello carries the cursor its server has heard: wait until both servers have
    // heard the seed, or a client of B may be sent the seed after its hello (correctly, but
    // not what these tests count).
    const head = await selectLastSeq(a.services.store.db);
    for (let waited = 0; b.bus.heard() !== head || a.bus.heard() !== head; waited += 20) {
      if (waited > 10_000) throw new Error(`the servers never heard the seed (head ${head})`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  });
  afterEach(async () => {
    await a?.close();
    await b?.close();
    await db.drop();
  }, 30_000);

  const addPartyVia = (node: Node, id: string, headers: Record<string, string> = {}) =>
    fetch(`${node.base}/api/parties`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(party(id)),
    });

  it("a change written through one server reaches the other's clients, once, with its seq", async () => {
    const onA = await connectLive(a.base);
    const onB = await connectLive(b.base);
    expect((await addPartyVia(a, 'isle')).status).toBe(201);
    expect((await addPartyVia(b, 'cove')).status).toBe(201);
    // A CLI (or any writer) with only an in-process bus announces its writes too.
    const cli = createServices(await openStore({ databaseUrl: db.url }));
    await runUseCase(cli, owner, addParty, party('reef'));
    await cli.store.close();
    for (const client of [onA, onB]) {
      await client.waitForChanges(3);
      expect(client.changes()).toEqual(['party:isle', 'party:cove', 'party:reef']);
      const seqs = client.messages.filter((m) => m.type === 'change').map((m) => m.seq ?? -1);
      expect(seqs[1]).toBe(seqs[0]! + 1);
      expect(seqs[2]).toBe(seqs[1]! + 1);
      client.socket.close();
    }
    // The read cache follows the bus: B answers with A's latest write at once.
    await write(a.services, owner, 'position', (ctx) =>
      setPosition(ctx, { party: 'south', draft: 'v2', provision: '1', stance: 'reject', asOf: '2025-03-11' }),
    );
    const stances = async () => (await b.app.inject('/api/status?draft=v2')).json().rows[0].stances;
    await expect.poll(stances, { timeout: 5_000 }).toEqual({ south: 'reject' });
  });

  it('servers whose connections are cut reconnect and catch up: nothing lost, nothing twice', async () => {
    const onB = await connectLive(b.base);
    const admin = new pg.Client({ connectionString: db.url });
    await admin.connect();
    // Cut every connection of both servers — the listening ones and the pools' idle ones —
    // then write through A meanwhile: the pools open new ones, the listeners reconnect.
    const cut = await admin.query(
      `select pg_terminate_backend(pid) as cut from pg_stat_activity
       where datname = current_database() and pid <> pg_backend_pid()`,
    );
    expect(cut.rowCount).toBeGreaterThanOrEqual(2); // at least A's and B's listeners
    await admin.end();
    for (const id of ['p1', 'p2', 'p3', 'p4', 'p5']) expect((await addPartyVia(a, id)).status).toBe(201);
    await onB.waitForChanges(5);
    expect(onB.changes()).toEqual(['party:p1', 'party:p2', 'party:p3', 'party:p4', 'party:p5']);
    expect((await addPartyVia(b, 'p6')).status).toBe(201);
    await onB.waitForChanges(6);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(onB.changes()).toHaveLength(6);
    onB.socket.close();
  });

  it('the clients of a server killed with SIGKILL reconnect to another and get what they missed', async () => {
    const home = mkdtempSync(path.join(os.tmpdir(), 'parley-scale-'));
    const doomed = await spawnServer(db.url, home);
    try {
      const client = await connectLive(doomed.base);
      expect((await addPartyVia(a, 'before')).status).toBe(201);
      await client.waitForChanges(1);
      const since = client.lastCursor();
      doomed.child.kill('SIGKILL');
      expect(await client.closed).toBe(1006); // dropped, not closed
      for (const id of ['during1', 'during2']) expect((await addPartyVia(a, id)).status).toBe(201);
      const moved = await connectLive(b.base, { since });
      expect(moved.changes()).toEqual(['party:during1', 'party:during2']);
      expect((await addPartyVia(a, 'after')).status).toBe(201);
      await moved.waitForChanges(3);
      expect(moved.changes()).toEqual(['party:during1', 'party:during2', 'party:after']);
      moved.socket.close();
    } finally {
      doomed.child.kill('SIGKILL');
      rmSync(home, { recursive: true, force: true });
    }
  }, 90_000);

  it('the write limit is shared: requests spread over two servers get no more than one would allow', async () => {
    const as = await addAccounts(a.services, [{ id: 'sec', role: 'secretariat' }]);
    const strict = [await startNode(db.url, 4), await startNode(db.url, 4)];
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 6; i++) {
        const response = await addPartyVia(strict[i % 2]!, `q${i}`, as('sec'));
        statuses.push(response.status);
        if (response.status === 429) expect(response.headers.get('retry-after')).toMatch(/^\d+$/);
      }
      // 4 a minute, whichever server is asked.
      expect(statuses).toEqual([201, 201, 201, 201, 429, 429]);
    } finally {
      for (const node of strict) await node.close();
    }
  });
});
