// Attack 9 of issue #11: five wrong passwords used to lock an account for 15 minutes (so
// anyone could lock anyone out) while unknown names never locked (so the lock told which
// accounts exist). Now failures slow down the name and the address with growing waits,
// kept in the database, and a name that does not exist is answered exactly alike.
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addUser } from '../../src/app/accounts.ts';
import { createServices, type Services } from '../../src/app/context.ts';
import { runUseCase } from '../../src/app/useCase.ts';
import { owner } from '../../src/core/actor.ts';
import { USER_POLICY } from '../../src/govern/signInThrottle.ts';
import { buildServer } from '../../src/server/app.ts';
import type { Store } from '../../src/store/database.ts';
import { signInThrottle } from '../../src/store/schema.ts';
import { PASSWORD } from '../server/harness.ts';
import { backends } from '../support/stores.ts';

describe.each(backends)('sign-in throttling on $name', (backend) => {
  let store: Store;
  let nowMs: number;
  let services: Services;
  const apps: FastifyInstance[] = [];
  const server = async () => {
    const app = buildServer({ services });
    await app.ready();
    apps.push(app);
    return app;
  };
  beforeEach(async () => {
    store = await backend.open();
    nowMs = Date.parse('2025-11-20T09:00:00.000Z');
    services = createServices(store, { clock: () => new Date(nowMs) });
    await runUseCase(services, owner, addUser, {
      id: 'sec',
      name: 'Sec',
      role: 'secretariat',
      password: PASSWORD,
    });
  });
  afterEach(async () => {
    for (const app of apps.splice(0)) await app.close();
    await store.close();
  });

  const signIn = (app: FastifyInstance, user: string, password: string, from = '127.0.0.1') =>
    app.inject({ method: 'POST', url: '/api/session', remoteAddress: from, payload: { user, password } });
  /** What a client can observe of an answer, minus the cookie's random value. */
  const seen = (r: Awaited<ReturnType<typeof signIn>>) => [r.statusCode, r.body, r.headers['retry-after']];

  it('wrong passwords never lock the owner out: the right one works again once the short wait is over', async () => {
    const app = await server();
    const attacker = '203.0.113.9';
    // The attacker waits out every delay and keeps guessing, long enough to reach the ceiling.
    for (let guesses = 0; guesses < 15; ) {
      const answer = await signIn(app, 'sec', 'a wrong guess', attacker);
      if (answer.statusCode === 429) nowMs += Number(answer.headers['retry-after']) * 1000;
      else guesses++;
    }
    const blocked = await signIn(app, 'sec', PASSWORD, '198.51.100.4');
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().error.code).toBe('rate_limited');
    const wait = Number(blocked.headers['retry-after']);
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(USER_POLICY.maxWaitMs / 1000);
    nowMs += wait * 1000;
    expect((await signIn(app, 'sec', PASSWORD, '198.51.100.4')).statusCode).toBe(200);
  }, 180_000);

  it('waits grow with each failure past the free ones', async () => {
    const app = await server();
    const waits: number[] = [];
    for (let i = 0; i < USER_POLICY.free + 4; i++) {
      const answer = await signIn(app, 'sec', 'a wrong guess', `192.0.2.${i}`);
      expect(answer.statusCode).toBe(401);
      const [row] = await store.db.select().from(signInThrottle).where(eq(signInThrottle.key, 'user:sec'));
      const wait = row?.waitUntil ? (Date.parse(row.waitUntil) - nowMs) / 1000 : 0;
      waits.push(wait);
      nowMs += wait * 1000;
    }
    expect(waits).toEqual([0, 0, 0, 0, 0, 1, 2, 4, 8]);
  });

  it('an unknown name gets the same answers as a known one, throttled alike', async () => {
    const app = await server();
    const run = async (user: string, from: string) => {
      const answers: unknown[] = [];
      for (let i = 0; i < 9; i++) answers.push(seen(await signIn(app, user, 'a wrong guess', from)));
      return answers;
    };
    const known = await run('sec', '192.0.2.10');
    const unknown = await run('nobody', '192.0.2.20');
    expect(unknown).toEqual(known);
    expect(known.map((a) => (a as number[])[0])).toEqual([401, 401, 401, 401, 401, 401, 429, 429, 429]);
  });

  it('one address guessing across many names is slowed too', async () => {
    const app = await server();
    const from = '192.0.2.77';
    for (let i = 0; i < 10; i++) expect((await signIn(app, `name-${i}`, 'guess', from)).statusCode).toBe(401);
    expect((await signIn(app, 'name-10', 'guess', from)).statusCode).toBe(401);
    const next = await signIn(app, 'sec', PASSWORD, from);
    expect(next.statusCode).toBe(429);
    // The same account from another address is not held up by that address.
    expect((await signIn(app, 'sec', PASSWORD, '192.0.2.78')).statusCode).toBe(200);
  });

  it('the throttle lives in the database: another server on it, and a restarted one, see it', async () => {
    const first = await server();
    for (let i = 0; i < USER_POLICY.free + 1; i++)
      await signIn(first, 'sec', 'a wrong guess', `192.0.2.${i}`);
    const second = await server();
    expect((await signIn(second, 'sec', PASSWORD, '192.0.2.200')).statusCode).toBe(429);
    const rows = await store.db.select().from(signInThrottle);
    expect(rows.map((r) => r.key)).toContain('user:sec');
    await first.close();
    const restarted = await server();
    expect((await signIn(restarted, 'sec', PASSWORD, '192.0.2.201')).statusCode).toBe(429);
    nowMs += 1000;
    expect((await signIn(restarted, 'sec', PASSWORD, '192.0.2.201')).statusCode).toBe(200);
  });
});
