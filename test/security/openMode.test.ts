// Attack 6 of issue #11: open mode (no accounts yet) acts as the owner, so it must answer
// this machine only, by a loopback name and its own port, and no page on another site may
// write through it — a form post, DNS rebinding, a cross-site fetch.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { addUser } from '../../src/app/accounts.ts';
import { createServices } from '../../src/app/context.ts';
import { runUseCase } from '../../src/app/useCase.ts';
import { owner } from '../../src/core/actor.ts';
import { buildServer } from '../../src/server/app.ts';
import { openStore } from '../../src/store/database.ts';
import { exported, type Harness, openHarness, PASSWORD } from '../server/harness.ts';
import { pglite } from '../support/stores.ts';

/** Every write route the API documents, with its path parameters filled in. */
async function writeRoutes(app: FastifyInstance): Promise<{ method: string; url: string }[]> {
  const doc = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
    paths: Record<string, Record<string, unknown>>;
  };
  const routes: { method: string; url: string }[] = [];
  for (const [route, methods] of Object.entries(doc.paths)) {
    for (const method of Object.keys(methods)) {
      if (!['post', 'put', 'patch', 'delete'].includes(method)) continue;
      routes.push({ method: method.toUpperCase(), url: route.replace(/\{[^}]+\}/g, 'v2') });
    }
  }
  return routes;
}

describe('open mode refuses other sites (HTTP through inject)', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await openHarness(pglite);
  });
  afterEach(() => h.close());

  it('a cross-site text/plain form post to finalize is refused and the draft stays a working draft', async () => {
    const post = await h.app.inject({
      method: 'POST',
      url: '/api/drafts/v2/finalize',
      headers: { 'content-type': 'text/plain', origin: 'http://127.0.0.1' },
      payload: 'anything=1',
    });
    expect(post.statusCode).toBe(403);
    expect(post.json().error).toMatchObject({ code: 'csrf' });
    expect(post.json().error.message).toMatch(/application\/json or the x-csrf-token header/);
    const draft = await h.app.inject({ method: 'GET', url: '/api/drafts/v2' });
    expect(draft.json().state).toBe('working');
  });

  it('no write route accepts a simple request (form types, no type), in open mode or signed in', async () => {
    const before = await exported(h.app);
    const routes = await writeRoutes(h.app);
    expect(routes.length).toBeGreaterThan(15);
    const simple = [
      { 'content-type': 'text/plain' },
      { 'content-type': 'application/x-www-form-urlencoded' },
      { 'content-type': 'multipart/form-data; boundary=x' },
      {},
    ];
    for (const route of routes) {
      for (const headers of simple) {
        const answer = await h.app.inject({
          ...route,
          method: route.method as 'POST',
          headers,
          payload: 'a=1',
        });
        expect([route, headers, answer.statusCode]).toEqual([route, headers, 403]);
      }
    }
    expect(await exported(h.app)).toBe(before);
    // Signed in with a cookie: the same requests are refused before anything else is looked at.
    await runUseCase(h.services, owner, addUser, {
      id: 'sec',
      name: 'Sec',
      role: 'secretariat',
      password: PASSWORD,
    });
    const signIn = await h.app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { user: 'sec', password: PASSWORD },
    });
    const cookie = String(signIn.headers['set-cookie']).split(';')[0] ?? '';
    for (const route of routes) {
      const answer = await h.app.inject({
        ...route,
        method: route.method as 'POST',
        headers: { cookie, 'content-type': 'text/plain' },
        payload: 'a=1',
      });
      expect([route, answer.statusCode]).toEqual([route, 403]);
    }
  });

  it('a form cannot sign in either (no login CSRF)', async () => {
    const answer = await h.app.inject({
      method: 'POST',
      url: '/api/session',
      headers: { 'content-type': 'text/plain' },
      payload: JSON.stringify({ user: 'sec', password: PASSWORD }),
    });
    expect(answer.statusCode).toBe(403);
  });

  it('a request for another host name (DNS rebinding) gets nothing, not even the web app', async () => {
    for (const host of ['evil.example', 'evil.example:80', '192.168.1.10', 'localhost.evil.example']) {
      const answer = await h.app.inject({ method: 'GET', url: '/api/export', headers: { host } });
      expect([host, answer.statusCode]).toEqual([host, 403]);
      expect(answer.json().error.code).toBe('open_mode');
      expect(answer.body).not.toContain('Lake Treaty');
    }
    const page = await h.app.inject({ method: 'GET', url: '/', headers: { host: 'evil.example' } });
    expect(page.statusCode).toBe(403);
    for (const host of ['localhost', '127.0.0.1:80', '[::1]']) {
      const answer = await h.app.inject({ method: 'GET', url: '/api/export', headers: { host } });
      expect([host, answer.statusCode]).toEqual([host, 200]);
    }
  });

  it('a JSON write from a page on another site is refused by its Origin', async () => {
    const before = await exported(h.app);
    for (const origin of ['http://evil.example', 'null', 'http://localhost.evil.example']) {
      const answer = await h.app.inject({
        method: 'POST',
        url: '/api/parties',
        headers: { origin },
        payload: { id: 'east', name: 'East', role: 'observer' },
      });
      expect([origin, answer.statusCode]).toEqual([origin, 403]);
    }
    expect(await exported(h.app)).toBe(before);
  });

  it('a request from another machine is refused, whatever Host it claims', async () => {
    const answer = await h.app.inject({
      method: 'GET',
      url: '/api/export',
      remoteAddress: '203.0.113.7',
      headers: { host: '127.0.0.1' },
    });
    expect(answer.statusCode).toBe(403);
  });

  it('the first account ends open mode at once (the cached flag follows the change bus)', async () => {
    expect((await h.app.inject({ method: 'GET', url: '/api/drafts' })).statusCode).toBe(200);
    await runUseCase(h.services, owner, addUser, {
      id: 'sec',
      name: 'Sec',
      role: 'secretariat',
      password: PASSWORD,
    });
    expect((await h.app.inject({ method: 'GET', url: '/api/drafts' })).statusCode).toBe(401);
  });
});

/** One raw HTTP request, so that Host and Origin are exactly what a browser would send. */
function raw(port: number, headers: Record<string, string>, pathName = '/api/export') {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path: pathName, headers, setHost: false }, (res) => {
      let body = '';
      res.on('data', (chunk) => {
        body += String(chunk);
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('open mode on a real listening server', () => {
  let h: Harness;
  let app: FastifyInstance;
  let port: number;
  beforeAll(async () => {
    h = await openHarness(pglite);
    app = buildServer({ services: h.services });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    port = typeof address === 'object' && address ? address.port : 0;
  });
  afterAll(async () => {
    await app.close();
    await h.close();
  });

  it('answers its own loopback names and port only', async () => {
    expect((await raw(port, { host: `127.0.0.1:${port}` })).status).toBe(200);
    expect((await raw(port, { host: `localhost:${port}` })).status).toBe(200);
    const rebound = await raw(port, { host: `evil.example:${port}` });
    expect(rebound.status).toBe(403);
    expect(rebound.body).not.toContain('Lake Treaty');
    expect((await raw(port, { host: `localhost:${port + 1}` })).status).toBe(403);
    expect((await raw(port, { host: 'localhost' })).status).toBe(403);
    expect((await raw(port, { host: `localhost:${port}`, origin: 'http://evil.example' })).status).toBe(403);
    expect(
      (await raw(port, { host: `localhost:${port}`, origin: `http://localhost:${port + 1}` })).status,
    ).toBe(403);
    expect((await raw(port, { host: `localhost:${port}`, origin: `http://localhost:${port}` })).status).toBe(
      200,
    );
  });
});

describe('parley serve --host', () => {
  let home: string;
  let child: ChildProcess | undefined;
  beforeAll(() => {
    home = mkdtempSync(path.join(tmpdir(), 'parley-open-'));
  });
  afterAll(() => {
    if (child?.exitCode === null) child.kill('SIGKILL');
    rmSync(home, { recursive: true, force: true });
  });

  const serve = (host: string) => {
    const started = spawn(process.execPath, ['bin/parley.js', 'serve', '--port', '0', '--host', host], {
      env: { ...process.env, PARLEY_HOME: home, PARLEY_DATABASE_URL: '', PARLEY_LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    started.stdout?.on('data', (chunk) => {
      out += String(chunk);
    });
    started.stderr?.on('data', (chunk) => {
      out += String(chunk);
    });
    const ended = new Promise<number | null>((resolve) => started.once('exit', resolve));
    return { child: started, ended, output: () => out };
  };

  it('refuses a non-loopback address while no account exists, and serves on it once one does', async () => {
    const refused = serve('0.0.0.0');
    child = refused.child;
    expect(await refused.ended).toBe(6);
    expect(refused.output()).toMatch(/refusing to serve on 0\.0\.0\.0: this home has no accounts yet/);
    expect(refused.output()).toMatch(/parley user add/);

    // The refused start left a migrated home behind; add the first account to it.
    const store = await openStore({ home });
    await runUseCase(createServices(store), owner, addUser, {
      id: 'root',
      name: 'Root',
      role: 'admin',
      password: PASSWORD,
    });
    await store.close();
    const served = serve('0.0.0.0');
    child = served.child;
    await expect
      .poll(() => served.output(), { timeout: 90_000, interval: 100 })
      .toMatch(/Parley is serving .* at http:\/\/0\.0\.0\.0:\d+\//);
    served.child.kill('SIGTERM');
    expect(await served.ended).toBe(0);
  }, 180_000);
});
