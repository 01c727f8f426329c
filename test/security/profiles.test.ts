// Attacks on preference profiles (issue #15): a party's weights, scores, reservation and
// red lines are its negotiating secrets. Another party's delegate, an analyst, and anyone
// without the draft's text must learn nothing of them — not even that one exists — through
// the API or the use cases, and must not change them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { circulateDraft } from '../../src/app/circulation.ts';
import { write } from '../../src/app/context.ts';
import { getProfile, importProfile, listProfiles, setProfile } from '../../src/app/profiles.ts';
import { runUseCase } from '../../src/app/useCase.ts';
import { type Actor, owner } from '../../src/core/actor.ts';
import { addAccounts, exported, type Harness, openHarness } from '../server/harness.ts';
import { backends } from '../support/stores.ts';

const ACCOUNTS = [
  { id: 'sec', role: 'secretariat' },
  { id: 'dn', role: 'delegate', party: 'north' },
  { id: 'ds', role: 'delegate', party: 'south' },
  { id: 'an', role: 'analyst' },
] as const;
type Who = (typeof ACCOUNTS)[number]['id'];

const NORTH = {
  weights: { '1': 0.7, '3': 0.3 },
  scores: { '1': { drafted: 1, strike: 0 } },
  reservation: 0.4,
  redLines: { '3': ['strike'] },
};
const SOUTH = {
  weights: { '1': 1 },
  scores: { '1': { drafted: 0.2, strike: 1 } },
  reservation: 0.1,
  redLines: {},
};
const south: Actor = { kind: 'user', id: 'ds', role: 'delegate', party: 'south' };

describe.each(backends)('profiles stay with their party, on $name', (backend) => {
  let h: Harness;
  let as: (id: string) => { authorization: string };
  const send = (who: Who, method: 'GET' | 'PUT' | 'POST', url: string, payload?: object) =>
    h.app.inject({ method, url, headers: as(who), ...(payload ? { payload } : {}) });
  /** Status and body with the probe's own reference blanked, to compare two refusals. */
  const said = async (r: Awaited<ReturnType<typeof send>>, ref: string) =>
    `${r.statusCode} ${r.body.replaceAll(ref, 'REF')}`;

  beforeAll(async () => {
    h = await openHarness(backend);
    await write(h.services, owner, 'draft', async (ctx) => {
      // v1 in full to both parties; v2 to north only (hidden from south).
      await circulateDraft.run(ctx, { draft: 'v1', to: 'north' });
      await circulateDraft.run(ctx, { draft: 'v1', to: 'south' });
      await circulateDraft.run(ctx, { draft: 'v2', to: 'north' });
    });
    as = await addAccounts(h.services, ACCOUNTS);
    for (const [who, party, body] of [
      ['dn', 'north', NORTH],
      ['ds', 'south', SOUTH],
    ] as const) {
      const r = await send(who, 'PUT', `/api/drafts/v1/profiles/${party}`, body);
      expect(r.statusCode, r.body).toBe(200);
    }
    expect(
      (await send('dn', 'PUT', '/api/drafts/v2/profiles/north', { weights: { '1': 1 } })).statusCode,
    ).toBe(200);
  });
  afterAll(() => h.close());

  it("another party's profile reads as unknown: the same 404 as a draft that does not exist", async () => {
    const other = await send('ds', 'GET', '/api/drafts/v1/profiles/north');
    expect(other.statusCode).toBe(404);
    expect(other.body).not.toContain('0.7');
    const unknown = await send('ds', 'GET', '/api/drafts/nope/profiles/north');
    expect(await said(other, 'v1~north')).toBe(await said(unknown, 'nope~north'));
    // North's profile on v2, a draft south was never given: no different from an unknown one.
    const hidden = await send('ds', 'GET', '/api/drafts/v2/profiles/north');
    expect(await said(hidden, 'v2~north')).toBe(await said(unknown, 'nope~north'));
  });

  it('a delegate lists only its own party’s profile; an analyst none', async () => {
    const mine = await send('ds', 'GET', '/api/drafts/v1/profiles');
    expect(mine.statusCode).toBe(200);
    expect((mine.json() as { party: string }[]).map((p) => p.party)).toEqual(['south']);
    const staff = await send('sec', 'GET', '/api/drafts/v1/profiles');
    expect((staff.json() as { party: string }[]).map((p) => p.party)).toEqual(['north', 'south']);
    expect((await send('an', 'GET', '/api/drafts/v1/profiles')).statusCode).toBe(404);
    expect((await send('an', 'GET', '/api/drafts/v1/profiles/north')).statusCode).toBe(404);
    // South cannot list the profiles of a draft it does not hold.
    expect((await send('ds', 'GET', '/api/drafts/v2/profiles')).statusCode).toBe(404);
  });

  it("writing another party's profile, or one on a hidden draft, is 404 and changes nothing", async () => {
    const before = await exported(h.app, as('sec'));
    const overwrite = await send('ds', 'PUT', '/api/drafts/v1/profiles/north', SOUTH);
    expect(overwrite.statusCode).toBe(404);
    const unknown = await send('ds', 'PUT', '/api/drafts/nope/profiles/north', SOUTH);
    expect(await said(overwrite, 'v1~north')).toBe(await said(unknown, 'nope~north'));
    const csv = 'provision,option,score\n1,drafted,0\n';
    const imported = await send('ds', 'POST', '/api/drafts/v1/profiles/north/import', {
      format: 'csv',
      text: csv,
    });
    expect(imported.statusCode).toBe(404);
    expect((await send('ds', 'PUT', '/api/drafts/v2/profiles/south', SOUTH)).statusCode).toBe(404);
    expect((await send('an', 'PUT', '/api/drafts/v1/profiles/north', SOUTH)).statusCode).toBe(404);
    expect(await exported(h.app, as('sec'))).toBe(before);
    const kept = await send('sec', 'GET', '/api/drafts/v1/profiles/north');
    expect(kept.json()).toMatchObject(NORTH);
  });

  it('the use cases refuse alike, whatever adapter calls them', async () => {
    const run = (useCase: Parameters<typeof runUseCase>[2], input: object) =>
      runUseCase(h.services, south, useCase, input).then(
        () => 'allowed',
        (e: { code?: string }) => e.code,
      );
    expect(await run(getProfile, { draft: 'v1', party: 'north' })).toBe('not_found');
    expect(await run(setProfile, { draft: 'v1', party: 'north', weights: {} })).toBe('not_found');
    expect(
      await run(importProfile, { draft: 'v1', party: 'north', format: 'json', text: '{"weights":{}}' }),
    ).toBe('not_found');
    const listed = await runUseCase(h.services, south, listProfiles, { draft: 'v1' });
    expect(listed.map((p) => p.party)).toEqual(['south']);
  });

  it('a delegate reads and changes its own profile, and the secretariat every one', async () => {
    const own = await send('dn', 'GET', '/api/drafts/v1/profiles/north');
    expect(own.statusCode).toBe(200);
    expect(own.json()).toMatchObject({ ...NORTH, updatedBy: 'user:dn' });
    const bySec = await send('sec', 'PUT', '/api/drafts/v1/profiles/south', { ...SOUTH, reservation: 0.2 });
    expect(bySec.statusCode).toBe(200);
    expect((await send('ds', 'GET', '/api/drafts/v1/profiles/south')).json()).toMatchObject({
      reservation: 0.2,
    });
  });
});
