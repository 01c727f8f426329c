import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backends } from '../support/stores.ts';
import { exported, type Harness, openHarness } from './harness.ts';

interface Pair {
  from: string[];
  to: string[];
  kind: string;
  user?: string;
}

describe.each(backends)('comparing with user pairings through the API on $name', (backend) => {
  let h: Harness;
  beforeEach(async () => {
    h = await openHarness(backend);
  });
  afterEach(() => h.close());

  const compare = async (from: string, to: string) => {
    const r = await h.app.inject({ method: 'GET', url: `/api/compare?from=${from}&to=${to}` });
    expect(r.statusCode, r.body).toBe(200);
    return r.json();
  };
  const pairs = async (from: string, to: string) =>
    (await compare(from, to)).alignment.pairs.map((p: Pair) => [p.from, p.to, p.kind, p.user ?? 'engine']);
  const pairing = (draft: string, payload: object) =>
    h.app.inject({ method: 'POST', url: `/api/drafts/${draft}/pairings`, payload });

  it('an override posted for a draft wins in its comparison with the parent', async () => {
    const r = await pairing('v2', { provisions: ['2'], from: ['2'] });
    expect(r.statusCode, r.body).toBe(201);
    expect(r.json()).toMatchObject({
      fromDraft: 'v1',
      toDraft: 'v2',
      fromPaths: ['2'],
      toPaths: ['2'],
      origin: 'user',
    });
    const c = await compare('v1', 'v2');
    expect(c.alignment.pairs[1]).toMatchObject({ from: ['2'], to: ['2'], user: 'overridden', confidence: 1 });
    expect(c.alignment.deleted).toEqual(['3']);
    expect(c.redlines[1]).toMatchObject({ from: ['2'], to: ['2'] });
    expect(c.redlines[1].segments).toContainEqual(expect.objectContaining({ kind: 'delete' }));
  });

  it('a confirmed pairing keeps the engine pair and says so', async () => {
    expect((await pairing('v2', { provisions: ['2'], from: ['3'] })).statusCode).toBe(201);
    expect(await pairs('v1', 'v2')).toEqual([
      [['1'], ['1'], 'kept', 'engine'],
      [['3'], ['2'], 'reworded', 'confirmed'],
    ]);
  });

  it('a pairing on another draft leaves this comparison as it was', async () => {
    const imported = await h.app.inject({
      method: 'POST',
      url: '/api/drafts',
      payload: {
        id: 'v3',
        label: 'Third text',
        date: '2025-03-20',
        parents: ['v2'],
        text: '1. The parties shall share the lake equally.',
      },
    });
    expect(imported.statusCode, imported.body).toBe(201);
    const before = await compare('v1', 'v2');
    expect((await pairing('v3', { provisions: ['1'], from: [] })).statusCode).toBe(201);
    expect(await compare('v1', 'v2')).toEqual(before);
    expect((await compare('v2', 'v3')).alignment.added).toEqual(['1']);
  });

  it('refuses a pairing naming a missing provision or a draft without parent, changing nothing', async () => {
    const before = await exported(h.app);
    const missing = await pairing('v2', { provisions: ['2'], from: ['9'] });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.message).toMatch(/unknown provision 'v1:9'/);
    const orphan = await pairing('v1', { provisions: ['1'], from: [] });
    expect(orphan.statusCode).toBe(400);
    expect(orphan.json().error.message).toMatch(/no parent/);
    const empty = await pairing('v2', { provisions: [], from: ['1'] });
    expect(empty.statusCode).toBe(400);
    expect(await exported(h.app)).toBe(before);
  });
});
