import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { addToken, addUser } from '../../src/app/accounts.ts';
import { circulateDraft } from '../../src/app/circulation.ts';
import { write } from '../../src/app/context.ts';
import { owner } from '../../src/core/actor.ts';
import { backends } from '../support/stores.ts';
import { type Harness, openHarness } from './harness.ts';

/** Collects a socket's messages and lets a test wait for the next one. */
function listen(socket: WebSocket) {
  const queue: { at: number; data: Record<string, unknown> }[] = [];
  let wake: (() => void) | undefined;
  socket.on('message', (raw) => {
    queue.push({ at: performance.now(), data: JSON.parse(String(raw)) });
    wake?.();
  });
  return {
    async next(timeout = 5000) {
      const deadline = Date.now() + timeout;
      while (queue.length === 0) {
        if (Date.now() > deadline) throw new Error('no message on the live channel');
        await new Promise<void>((resolve) => {
          wake = resolve;
          setTimeout(resolve, 50);
        });
      }
      return queue.shift()!;
    },
    pending: () => queue.length,
  };
}

async function connect(url: string, headers: Record<string, string> = {}) {
  const socket = new WebSocket(url, { headers });
  const messages = listen(socket);
  await new Promise((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', reject);
  });
  expect((await messages.next()).data).toEqual({ type: 'hello', cursor: expect.any(String) });
  return { socket, messages };
}

describe.each(backends)('the live channel on $name', (backend) => {
  let h: Harness;
  let base: string;
  beforeAll(async () => {
    h = await openHarness(backend);
    base = await h.app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(() => h.close(), 15_000);

  it('sends every open client the change a POST committed', async () => {
    const url = `${base.replace(/^http/, 'ws')}/api/live`;
    const clients = [await connect(url), await connect(url)];
    // The clock starts at the commit: the write itself is the database's time, not the channel's.
    let committed = Number.NaN;
    const stop = h.services.bus.subscribe(() => {
      committed = performance.now();
    });
    const response = await fetch(`${base}/api/parties`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ id: 'isle', name: 'Island League', role: 'guarantor' }),
    });
    expect(response.status).toBe(201);
    const answered = performance.now();
    stop();
    for (const { socket, messages } of clients) {
      const { at, data } = await messages.next();
      expect(data).toEqual({
        type: 'change',
        cursor: expect.any(String),
        entity: 'party',
        id: 'isle',
        action: 'add',
        at: expect.any(String),
      });
      // Ids and kinds only: the record itself is fetched through the API.
      expect(data).not.toHaveProperty('name');
      const latency = at - committed;
      console.log(
        `live channel on ${backend.name}: ${latency.toFixed(1)} ms from commit to client ` +
          `(${(at - answered).toFixed(1)} ms relative to the HTTP response)`,
      );
      // Timings stay out of assertions (DESIGN.md); the figure is printed and recorded in bench/RESULTS.md.
      expect(latency).toBeGreaterThanOrEqual(0);
      socket.close();
    }
  });

  it('sends nothing for a failed write', async () => {
    const { socket, messages } = await connect(`${base.replace(/^http/, 'ws')}/api/live`);
    const r = await fetch(`${base}/api/parties`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ id: 'north', name: 'Again', role: 'observer' }),
    });
    expect(r.status).toBe(409);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(messages.pending()).toBe(0);
    socket.close();
  });
});

describe.each(backends)('the live channel with accounts, on $name', (backend) => {
  let h: Harness;
  let base: string;
  let url: string;
  const bearer: Record<string, { authorization: string }> = {};
  beforeAll(async () => {
    h = await openHarness(backend);
    base = await h.app.listen({ port: 0, host: '127.0.0.1' });
    url = `${base.replace(/^http/, 'ws')}/api/live`;
    await write(h.services, owner, 'user', async (ctx) => {
      await circulateDraft.run(ctx, { draft: 'v1', to: 'north' });
      for (const [id, role, party] of [
        ['sec', 'secretariat'],
        ['dn', 'delegate', 'north'],
        ['ds', 'delegate', 'south'],
      ] as const) {
        await addUser.run(ctx, {
          id,
          name: id,
          role,
          ...(party ? { party } : {}),
          password: 'a long passphrase',
        });
        bearer[id] = { authorization: `Bearer ${(await addToken.run(ctx, { user: id })).token}` };
      }
    });
  });
  afterAll(() => h.close(), 15_000);

  const post = (path: string, as: string, body: unknown) =>
    fetch(`${base}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...bearer[as] },
      body: JSON.stringify(body),
    });

  it('refuses an upgrade without a credential (401) or with a session cookie from another site', async () => {
    const refused = (headers: Record<string, string>) =>
      new Promise<string>((resolve) => {
        const socket = new WebSocket(url, { headers });
        socket.once('unexpected-response', (request, response) => {
          request.destroy();
          resolve(String(response.statusCode));
        });
        socket.once('open', () => {
          socket.terminate();
          resolve('opened');
        });
        socket.once('error', (error) => resolve(error.message));
      });
    expect(await refused({})).toBe('401');
    expect(await refused({ authorization: 'Bearer pat_guessed' })).toBe('401');
    const signIn = await fetch(`${base}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ user: 'dn', password: 'a long passphrase' }),
    });
    const cookie = String(signIn.headers.get('set-cookie')).split(';')[0]!;
    expect(await refused({ cookie, origin: 'https://elsewhere.example' })).toBe('403');
    const { socket } = await connect(url, { cookie, origin: base });
    socket.close();
  });

  it('closes a socket whose session ended: signing out ends the live channel too', async () => {
    const signIn = await fetch(`${base}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ user: 'dn', password: 'a long passphrase' }),
    });
    const { csrf } = (await signIn.json()) as { csrf: string };
    const cookie = String(signIn.headers.get('set-cookie')).split(';')[0]!;
    const { socket } = await connect(url, { cookie, origin: base });
    const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
    const out = await fetch(`${base}/api/session`, {
      method: 'DELETE',
      headers: { cookie, 'x-csrf-token': csrf },
    });
    expect(out.status).toBe(204);
    expect(await closed).toBe(4401);
  });

  it('sends a change only to those who may read it: a private stance to its party and staff, an uncirculated draft to staff', async () => {
    const sec = await connect(url, bearer.sec);
    const north = await connect(url, bearer.dn);
    const south = await connect(url, bearer.ds);
    const stance = await post('/api/positions', 'dn', {
      party: 'north',
      draft: 'v1',
      provision: '1',
      stance: 'accept',
      asOf: '2025-03-04',
    });
    expect(stance.status).toBe(201);
    const { id } = (await stance.json()) as { id: string };
    const draft = await post('/api/drafts', 'sec', {
      text: '1. The lake is shared.\n2. Boats pass freely.',
      label: 'Secret text',
      id: 'v3',
    });
    expect(draft.status).toBe(201);
    // Something everyone at the table may see, so that the order proves what was skipped.
    expect((await post('/api/parties', 'sec', { id: 'isle', name: 'Isle', role: 'observer' })).status).toBe(
      201,
    );
    const seen = async (client: Awaited<ReturnType<typeof connect>>, count: number) => {
      const out: string[] = [];
      for (let i = 0; i < count; i++) {
        const { data } = await client.messages.next();
        out.push(`${data.entity}:${data.id}`);
      }
      return out;
    };
    expect(await seen(sec, 3)).toEqual([`position:${id}`, 'draft:v3', 'party:isle']);
    expect(await seen(north, 2)).toEqual([`position:${id}`, 'party:isle']);
    expect(await seen(south, 1)).toEqual(['party:isle']);
    for (const client of [sec, north, south]) {
      expect(client.messages.pending()).toBe(0);
      client.socket.close();
    }
  });
});
