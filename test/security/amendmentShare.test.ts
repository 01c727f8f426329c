// Sharing an amendment after it was proposed (`amendments.share`), through the HTTP API as
// an insider would try it: another party's delegate, an analyst, a hidden draft's amendment
// (each the same 404 as an unknown one), a party that does not hold the provision (refused,
// nothing shared), and sharing that only widens. Every refusal leaves the record as it was.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { proposeAmendment } from '../../src/app/amendments.ts';
import { circulateDraft } from '../../src/app/circulation.ts';
import { write } from '../../src/app/context.ts';
import { runUseCase } from '../../src/app/useCase.ts';
import { type Actor, owner } from '../../src/core/actor.ts';
import type { Amendment } from '../../src/core/amendments.ts';
import { addAccounts, exported, type Harness, openHarness } from '../server/harness.ts';
import { backends } from '../support/stores.ts';

const ACCOUNTS = [
  { id: 'sec', role: 'secretariat' },
  { id: 'dn', role: 'delegate', party: 'north' },
  { id: 'ds', role: 'delegate', party: 'south' },
  { id: 'db', role: 'delegate', party: 'broker' },
  { id: 'an', role: 'analyst' },
] as const;
type Who = (typeof ACCOUNTS)[number]['id'];
const dn: Actor = { kind: 'user', id: 'dn', role: 'delegate', party: 'north' };

describe.each(backends)('sharing an amendment after proposing it, on $name', (backend) => {
  let h: Harness;
  let as: (id: string) => { authorization: string };
  /** North's on v1 (held by north, south and broker), and on v2 (held by north alone). */
  let onV1: Amendment;
  let onV2: Amendment;

  const get = (who: Who, url: string) => h.app.inject({ method: 'GET', url, headers: as(who) });
  const share = (who: Who, id: string, parties: string[]) =>
    h.app.inject({
      method: 'POST',
      url: `/api/amendments/${id}/share`,
      headers: as(who),
      payload: { parties },
    });
  const said = (response: Awaited<ReturnType<typeof get>>, ref: string) =>
    `${response.statusCode} ${response.body.replaceAll(ref, 'REF')}`;
  const record = () => exported(h.app, as('sec'));

  beforeAll(async () => {
    h = await openHarness(backend);
    await write(h.services, owner, 'negotiation', async (ctx) => {
      for (const to of ['north', 'south', 'broker']) await circulateDraft.run(ctx, { draft: 'v1', to });
      await circulateDraft.run(ctx, { draft: 'v2', to: 'north' });
    });
    as = await addAccounts(h.services, ACCOUNTS);
    const kind = { party: 'north', provision: '1', kind: 'replace' } as const;
    onV1 = await runUseCase(h.services, dn, proposeAmendment, { ...kind, draft: 'v1', text: 'Halves.' });
    onV2 = await runUseCase(h.services, dn, proposeAmendment, { ...kind, draft: 'v2', text: 'Thirds.' });
  });
  afterAll(() => h.close());

  it('another party, an analyst and a hidden draft’s amendment: the same 404 as an unknown one', async () => {
    const before = await record();
    const unknown = said(await share('ds', 'no-such', ['south']), 'no-such');
    expect(unknown).toMatch(/^404 /);
    // South sees neither of north's: it cannot share them with itself, nor learn they exist.
    expect(said(await share('ds', onV1.id, ['south']), onV1.id)).toBe(unknown);
    expect(said(await share('ds', onV2.id, ['south']), onV2.id)).toBe(unknown);
    expect(said(await share('an', onV1.id, ['south']), onV1.id)).toBe(
      said(await share('an', 'no-such', ['south']), 'no-such'),
    );
    expect(await record()).toBe(before);
    expect((await get('ds', `/api/amendments/${onV1.id}`)).statusCode).toBe(404);
  });

  it('a party that does not hold the provision cannot be shared with: 400 naming it, nothing shared', async () => {
    const before = await record();
    // watch holds no text at all; south does not hold v2.
    const outside = await share('dn', onV1.id, ['south', 'watch']);
    expect(outside.statusCode).toBe(400);
    expect(outside.json()).toMatchObject({ error: { details: { field: 'parties' } } });
    expect(outside.body).toContain("party 'watch' does not hold §1 of draft 'v1'");
    const hidden = await share('dn', onV2.id, ['south']);
    expect(hidden.statusCode).toBe(400);
    expect(hidden.body).toContain("party 'south' does not hold §1 of draft 'v2'");
    expect(await record()).toBe(before);
    expect((await get('ds', `/api/amendments/${onV1.id}`)).statusCode).toBe(404);
  });

  it('its own party shares it; the party named then sees it, the others still do not', async () => {
    const shared = await share('dn', onV1.id, ['Southland']);
    expect(shared.statusCode, shared.body).toBe(200);
    expect(shared.json()).toMatchObject({ id: onV1.id, shared: false, sharedWith: ['south'] });
    expect((await get('ds', `/api/amendments/${onV1.id}`)).json()).toMatchObject({ text: 'Halves.' });
    const listed = (await get('ds', '/api/amendments?draft=v1')).json() as Amendment[];
    expect(listed.map((a) => a.id)).toEqual([onV1.id]);
    expect((await get('db', `/api/amendments/${onV1.id}`)).statusCode).toBe(404);
    expect((await get('an', `/api/amendments/${onV1.id}`)).statusCode).toBe(404);
    const audit = (await get('sec', '/api/audit?limit=1')).json() as { action: string; entityId: string }[];
    expect(audit.at(-1)).toMatchObject({ action: 'share', entity: 'amendment', entityId: onV1.id });
  });

  it('a party it was shared with sees it but may not pass it on: 403, nothing written', async () => {
    const before = await record();
    const onward = await share('ds', onV1.id, ['broker']);
    expect(onward.statusCode).toBe(403);
    expect(await record()).toBe(before);
    expect((await get('db', `/api/amendments/${onV1.id}`)).statusCode).toBe(404);
  });

  it('sharing only widens: naming a party again writes nothing; the secretariat shares for the party', async () => {
    const before = await record();
    const again = await share('dn', onV1.id, ['south', 'north']);
    expect(again.json()).toMatchObject({ sharedWith: ['south'] });
    expect(await record()).toBe(before);
    const wider = await share('sec', onV1.id, ['broker']);
    expect(wider.statusCode, wider.body).toBe(200);
    expect(wider.json()).toMatchObject({ sharedWith: ['broker', 'south'] });
    expect((await get('db', `/api/amendments/${onV1.id}`)).statusCode).toBe(200);
    expect((await get('ds', `/api/amendments/${onV1.id}`)).statusCode).toBe(200);
  });
});
