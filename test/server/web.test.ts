import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices } from '../../src/app/context.ts';
import { buildServer } from '../../src/server/app.ts';
import type { Store } from '../../src/store/database.ts';
import { pglite } from '../support/stores.ts';

describe('the built web app', () => {
  let store: Store;
  let webRoot: string;
  let app: ReturnType<typeof buildServer>;
  beforeAll(async () => {
    webRoot = mkdtempSync(path.join(tmpdir(), 'parley-web-'));
    mkdirSync(path.join(webRoot, 'assets'));
    writeFileSync(
      path.join(webRoot, 'index.html'),
      '<!doctype html><title>Parley</title><div id="root"></div>',
    );
    writeFileSync(path.join(webRoot, 'assets', 'app.js'), 'console.log("parley")');
    store = await pglite.open();
    app = buildServer({ services: createServices(store), webRoot });
  });
  afterAll(async () => {
    await app.close();
    await store.close();
    rmSync(webRoot, { recursive: true, force: true });
  });

  it('serves its files', async () => {
    const r = await app.inject({ method: 'GET', url: '/assets/app.js' });
    expect(r.statusCode).toBe(200);
    expect(r.body).toBe('console.log("parley")');
  });

  it('answers client routes with index.html', async () => {
    for (const url of ['/', '/drafts/v2', '/positions?party=north']) {
      const r = await app.inject({ method: 'GET', url });
      expect(r.statusCode, url).toBe(200);
      expect(r.headers['content-type']).toMatch(/^text\/html/);
      expect(r.body).toContain('<div id="root">');
    }
  });

  it('never answers an unknown API route with the app', async () => {
    const r = await app.inject({ method: 'GET', url: '/api/nothing-here' });
    expect(r.statusCode).toBe(404);
    expect(r.json().error.code).toBe('not_found');
  });
});
