// The server keeps resolved credentials between requests (app/credentialCache.ts), so a
// token client's reads cost no lookup. As an attacker whose token was just revoked, or
// whose session just ran out, would try it: use the credential until the moment it ends,
// so that it sits in the cache, then keep using it. Every request after the end is a 401.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addToken } from '../../src/app/accounts.ts';
import { SESSION_MS } from '../../src/app/sessions.ts';
import { runUseCase } from '../../src/app/useCase.ts';
import { addAccounts, type Harness, openHarness, PASSWORD } from '../server/harness.ts';
import { backends } from '../support/stores.ts';

describe.each(backends)('cached credentials end when the credential does, on $name', (backend) => {
  let h: Harness;
  let as: (id: string) => { authorization: string };
  beforeEach(async () => {
    h = await openHarness(backend);
    as = await addAccounts(h.services, [
      { id: 'sec', role: 'secretariat' },
      { id: 'north-1', role: 'delegate', party: 'north' },
    ]);
  });
  afterEach(() => h.close());
  const get = (url: string, headers: Record<string, string>) => h.app.inject({ method: 'GET', url, headers });

  it('a revoked token fails at once, though it was used a moment before', async () => {
    const headers = as('north-1');
    for (let i = 0; i < 3; i++) expect((await get('/api/progress', headers)).statusCode).toBe(200);
    const revoked = await h.app.inject({ method: 'DELETE', url: '/api/session', headers });
    expect(revoked.statusCode).toBe(204);
    const after = await get('/api/progress', headers);
    expect(after.statusCode).toBe(401);
    expect(after.json().error.code).toBe('unauthorized');
    // Nobody else was signed out with it.
    expect((await get('/api/status', as('sec'))).statusCode).toBe(200);
  });

  it('a token revoked by another client (its holder signing out elsewhere) fails at once', async () => {
    const { token } = await runUseCase(
      h.services,
      { kind: 'user', id: 'north-1', role: 'delegate', party: 'north' },
      addToken,
      { user: 'north-1' },
    );
    const second = { authorization: `Bearer ${token}` };
    expect((await get('/api/progress', second)).statusCode).toBe(200);
    expect((await get('/api/progress', as('north-1'))).statusCode).toBe(200);
    expect((await h.app.inject({ method: 'DELETE', url: '/api/session', headers: second })).statusCode).toBe(
      204,
    );
    expect((await get('/api/progress', second)).statusCode).toBe(401);
    expect((await get('/api/progress', as('north-1'))).statusCode).toBe(200);
  });

  it('a session cookie fails from its expiry on, though it was just used', async () => {
    const signIn = await h.app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { user: 'sec', password: PASSWORD },
    });
    expect(signIn.statusCode).toBe(200);
    const cookie = String(signIn.headers['set-cookie']).split(';')[0] ?? '';
    expect((await get('/api/drafts', { cookie })).statusCode).toBe(200);
    expect((await get('/api/drafts', { cookie })).statusCode).toBe(200);
    // The same instant the session ends, and no write in between: only the expiry stops it.
    const ends = Date.parse(signIn.json().expiresAt);
    expect(ends - h.services.clock().getTime()).toBeLessThanOrEqual(SESSION_MS);
    const clock = h.services.clock;
    Object.assign(h.services, { clock: () => new Date(ends) });
    try {
      expect((await get('/api/drafts', { cookie })).statusCode).toBe(401);
    } finally {
      Object.assign(h.services, { clock });
    }
  });
});
