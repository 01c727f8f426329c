// Attacks on amendments through the HTTP API and the live channel's audience, as an insider
// would try them: proposing for another party, withdrawing another party's amendment,
// reading or listing a hidden one, proposing on a draft never circulated to one's party,
// an analyst or a delegate settling one. Every refusal leaves the record as it was.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { proposeAmendment } from '../../src/app/amendments.ts';
import { circulateDraft } from '../../src/app/circulation.ts';
import { write } from '../../src/app/context.ts';
import { runUseCase } from '../../src/app/useCase.ts';
import { audienceOf } from '../../src/app/visibility.ts';
import { type Actor, owner } from '../../src/core/actor.ts';
import type { Amendment } from '../../src/core/amendments.ts';
import { addAccounts, exported, type Harness, openHarness } from '../server/harness.ts';
import { backends } from '../support/stores.ts';

const ACCOUNTS = [
  { id: 'sec', role: 'secretariat' },
  { id: 'dn', role: 'delegate', party: 'north' },
  { id: 'ds', role: 'delegate', party: 'south' },
  { id: 'dw', role: 'delegate', party: 'watch' },
  { id: 'an', role: 'analyst' },
] as const;
type Who = (typeof ACCOUNTS)[number]['id'];
const actor = (id: Who): Actor => {
  const a = ACCOUNTS.find((x) => x.id === id)!;
  return { kind: 'user', id: a.id, role: a.role, ...('party' in a ? { party: a.party } : {}) };
};

describe.each(backends)('amendment scope, on $name', (backend) => {
  let h: Harness;
  let as: (id: string) => { authorization: string };
  /** North's own, kept to its party; and one it shared with every holder of v1. */
  let hidden: Amendment;
  let shared: Amendment;

  const get = (who: Who, url: string) => h.app.inject({ method: 'GET', url, headers: as(who) });
  const post = (who: Who, url: string, payload: object = {}) =>
    h.app.inject({ method: 'POST', url, headers: as(who), payload });
  const said = (response: Awaited<ReturnType<typeof get>>, ref: string) =>
    `${response.statusCode} ${response.body.replaceAll(ref, 'REF')}`;
  const record = () => exported(h.app, as('sec'));

  beforeAll(async () => {
    h = await openHarness(backend);
    await write(h.services, owner, 'negotiation', async (ctx) => {
      for (const to of ['north', 'south']) await circulateDraft.run(ctx, { draft: 'v1', to });
    });
    as = await addAccounts(h.services, ACCOUNTS);
    const on = { party: 'north', draft: 'v1', provision: '1', kind: 'replace' } as const;
    hidden = await runUseCase(h.services, actor('dn'), proposeAmendment, { ...on, text: 'Halves.' });
    shared = await runUseCase(h.services, actor('dn'), proposeAmendment, {
      ...on,
      text: 'Thirds.',
      shared: true,
    });
  });
  afterAll(() => h.close());

  it('a delegate may not propose for another party (403), and nothing is written', async () => {
    const before = await record();
    const response = await post('ds', '/api/amendments', {
      party: 'north',
      draft: 'v1',
      provision: '1',
      kind: 'delete',
    });
    expect(response.statusCode).toBe(403);
    expect(await record()).toBe(before);
  });

  it('a draft not circulated to its party answers as an unknown one', async () => {
    const before = await record();
    const propose = (draft: string) =>
      post('dw', '/api/amendments', { party: 'watch', draft, provision: '1', kind: 'delete' });
    expect(said(await propose('v1'), 'v1')).toBe(said(await propose('v9'), 'v9'));
    expect((await propose('v1')).statusCode).toBe(404);
    const list = (draft: string) => get('dw', `/api/amendments?draft=${draft}`);
    expect(said(await list('v1'), 'v1')).toBe(said(await list('v9'), 'v9'));
    expect(await record()).toBe(before);
  });

  it('a hidden amendment answers as an unknown one, to read, withdraw or settle', async () => {
    for (const who of ['ds', 'dw', 'an'] as const) {
      const read = async (id: string) => said(await get(who, `/api/amendments/${id}`), id);
      expect(await read(hidden.id)).toBe(await read('no-such'));
      const withdraw = async (id: string) => said(await post(who, `/api/amendments/${id}/withdraw`), id);
      expect(await withdraw(hidden.id)).toBe(await withdraw('no-such'));
      const decide = async (id: string) =>
        said(await post(who, `/api/amendments/${id}/decide`, { state: 'rejected' }), id);
      expect(await decide(hidden.id)).toBe(await decide('no-such'));
    }
    expect((await get('ds', `/api/amendments/${hidden.id}`)).statusCode).toBe(404);
  });

  it('listings and the history leave out what the reader may not see', async () => {
    const ids = async (who: Who, url: string) =>
      ((await get(who, url)).json() as { id: string }[]).map((a) => a.id);
    expect(await ids('dn', '/api/amendments?draft=v1')).toEqual([hidden.id, shared.id]);
    expect(await ids('ds', '/api/amendments?draft=v1')).toEqual([shared.id]);
    expect(await ids('ds', '/api/amendments?draft=v1&party=north')).toEqual([shared.id]);
    expect(await ids('ds', '/api/amendments/history?draft=v1&provision=1')).toEqual([shared.id]);
    expect(await ids('sec', '/api/amendments?draft=v1')).toEqual([hidden.id, shared.id]);
    expect((await get('an', '/api/amendments?draft=v1')).statusCode).toBe(404);
  });

  it('another party may see a shared amendment but neither withdraw nor settle it (403)', async () => {
    const before = await record();
    expect((await get('ds', `/api/amendments/${shared.id}`)).statusCode).toBe(200);
    expect((await post('ds', `/api/amendments/${shared.id}/withdraw`)).statusCode).toBe(403);
    expect((await post('ds', `/api/amendments/${shared.id}/decide`, { state: 'taken' })).statusCode).toBe(
      403,
    );
    // Its own party may not settle it either: that is the secretariat's call.
    expect((await post('dn', `/api/amendments/${shared.id}/decide`, { state: 'taken' })).statusCode).toBe(
      403,
    );
    // The secretariat settles, but does not withdraw in a party's name.
    expect((await post('sec', `/api/amendments/${shared.id}/withdraw`)).statusCode).toBe(403);
    expect(await record()).toBe(before);
  });

  it('an analyst writes nothing', async () => {
    const before = await record();
    const response = await post('an', '/api/amendments', {
      party: 'north',
      draft: 'v1',
      provision: '1',
      kind: 'delete',
    });
    expect(response.statusCode).toBe(404);
    expect(await record()).toBe(before);
  });

  it('the live channel tells of a hidden amendment only its party and staff', async () => {
    const change = {
      seq: 0,
      entity: 'amendment',
      id: hidden.id,
      action: 'propose',
      at: hidden.proposedAt,
    } as const;
    const hears = await audienceOf(h.services, change);
    expect(ACCOUNTS.filter((a) => hears(actor(a.id))).map((a) => a.id)).toEqual(['sec', 'dn']);
    const hearsShared = await audienceOf(h.services, { ...change, id: shared.id });
    expect(ACCOUNTS.filter((a) => hearsShared(actor(a.id))).map((a) => a.id)).toEqual(['sec', 'dn', 'ds']);
  });
});
