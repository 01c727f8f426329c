// Attacks on composing through the HTTP API, as an insider would try them: a delegate (whose
// party holds the base) or an analyst reading the secretariat's composition, saving over it,
// issuing a revision from it; the live channel telling them of a save. Each answers as for an
// unknown draft (404) and leaves the record as it was.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { circulateDraft } from '../../src/app/circulation.ts';
import { write } from '../../src/app/context.ts';
import { audienceOf } from '../../src/app/visibility.ts';
import { type Actor, owner } from '../../src/core/actor.ts';
import { addAccounts, exported, type Harness, openHarness } from '../server/harness.ts';
import { backends } from '../support/stores.ts';

const ACCOUNTS = [
  { id: 'sec', role: 'secretariat' },
  { id: 'dn', role: 'delegate', party: 'north' },
  { id: 'an', role: 'analyst' },
] as const;

describe.each(backends)('composition scope, on $name', (backend) => {
  let h: Harness;
  let as: (id: string) => { authorization: string };
  const send = (who: string, method: 'GET' | 'PUT' | 'POST', url: string, payload?: object) =>
    h.app.inject({ method, url, headers: as(who), ...(payload ? { payload } : {}) });
  const record = () => exported(h.app, as('sec'));

  beforeAll(async () => {
    h = await openHarness(backend);
    await write(h.services, owner, 'negotiation', async (ctx) => {
      await circulateDraft.run(ctx, { draft: 'v1', to: 'north' });
    });
    as = await addAccounts(h.services, ACCOUNTS);
    const saved = await send('sec', 'PUT', '/api/drafts/v1/composition', {
      version: 0,
      choices: { '1': { kind: 'text', text: 'The secretariat’s private compromise.' } },
    });
    expect(saved.statusCode).toBe(200);
  });
  afterAll(() => h.close());

  it('a delegate holding the base, or an analyst, reads no composition: 404 as for an unknown draft', async () => {
    for (const who of ['dn', 'an']) {
      const hidden = await send(who, 'GET', '/api/drafts/v1/composition');
      const absent = await send(who, 'GET', '/api/drafts/v9/composition');
      expect(hidden.statusCode, who).toBe(404);
      expect(hidden.body.replaceAll('v1', 'ID')).toBe(absent.body.replaceAll('v9', 'ID'));
      expect(hidden.body).not.toContain('private compromise');
    }
    // Nor through the table: the compromise column is staff's.
    const table = await send('dn', 'GET', '/api/drafts/v1/columns');
    expect(table.statusCode).toBe(200);
    expect(table.body).not.toContain('private compromise');
    expect(table.json()).not.toHaveProperty('composition');
  });

  it('a delegate or an analyst may neither save over it nor issue a revision: 404, nothing written', async () => {
    const before = await record();
    for (const who of ['dn', 'an']) {
      const save = await send(who, 'PUT', '/api/drafts/v1/composition', { version: 1, choices: {} });
      expect(save.statusCode, who).toBe(404);
      const issue = await send(who, 'POST', '/api/drafts/v1/compose', { label: `By ${who}` });
      expect(issue.statusCode, who).toBe(404);
    }
    expect(await record()).toBe(before);
    const mine = await send('sec', 'GET', '/api/drafts/v1/composition');
    expect(mine.json()).toMatchObject({ version: 1 });
  });

  it('the live channel tells only staff of a save', async () => {
    const hear = await audienceOf(h.services, {
      seq: 0,
      entity: 'composition',
      id: 'v1',
      action: 'save',
      at: new Date().toISOString(),
    });
    const delegate: Actor = { kind: 'user', id: 'dn', role: 'delegate', party: 'north' };
    const secretariat: Actor = { kind: 'user', id: 'sec', role: 'secretariat' };
    expect(hear(delegate)).toBe(false);
    expect(hear(secretariat)).toBe(true);
  });
});
