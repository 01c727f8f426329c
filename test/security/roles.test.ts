// Attack 4 of issue #11, as the secretariat would run it: add an admin account, sign in as
// it, mint a token for a delegate and record that delegate's party's stance — audited as the
// delegate. Now nobody grants a role above their own, only an admin (or the account itself)
// mints a token, and whatever is done with a token minted for someone else is recorded as
// "admin:X for user:Y", in the audit log and wherever the actor is shown.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addToken } from '../../src/app/accounts.ts';
import { read } from '../../src/app/context.ts';
import { resolveCredential } from '../../src/app/sessions.ts';
import { runUseCase } from '../../src/app/useCase.ts';
import { describeActor, owner } from '../../src/core/actor.ts';
import { addAccounts, type Harness, openHarness, PASSWORD } from '../server/harness.ts';
import { snapshot } from '../support/fixtures.ts';
import { backends } from '../support/stores.ts';

type Headers = { authorization: string };

describe.each(backends)('roles and tokens, on $name', (backend) => {
  let h: Harness;
  let as: (id: string) => Headers;
  const api = (headers: Headers, method: 'GET' | 'POST', url: string, payload?: object) =>
    h.app.inject({ method, url, headers, ...(payload === undefined ? {} : { payload }) });
  const newUser = (id: string, role: string, party?: string) => ({
    id,
    name: id,
    role,
    password: PASSWORD,
    ...(party ? { party } : {}),
  });
  /** The audit entries of the newest writes, as staff read them. */
  const auditActors = async (entity: string) => {
    const r = await api(as('sec'), 'GET', '/api/audit?limit=200');
    expect(r.statusCode, r.body).toBe(200);
    return (r.json() as { actor: string; entity: string }[])
      .filter((e) => e.entity === entity)
      .map((e) => e.actor);
  };
  const stance = (asOf: string) => ({
    party: 'north',
    draft: 'v1',
    provision: '1',
    stance: 'accept',
    asOf,
  });

  beforeEach(async () => {
    h = await openHarness(backend);
    as = await addAccounts(h.services, [
      { id: 'sec', role: 'secretariat' },
      { id: 'dn', role: 'delegate', party: 'north' },
      { id: 'boss', role: 'admin' },
    ]);
    const sent = await api(as('sec'), 'POST', '/api/drafts/v1/circulations', { to: 'north' });
    expect(sent.statusCode, sent.body).toBe(201);
  });
  afterEach(() => h.close());

  it('the secretariat cannot add an admin, and the attempt writes nothing', async () => {
    const before = await snapshot(h.services);
    const r = await api(as('sec'), 'POST', '/api/users', newUser('mallory', 'admin'));
    expect(r.statusCode, r.body).toBe(403);
    expect(r.json().error.code).toBe('forbidden');
    expect(await snapshot(h.services)).toBe(before);
    const signIn = await h.app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { user: 'mallory', password: PASSWORD },
    });
    expect(signIn.statusCode).toBe(401);
  });

  it('nobody grants a role above their own: the secretariat adds its peers and below, an admin adds admins', async () => {
    for (const [id, role, party] of [
      ['clerk', 'secretariat'],
      ['dn2', 'delegate', 'north'],
      ['reader', 'analyst'],
    ] as const) {
      const r = await api(as('sec'), 'POST', '/api/users', newUser(id, role, party));
      expect(r.statusCode, `${role}: ${r.body}`).toBe(201);
    }
    for (const who of ['dn', 'reader'] as const) {
      const headers = who === 'dn' ? as('dn') : await ownToken('reader', 'analyst');
      const r = await api(headers, 'POST', '/api/users', newUser(`by-${who}`, 'analyst'));
      expect(r.statusCode, `${who}: ${r.body}`).toBe(403);
    }
    const admin = await api(as('boss'), 'POST', '/api/users', newUser('boss2', 'admin'));
    expect(admin.statusCode, admin.body).toBe(201);
  });

  it('only the account itself or an admin mints a token; the secretariat cannot speak for a delegate', async () => {
    const before = await snapshot(h.services);
    const r = await api(as('sec'), 'POST', '/api/users/dn/tokens', {});
    expect(r.statusCode, r.body).toBe(403);
    expect(await snapshot(h.services)).toBe(before);
    const own = await api(as('dn'), 'POST', '/api/users/dn/tokens', { label: 'laptop' });
    expect(own.statusCode, own.body).toBe(201);
    expect(own.json().mintedBy).toBeUndefined();
  });

  it("an admin's token for a delegate acts as 'admin:boss for user:dn', in the audit log and the session", async () => {
    const minted = await api(as('boss'), 'POST', '/api/users/dn/tokens', { label: 'on behalf' });
    expect(minted.statusCode, minted.body).toBe(201);
    expect(minted.json()).toMatchObject({ user: 'dn', mintedBy: 'admin:boss' });
    const forDn = { authorization: `Bearer ${minted.json().token}` };

    const who = await api(forDn, 'GET', '/api/session');
    expect(who.json()).toMatchObject({
      user: 'dn',
      role: 'delegate',
      party: 'north',
      mintedBy: 'admin:boss',
    });

    const written = await api(forDn, 'POST', '/api/positions', stance('2025-03-05'));
    expect(written.statusCode, written.body).toBe(201);
    const byDelegate = await api(as('dn'), 'POST', '/api/positions', stance('2025-03-06'));
    expect(byDelegate.statusCode, byDelegate.body).toBe(201);
    expect(await auditActors('position')).toEqual(['admin:boss for user:dn', 'user:dn']);

    // A token minted with that token carries the admin along: no laundering into "user:dn".
    const again = await api(forDn, 'POST', '/api/users/dn/tokens', {});
    expect(again.statusCode, again.body).toBe(201);
    expect(again.json().mintedBy).toBe('admin:boss');
    const second = { authorization: `Bearer ${again.json().token}` };
    expect((await api(second, 'POST', '/api/positions', stance('2025-03-07'))).statusCode).toBe(201);
    expect((await auditActors('position')).at(-1)).toBe('admin:boss for user:dn');
  });

  it('the actor shown on a circulation names the admin acting for the secretariat', async () => {
    const minted = await api(as('boss'), 'POST', '/api/users/sec/tokens', {});
    const forSec = { authorization: `Bearer ${minted.json().token}` };
    const sent = await api(forSec, 'POST', '/api/drafts/v2/circulations', { to: 'south' });
    expect(sent.statusCode, sent.body).toBe(201);
    expect(sent.json().circulation.by).toBe('admin:boss for user:sec');
    const listed = await api(as('sec'), 'GET', '/api/circulations?draft=v2');
    expect(listed.json().map((c: { by: string }) => c.by)).toEqual(['admin:boss for user:sec']);
  });

  it("a token the local owner mints (`parley token add`) acts as 'owner for user:ID'", async () => {
    const { token, mintedBy } = await runUseCase(h.services, owner, addToken, { user: 'dn' });
    expect(mintedBy).toBe('owner');
    const resolved = await read(h.services, owner, 'session', (ctx) =>
      resolveCredential(ctx, { token, now: new Date().toISOString() }),
    );
    expect(describeActor(resolved.actor)).toBe('owner for user:dn');
  });

  /** A bearer token the account mints for itself after signing in with its password. */
  async function ownToken(id: string, role: string): Promise<Headers> {
    const created = await api(as('sec'), 'POST', '/api/users', newUser(id, role));
    expect([201, 409]).toContain(created.statusCode);
    const signIn = await h.app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { user: id, password: PASSWORD },
    });
    const cookie = String(signIn.headers['set-cookie']).split(';')[0]!;
    const minted = await h.app.inject({
      method: 'POST',
      url: `/api/users/${id}/tokens`,
      headers: { cookie, 'x-csrf-token': signIn.json().csrf },
      payload: {},
    });
    expect(minted.statusCode, minted.body).toBe(201);
    return { authorization: `Bearer ${minted.json().token}` };
  }
});
