// GET /api/drafts and /api/drafts/:id as each account sees them: a delegation gets only
// what was circulated to its party (a summary instead of the text when that is what it
// received, without the provisions of tracks it is not on); the rest is 404.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addUser } from '../../src/app/accounts.ts';
import { circulateDraft } from '../../src/app/circulation.ts';
import { write } from '../../src/app/context.ts';
import { runUseCase } from '../../src/app/useCase.ts';
import { owner } from '../../src/core/actor.ts';
import { backends } from '../support/stores.ts';
import { type Harness, openHarness } from './harness.ts';

const password = 'a long enough password';

describe.each(backends)('drafts as each account sees them, on $name', (backend) => {
  let h: Harness;
  const cookies = new Map<string, string>();
  const as = async (user: string, url: string) =>
    h.app.inject({ method: 'GET', url, headers: { cookie: cookies.get(user) ?? '' } });

  beforeEach(async () => {
    h = await openHarness(backend);
    const accounts = [
      { id: 'nora', role: 'delegate', party: 'north' },
      { id: 'bram', role: 'delegate', party: 'broker' },
      { id: 'sid', role: 'delegate', party: 'south' },
      { id: 'ana', role: 'analyst' },
      { id: 'sec', role: 'secretariat' },
    ];
    for (const a of accounts) {
      await runUseCase(h.services, owner, addUser, { ...a, name: a.id, password });
    }
    await write(h.services, owner, 'draft', (ctx) => circulateDraft.run(ctx, { draft: 'v1', to: 'broker' }));
    await write(h.services, owner, 'draft', (ctx) =>
      circulateDraft.run(ctx, { draft: 'v2', to: 'north', summary: 'Shared lake, one commission.' }),
    );
    for (const a of accounts) {
      const signedIn = await h.app.inject({
        method: 'POST',
        url: '/api/session',
        payload: { user: a.id, password },
      });
      cookies.set(a.id, String(signedIn.headers['set-cookie']).split(';')[0]!);
    }
  });
  afterEach(() => h.close());

  const ids = async (user: string) =>
    ((await as(user, '/api/drafts')).json() as { id: string }[]).map((d) => d.id);

  it('lists only the drafts circulated to the party; staff see all, analysts none unpublished', async () => {
    expect(await ids('sec')).toEqual(['v1', 'v2']);
    expect(await ids('bram')).toEqual(['v1']);
    expect(await ids('nora')).toEqual(['v2']);
    expect(await ids('sid')).toEqual([]);
    expect(await ids('ana')).toEqual([]);
  });

  it('answers 404 for a draft never circulated to the party, as for one that does not exist', async () => {
    const hidden = await as('bram', '/api/drafts/v2');
    const absent = await as('bram', '/api/drafts/v9');
    expect(hidden.statusCode).toBe(404);
    expect(absent.statusCode).toBe(404);
    expect(hidden.json().error.code).toBe(absent.json().error.code);
  });

  it('leaves out provisions of tracks the party is not on, and says how many', async () => {
    const v1 = (await as('bram', '/api/drafts/v1')).json();
    expect(v1.provisions.map((p: { path: string }) => p.path)).toEqual(['1', '3']);
    expect(v1.withheld).toBe(2);
    const full = (await as('sec', '/api/drafts/v1')).json();
    expect(full.provisions).toHaveLength(4);
    expect(full.withheld).toBeUndefined();
  });

  it('gives the summary, not the text, to a party that received only a summary', async () => {
    const v2 = (await as('nora', '/api/drafts/v2')).json();
    expect(v2).toMatchObject({ summaryOnly: true, summary: 'Shared lake, one commission.', provisions: [] });
  });
});
