import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
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

async function connect(url: string) {
  const socket = new WebSocket(url);
  const messages = listen(socket);
  await new Promise((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', reject);
  });
  expect((await messages.next()).data).toEqual({ type: 'hello' });
  return { socket, messages };
}

describe.each(backends)('the live channel on $name', (backend) => {
  let h: Harness;
  let base: string;
  beforeAll(async () => {
    h = await openHarness(backend);
    base = await h.app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(() => h.close());

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
