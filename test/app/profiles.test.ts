// Preference profiles through the API on a real store: set, import from CSV and JSON with
// warnings, the options each provision offers, the audit entry of each change — and a bad
// file named by line and column that changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { write } from '../../src/app/context.ts';
import { importDraft } from '../../src/app/drafts.ts';
import { owner } from '../../src/core/actor.ts';
import { exported, type Harness, openHarness } from '../server/harness.ts';
import { pglite } from '../support/stores.ts';

describe('preference profiles over the API', () => {
  let h: Harness;
  const send = (method: 'GET' | 'PUT' | 'POST', url: string, payload?: object) =>
    h.app.inject({ method, url, ...(payload ? { payload } : {}) });

  beforeAll(async () => {
    h = await openHarness(pglite);
    await write(h.services, owner, 'draft', (ctx) =>
      importDraft(ctx, {
        id: 'v3',
        label: 'Third text',
        date: '2025-03-20',
        provisions: [
          { path: '1', number: '1', text: 'The commission [shall] [may] meet each quarter.' },
          { path: '2', number: '2', text: 'Navigation is free for all vessels.' },
        ],
      }),
    );
  });
  afterAll(() => h.close());

  it("lists each provision's options: as drafted, each bracketed alternative, struck", async () => {
    const r = await send('GET', '/api/drafts/v3/deal/options');
    expect(r.statusCode, r.body).toBe(200);
    const issues = r.json() as { issue: string; options: { key: string; text: string | null }[] }[];
    expect(issues.map((i) => [i.issue, i.options.map((o) => o.key)])).toEqual([
      ['1', ['drafted', 'b1-1', 'b1-2', 'strike']],
      ['2', ['drafted', 'strike']],
    ]);
    expect(issues[0]?.options[2]?.text).toBe('The commission may meet each quarter.');
  });

  it('imports a CSV profile, answers its warnings, and records the change in the audit log', async () => {
    const csv =
      'provision,option,score,weight,red_line\n1,b1-1,1,0.5,\n1,strike,0,,yes\n2,drafted,1.2,0.4,\nreservation,,0.3,,\n';
    const r = await send('POST', '/api/drafts/v3/profiles/north/import', { format: 'csv', text: csv });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toMatchObject({
      draft: 'v3',
      party: 'north',
      weights: { '1': 0.5, '2': 0.4 },
      reservation: 0.3,
      redLines: { '1': ['strike'] },
      updatedBy: 'owner',
    });
    expect((r.json() as { warnings: { code: string }[] }).warnings.map((w) => w.code)).toEqual([
      'weights_sum',
      'score_range',
    ]);
    const audit = (await send('GET', '/api/audit?limit=1')).json() as {
      action: string;
      entity: string;
      entityId: string;
    }[];
    expect(audit.at(-1)).toMatchObject({ action: 'set', entity: 'profile', entityId: 'v3~north' });
  });

  it('a bad CSV or JSON file is named by line and column, and changes nothing', async () => {
    const before = await exported(h.app);
    const profileBefore = (await send('GET', '/api/drafts/v3/profiles/north')).body;
    const csv = await send('POST', '/api/drafts/v3/profiles/north/import', {
      format: 'csv',
      text: 'provision,option,score\n1,drafted,1\n2,sail,0.5\n',
    });
    expect(csv.statusCode).toBe(400);
    expect(csv.json()).toMatchObject({ error: { details: { line: 3, column: 2 } } });
    expect(csv.body).toContain("line 3, column 2: unknown option 'sail' of §2");
    const json = await send('POST', '/api/drafts/v3/profiles/north/import', {
      format: 'json',
      text: '{"weights": [}',
    });
    expect(json.statusCode).toBe(400);
    expect(json.body).toContain('line 1, column 14');
    const set = await send('PUT', '/api/drafts/v3/profiles/north', { weights: { '9': 1 } });
    expect(set.statusCode).toBe(400);
    expect(set.json()).toMatchObject({ error: { details: { field: 'weights.9' } } });
    expect(await exported(h.app)).toBe(before);
    expect((await send('GET', '/api/drafts/v3/profiles/north')).body).toBe(profileBefore);
    const audit = (await send('GET', '/api/audit?limit=1')).json() as { entityId: string }[];
    expect(audit.at(-1)?.entityId).toBe('v3~north');
  });

  it('sets a profile from JSON, replacing the one before', async () => {
    const r = await send('PUT', '/api/drafts/v3/profiles/north', {
      weights: { '1': 1 },
      scores: { '1': { drafted: 0.5 } },
    });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toMatchObject({ weights: { '1': 1 }, reservation: 0, redLines: {}, warnings: [] });
  });
});
