// The one runner every adapter shares: it parses the raw input once (errors name the
// field), writes only the change kinds a use case declares, checks outputs under test,
// and a derived route answers bad input with the same structured error.
import Fastify from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { authorize } from '../../src/app/access.ts';
import type { Services } from '../../src/app/context.ts';
import { implement, runUseCase } from '../../src/app/useCase.ts';
import { declareRead, declareWrite } from '../../src/contract/declare.ts';
import { owner } from '../../src/core/actor.ts';
import { registerErrorHandling } from '../../src/server/errors.ts';
import { mountUseCases } from '../../src/server/useCaseRoutes.ts';
import type { Store } from '../../src/store/database.ts';
import { selectAuditRows } from '../../src/store/repo/audit.ts';
import { pglite, testServices } from '../support/stores.ts';

const note = declareWrite({
  name: 'test.note',
  summary: 'Record a note about a source',
  resource: 'source',
  action: 'create',
  input: z.object({ source: z.string().min(1, 'name the source'), times: z.coerce.number().int().min(1) }),
  output: z.object({ recorded: z.number() }),
  emits: ['source'],
  http: { method: 'POST', path: '/notes/:source', status: 201 },
});
const noted = implement(note, async (ctx, { source, times }) => {
  authorize(ctx, 'create', { kind: 'source', id: source, public: false });
  for (let i = 0; i < times; i++) await ctx.record('note', 'source', source, { i });
  return { recorded: times };
});
/** The same declaration, implemented wrongly: it records a kind it does not declare. */
const strayed = implement(note, async (ctx, { source }) => {
  authorize(ctx, 'create', { kind: 'source', id: source, public: false });
  await ctx.record('note', 'source', source, {});
  await ctx.record('note', 'claim', source, {});
  return { recorded: 2 };
});
const clock = declareRead({
  name: 'test.clock',
  summary: 'What time the use case runs at',
  resource: 'audit',
  action: 'read',
  input: z.object({}),
  output: z.object({ now: z.string().datetime() }),
  staleAfter: [],
  http: { method: 'GET', path: '/clock' },
});
/** Answers a shape its declaration does not promise. */
const badClock = implement(clock, async () => ({ now: 'teatime' }));

describe('running a use case', () => {
  let store: Store;
  let s: Services;
  beforeAll(async () => {
    store = await pglite.open();
    s = testServices(store);
  });
  afterAll(() => store.close());
  const entries = async () => (await selectAuditRows(store.db)).length;

  it('parses the raw input once: strings from a CLI or a query are coerced, defaults applied', async () => {
    expect(await runUseCase(s, owner, noted, { source: 'tide-1', times: '2' })).toEqual({ recorded: 2 });
  });

  it('names every bad field in structured details and runs nothing', async () => {
    const before = await entries();
    const error = await runUseCase(s, owner, noted, { source: '', times: 'x' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'invalid_input', details: { field: 'source' } });
    const fields = (error as { details: { fields: { field: string }[] } }).details.fields.map((f) => f.field);
    expect(fields).toEqual(['source', 'times']);
    expect(await entries()).toBe(before);
  });

  it('refuses a change kind the use case does not declare, and writes nothing of it', async () => {
    const before = await entries();
    await expect(runUseCase(s, owner, strayed, { source: 'tide-1', times: 1 })).rejects.toThrow(
      /recorded a 'claim' change it does not declare/,
    );
    expect(await entries()).toBe(before);
  });

  it('checks the output against its declaration under test', async () => {
    await expect(runUseCase(s, owner, badClock, {})).rejects.toThrow(/datetime|Invalid/i);
  });

  it('gives the use case the clock, not the caller', async () => {
    const at = implement(clock, async (ctx) => ({ now: ctx.now }));
    const fixed = testServices(store, '2025-11-23T10:00:00.000Z');
    expect(await runUseCase(fixed, owner, at, { now: 'ignored' })).toEqual({
      now: '2025-11-23T10:00:00.000Z',
    });
  });
});

describe('a route derived from a declaration', () => {
  let store: Store;
  const app = Fastify();
  beforeAll(async () => {
    store = await pglite.open();
    const services = testServices(store);
    app.setValidatorCompiler(validatorCompiler);
    app.setSerializerCompiler(serializerCompiler);
    registerErrorHandling(app);
    app.addHook('onRequest', async (request) => {
      request.actor = owner;
    });
    await app.register(async (api) => mountUseCases(api, { services, reads: undefined as never }, [noted]), {
      prefix: '/api',
    });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  it('takes path fields from the path and the rest from the body, with the declared status', async () => {
    const response = await app.inject({ method: 'POST', url: '/api/notes/tide-2', payload: { times: 1 } });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toEqual({ recorded: 1 });
  });

  it('answers bad input 400 with the field named, as every adapter gets it', async () => {
    const response = await app.inject({ method: 'POST', url: '/api/notes/tide-2', payload: { times: 0 } });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({ code: 'invalid_input', details: { field: 'times' } });
  });
});
