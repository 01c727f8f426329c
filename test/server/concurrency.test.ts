import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backends } from '../support/stores.ts';
import { exported, type Harness, openHarness } from './harness.ts';

describe.each(backends)('optimistic concurrency on $name', (backend) => {
  let h: Harness;
  beforeEach(async () => {
    h = await openHarness(backend);
  });
  afterEach(() => h.close());

  const setPosition = (body: Record<string, unknown>) =>
    h.app.inject({
      method: 'POST',
      url: '/api/positions',
      payload: { party: 'south', draft: 'v2', provision: '2', asOf: '2025-03-11', ...body },
    });

  it('a stale write gets 409 with the current stance and changes nothing', async () => {
    const first = await setPosition({ stance: 'amend', wording: 'seven members', basedOn: null });
    expect(first.statusCode, first.body).toBe(201);
    // Two clients both saw `first`; the one who saves second must not overwrite silently.
    const alice = await setPosition({ stance: 'accept', basedOn: first.json().id });
    expect(alice.statusCode, alice.body).toBe(201);
    const before = await exported(h.app);
    const bob = await setPosition({ stance: 'reject', basedOn: first.json().id });
    expect(bob.statusCode).toBe(409);
    const { error } = bob.json();
    expect(error.code).toBe('conflict');
    expect(error.message).toContain('changed since you read it');
    expect(error.details).toEqual({ field: 'basedOn', current: alice.json() });
    expect(await exported(h.app)).toBe(before);
  });

  it('basedOn null conflicts once a stance exists on the lineage, even from an earlier draft', async () => {
    // v2 §2 derives from v1 §3: a stance on the old wording is the one to have seen.
    const old = await setPosition({ draft: 'v1', provision: '3', stance: 'reject' });
    expect(old.statusCode).toBe(201);
    const stale = await setPosition({ stance: 'accept', basedOn: null });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.details.current.id).toBe(old.json().id);
  });

  it('without basedOn the write is unconditional', async () => {
    expect((await setPosition({ stance: 'amend' })).statusCode).toBe(201);
    expect((await setPosition({ stance: 'accept' })).statusCode).toBe(201);
  });
});
