import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backends } from '../support/stores.ts';
import { type Harness, lakeDraftText, openHarness } from './harness.ts';

describe.each(backends)('the API on $name', (backend) => {
  let h: Harness;
  beforeEach(async () => {
    h = await openHarness(backend);
  });
  afterEach(() => h.close());

  const get = async (url: string) => {
    const r = await h.app.inject({ method: 'GET', url });
    expect(r.statusCode, r.body).toBe(200);
    return r.json();
  };
  const post = async (url: string, payload: unknown, status = 201) => {
    const r = await h.app.inject({ method: 'POST', url, payload: payload as object });
    expect(r.statusCode, r.body).toBe(status);
    return r.json();
  };

  it('reports health and the database kind', async () => {
    expect(await get('/api/health')).toEqual({ ok: true, database: backend.name });
  });

  it('shows the negotiation header', async () => {
    const n = await get('/api/negotiation');
    expect(n.title).toBe('Lake Treaty');
    expect(typeof n.createdAt).toBe('string');
  });

  it('adds and lists parties, people, tracks, sources and events', async () => {
    await post('/api/parties', {
      id: 'isle',
      name: 'Island League',
      role: 'guarantor',
      aliases: ['the Isles'],
    });
    expect((await get('/api/parties')).map((p: { id: string }) => p.id)).toContain('isle');

    const person = await post('/api/people', {
      id: 'mara',
      name: 'Mara Holm',
      office: 'Envoy',
      party: 'the Isles',
    });
    expect(person.party).toBe('isle');
    expect(await get('/api/people')).toEqual([person]);

    const track = await post('/api/tracks', { id: 'shore', name: 'Shoreline', parties: ['north', 'isle'] });
    expect(track.parties).toEqual(['north', 'isle']);
    expect((await get('/api/tracks')).map((t: { id: string }) => t.id)).toEqual(['fish', 'shore']);

    await post('/api/sources', {
      id: 'gazette-2',
      title: 'Commission agreed',
      outlet: 'Lake Gazette',
      date: '2025-03-12',
    });
    expect((await get('/api/sources')).map((s: { id: string }) => s.id)).toEqual(['gazette-1', 'gazette-2']);

    const event = await post('/api/events', {
      id: 'round-3',
      kind: 'talks',
      title: 'Third round',
      date: '2025-03-12',
      participants: ['north', 'mara'],
      sources: ['gazette-2'],
    });
    expect(event.status).toBe('held');
    expect(await get('/api/events')).toEqual([event]);
  });

  it('lists draft headers and shows one draft with its provisions', async () => {
    const headers = await get('/api/drafts');
    expect(headers.map((d: { id: string }) => d.id)).toEqual(['v1', 'v2']);
    expect(headers[0].provisions).toBeUndefined();
    const v2 = await get('/api/drafts/v2');
    expect(v2.provisions.map((p: { lineage: string }) => p.lineage)).toEqual(['v1:1', 'v1:3']);
  });

  it('imports a draft from text and returns what the parser found', async () => {
    const imported = await post('/api/drafts', {
      text: lakeDraftText,
      fileName: 'third.txt',
      label: 'Third text',
      parents: ['v2'],
      author: 'Broker Union',
      date: '2025-03-20',
      state: 'circulated',
    });
    expect(imported.draft).toMatchObject({
      id: 'third-text',
      author: 'broker',
      state: 'circulated',
      parents: ['v2'],
    });
    expect(imported.draft.provisions.map((p: { path: string }) => p.path)).toEqual(['1', '2', '2.a', '3']);
    expect(imported.summary).toContain('Provisions: 4 (level 1: 3, level 2: 1)');
    const stored = await get('/api/drafts/third-text');
    // Identical provision text carries the lineage forward from the parent draft.
    expect(stored.provisions[0].lineage).toBe('v1:1');
  });

  it('records positions, lists them and reads a lineage history', async () => {
    const first = await post('/api/positions', {
      party: 'Nordstadt',
      draft: 'v1',
      provision: '3',
      stance: 'reject',
      asOf: '2025-03-05',
      source: 'gazette-1',
    });
    expect(first).toMatchObject({ party: 'north', lineage: 'v1:3', stance: 'reject' });
    const second = await post('/api/positions', {
      party: 'north',
      draft: 'v2',
      provision: '2',
      stance: 'accept',
      asOf: '2025-03-11',
      basedOn: first.id,
    });
    expect((await get('/api/positions?party=north')).map((p: { id: string }) => p.id)).toEqual([
      first.id,
      second.id,
    ]);
    expect(await get('/api/positions?draft=v2')).toEqual([second]);
    const history = await get('/api/positions/history?draft=v2&provision=2&party=north');
    expect(history.map((p: { stance: string }) => p.stance)).toEqual(['reject', 'accept']);
    expect(await get(`/api/positions/${second.id}`)).toEqual(second);
    // Undated, a stance is dated by the day the server records it.
    const undated = await post('/api/positions', {
      party: 'south',
      draft: 'v2',
      provision: '2',
      stance: 'amend',
    });
    expect(undated.asOf).toBe(undated.recordedAt.slice(0, 10));
  });

  it('shows the status as of a date and progress over time', async () => {
    for (const [party, stance, asOf] of [
      ['north', 'accept', '2025-03-11'],
      ['south', 'accept', '2025-03-12'],
      ['broker', 'accept', '2025-03-12'],
    ]) {
      await post('/api/positions', { party, draft: 'v2', provision: '1', stance, asOf });
    }
    const now = await get('/api/status?draft=v2');
    expect(now.rows[0]).toMatchObject({ path: '1', state: 'agreed' });
    expect(now.progress).toMatchObject({ total: 2, agreed: 1 });
    const before = await get('/api/status?draft=v2&asOf=2025-03-11');
    expect(before.rows[0].state).toBe('open');
    expect(before.asOf).toBe('2025-03-11');
    expect(await get('/api/progress?draft=v2')).toEqual([
      { date: '2025-03-11', total: 2, agreed: 0, contested: 0, blocked: 0, open: 2 },
      { date: '2025-03-12', total: 2, agreed: 1, contested: 0, blocked: 0, open: 1 },
    ]);
  });

  it('exports the whole negotiation as a bundle', async () => {
    const bundle = await get('/api/export');
    expect(bundle).toMatchObject({
      format: 'parley-bundle',
      version: 1,
      negotiation: { title: 'Lake Treaty' },
    });
    expect(bundle.drafts.map((d: { id: string }) => d.id)).toEqual(['v1', 'v2']);
  });

  it('compares two stored drafts: alignment, redlines and counts', async () => {
    const c = await get('/api/compare?from=v1&to=v2');
    expect(c.drafts).toEqual({
      from: { id: 'v1', label: 'First text', date: '2025-03-01' },
      to: { id: 'v2', label: 'Second text', date: '2025-03-10' },
    });
    expect(
      c.alignment.pairs.map((p: { kind: string; from: string[]; to: string[] }) => [p.kind, p.from, p.to]),
    ).toEqual([
      ['kept', ['1'], ['1']],
      ['reworded', ['3'], ['2']],
    ]);
    expect(c.alignment.deleted).toEqual(['2']);
    expect(c.redlines[1].segments).toContainEqual({ kind: 'insert', text: 'of five members ' });
    expect(c.summary).toMatchObject({ kept: 1, reworded: 1, deleted: 1, added: 0 });
  });
});
