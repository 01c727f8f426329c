// The read cache on its own: one computation per key and version, bounded memory, errors
// never kept — and the reader scopes it keys on agree with the policies, so two readers
// that share an answer are readers every seeing rule treats alike.

import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readScopeOf } from '../../src/app/access.ts';
import type { ReadContext, Services } from '../../src/app/context.ts';
import { initNegotiation } from '../../src/app/negotiation.ts';
import { createReadCache, type ReadCache } from '../../src/app/readCache.ts';
import { runUseCase } from '../../src/app/useCase.ts';
import { type Actor, owner } from '../../src/core/actor.ts';
import { can } from '../../src/govern/policies.ts';
import type { FactsOf } from '../../src/govern/resources.ts';
import { pglite, testServices } from '../support/stores.ts';

const reader = (actor: Actor): ReadContext => ({
  actor,
  q: undefined as never,
  policy: { asked: false },
  now: '2025-11-20T00:00:00.000Z',
  keys: { fingerprintSecret: 'test', auditPublicKey: 'test' },
});
const nora: Actor = { kind: 'user', id: 'nora', role: 'delegate', party: 'north' };
const sid: Actor = { kind: 'user', id: 'sid', role: 'delegate', party: 'south' };

describe('the read cache', () => {
  let services: Services;
  let cache: ReadCache;
  let computed: string[];
  /** A read whose answer names the computation that made it. */
  const answer = (label: string) => async () => {
    computed.push(label);
    return `${label}#${computed.length}`;
  };
  const someWrite = () => runUseCase(services, owner, initNegotiation, { title: 'Lake' });

  beforeEach(async () => {
    services = testServices(await pglite.open());
    cache = createReadCache(services, { capacity: 3 });
    computed = [];
  });
  afterEach(async () => {
    cache.close();
    await services.store.close();
  });

  it('computes once per scope and parameters, and again after a write', async () => {
    expect(await cache.read(reader(nora), 'status', {}, answer('a'))).toBe('a#1');
    expect(await cache.read(reader(nora), 'status', {}, answer('b'))).toBe('a#1');
    expect(await cache.read(reader(sid), 'status', {}, answer('c'))).toBe('c#2');
    expect(await cache.read(reader(nora), 'status', { asOf: '2025-03-01' }, answer('d'))).toBe('d#3');
    // An absent parameter is the same read as one left out.
    expect(await cache.read(reader(nora), 'status', { asOf: undefined }, answer('e'))).toBe('a#1');
    await someWrite();
    expect(await cache.read(reader(nora), 'status', {}, answer('f'))).toBe('f#4');
  });

  it('lets concurrent readers of one key share one computation', async () => {
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => cache.read(reader(nora), 'status', {}, answer('a'))),
    );
    expect(answers).toEqual(Array(5).fill('a#1'));
    expect(computed).toEqual(['a']);
  });

  it('keeps no more answers than its capacity, and none of an older version', async () => {
    for (const asOf of ['2025-01-01', '2025-01-02', '2025-01-03', '2025-01-04', '2025-01-05']) {
      await cache.read(reader(nora), 'status', { asOf }, answer(asOf));
    }
    expect(cache.size).toBe(3);
    // The least recently read went first: the 3rd is kept once read again, the 4th is not.
    await cache.read(reader(nora), 'status', { asOf: '2025-01-03' }, answer('again'));
    await cache.read(reader(nora), 'status', { asOf: '2025-01-06' }, answer('2025-01-06'));
    await cache.read(reader(nora), 'status', { asOf: '2025-01-03' }, answer('again'));
    await cache.read(reader(nora), 'status', { asOf: '2025-01-04' }, answer('2025-01-04'));
    expect(computed.slice(5)).toEqual(['2025-01-06', '2025-01-04']);
    await someWrite();
    await cache.read(reader(nora), 'status', {}, answer('after'));
    expect(cache.size).toBe(1);
  });

  it('keeps no error: the next reader computes again', async () => {
    const failing = async () => {
      computed.push('failed');
      throw new Error('database went away');
    };
    await expect(cache.read(reader(nora), 'status', {}, failing)).rejects.toThrow('database went away');
    expect(await cache.read(reader(nora), 'status', {}, answer('a'))).toBe('a#2');
  });

  it('replays on a hit that the computation asked the policies', async () => {
    const asking = async (ctx: ReadContext) => {
      ctx.policy.asked = true;
      return 'seen';
    };
    await cache.read(reader(nora), 'status', {}, asking);
    const second = reader(nora);
    await cache.read(second, 'status', {}, answer('unused'));
    expect(second.policy.asked).toBe(true);
  });

  it('computes every time with capacity 0 (the baseline)', async () => {
    const off = createReadCache(services, { capacity: 0 });
    await off.read(reader(nora), 'status', {}, answer('a'));
    await off.read(reader(nora), 'status', {}, answer('b'));
    expect(computed).toEqual(['a', 'b']);
  });
});

describe('reader scopes', () => {
  const parties = ['north', 'south', 'broker'] as const;
  const party = fc.constantFrom(...parties);
  const negotiation = fc.record({
    kind: fc.constant('negotiation' as const),
    id: fc.constant('1'),
    parties: fc.subarray([...parties]),
    public: fc.boolean(),
  });
  const track = fc.record({
    kind: fc.constant('track' as const),
    id: fc.constant('t'),
    parties: fc.subarray([...parties]),
    public: fc.boolean(),
  });
  const draft = fc.record({
    kind: fc.constant('draft' as const),
    id: fc.constant('d'),
    circulatedTo: fc.array(fc.record({ party, summaryOnly: fc.boolean() }), { maxLength: 4 }),
    public: fc.boolean(),
  });
  const provision = fc.record({
    kind: fc.constant('provision' as const),
    id: fc.constant('d:1'),
    draft,
    track: fc.option(track),
  });
  /** The facts of everything status and progress read. */
  const facts: fc.Arbitrary<FactsOf[keyof FactsOf]> = fc.oneof(
    negotiation,
    track,
    draft,
    fc.record({ kind: fc.constant('party' as const), id: party, negotiation }),
    provision,
    fc.record({
      kind: fc.constant('position' as const),
      id: fc.constant('p'),
      party,
      shared: fc.boolean(),
      public: fc.boolean(),
      provision,
    }),
  );
  const actor: fc.Arbitrary<Actor> = fc.oneof(
    fc.constant(owner),
    fc.record({
      kind: fc.constant('user' as const),
      id: fc.constantFrom('a', 'b'),
      role: fc.constantFrom('secretariat', 'delegate', 'analyst', 'admin'),
      party: fc.option(party, { nil: undefined }),
    }),
  );

  it('two readers with one scope are allowed and refused alike by every seeing rule', () => {
    fc.assert(
      fc.property(actor, actor, facts, (a, b, resource) => {
        fc.pre(readScopeOf(a) === readScopeOf(b));
        for (const action of ['read', 'readSummary'] as const) {
          if (action === 'readSummary' && resource.kind !== 'draft') continue;
          expect(can(a, action as never, resource as never)).toBe(can(b, action as never, resource as never));
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("gives each party's delegates their own scope", () => {
    expect(readScopeOf(nora)).not.toBe(readScopeOf(sid));
    expect(readScopeOf({ kind: 'user', id: 'x', role: 'delegate' })).not.toBe(readScopeOf(nora));
    expect(readScopeOf({ kind: 'user', id: 'x', role: 'analyst', party: 'north' })).not.toBe(
      readScopeOf(nora),
    );
    expect(readScopeOf({ kind: 'user', id: 'x', role: 'secretariat' })).toBe(readScopeOf(owner));
  });
});
