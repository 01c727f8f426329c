// Signing in over HTTP: open mode until the first account, then cookies with CSRF,
// bearer tokens, 401, and signing out.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addToken, addUser } from '../../src/app/accounts.ts';
import { runUseCase } from '../../src/app/useCase.ts';
import { owner } from '../../src/core/actor.ts';
import { backends } from '../support/stores.ts';
import { type Harness, openHarness } from './harness.ts';

const password = 'correct horse battery';

describe.each(backends)('authentication at the edge, on $name', (backend) => {
  let h: Harness;
  beforeEach(async () => {
    h = await openHarness(backend);
  });
  afterEach(() => h.close());

  const addAccount = (id: string, role: string, party?: string) =>
    runUseCase(h.services, owner, addUser, { id, name: id, role, ...(party ? { party } : {}), password });
  const signIn = (user: string, pw = password) =>
    h.app.inject({ method: 'POST', url: '/api/session', payload: { user, password: pw } });

  it('open mode: without accounts every request acts as the owner', async () => {
    expect((await h.app.inject({ method: 'GET', url: '/api/drafts' })).statusCode).toBe(200);
    const who = await h.app.inject({ method: 'GET', url: '/api/session' });
    expect(who.json()).toMatchObject({ user: 'owner', role: 'owner' });
  });

  it('once an account exists, unauthenticated requests are 401 except sign-in, health and openapi', async () => {
    await addAccount('sec', 'secretariat');
    const denied = await h.app.inject({ method: 'GET', url: '/api/drafts' });
    expect(denied.statusCode).toBe(401);
    expect(denied.json().error.code).toBe('unauthorized');
    expect((await h.app.inject({ method: 'GET', url: '/api/session' })).statusCode).toBe(401);
    expect((await h.app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
    expect((await h.app.inject({ method: 'GET', url: '/api/openapi.json' })).statusCode).toBe(200);
  });

  it('signs in with a cookie, requires the CSRF header on writes, and signs out', async () => {
    await addAccount('sec', 'secretariat');
    const bad = await signIn('sec', 'wrong password!');
    expect(bad.statusCode).toBe(401);
    expect(bad.json().error.code).toBe('unauthorized');
    const ok = await signIn('sec');
    expect(ok.statusCode).toBe(200);
    const body = ok.json();
    expect(body).toMatchObject({ user: 'sec', role: 'secretariat' });
    const setCookie = String(ok.headers['set-cookie']);
    expect(setCookie).toMatch(/^parley_session=[^;]+; Path=\/; HttpOnly; SameSite=Strict/);
    expect(setCookie).not.toMatch(/Secure/);
    const cookie = setCookie.split(';')[0]!;
    const who = await h.app.inject({ method: 'GET', url: '/api/session', headers: { cookie } });
    expect(who.json()).toMatchObject({ user: 'sec', csrf: body.csrf });
    const party = { id: 'east', name: 'East', role: 'observer' };
    const noCsrf = await h.app.inject({
      method: 'POST',
      url: '/api/parties',
      headers: { cookie },
      payload: party,
    });
    expect(noCsrf.statusCode).toBe(403);
    expect(noCsrf.json().error.code).toBe('csrf');
    const withCsrf = await h.app.inject({
      method: 'POST',
      url: '/api/parties',
      headers: { cookie, 'x-csrf-token': body.csrf },
      payload: party,
    });
    expect(withCsrf.statusCode).toBe(201);
    const out = await h.app.inject({
      method: 'DELETE',
      url: '/api/session',
      headers: { cookie, 'x-csrf-token': body.csrf },
    });
    expect(out.statusCode).toBe(204);
    expect((await h.app.inject({ method: 'GET', url: '/api/drafts', headers: { cookie } })).statusCode).toBe(
      401,
    );
  });

  it('bearer tokens act without a CSRF header', async () => {
    await addAccount('sec', 'secretariat');
    const { token } = await runUseCase(h.services, owner, addToken, { user: 'sec' });
    const headers = { authorization: `Bearer ${token}` };
    const created = await h.app.inject({
      method: 'POST',
      url: '/api/parties',
      headers,
      payload: { id: 'east', name: 'East', role: 'observer' },
    });
    expect(created.statusCode).toBe(201);
    const wrong = await h.app.inject({
      method: 'GET',
      url: '/api/drafts',
      headers: { authorization: 'Bearer nope' },
    });
    expect(wrong.statusCode).toBe(401);
  });

  // Failed sign-ins are throttled, never locked: test/security/throttle.test.ts.
});
