// Attacks on the deal analyses (issue #15): the solver reads every party's private profile,
// so a delegate must not run it (directly, through a what-if, or by sharing), and sees of
// a shared result only the package and its own utility — never another party's.
import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { circulateDraft } from '../../src/app/circulation.ts';
import { write } from '../../src/app/context.ts';
import { blockersOnDraft, dealLab, solveOnDraft } from '../../src/app/dealRuns.ts';
import { shareDeal } from '../../src/app/dealShares.ts';
import { runUseCase, type UseCase } from '../../src/app/useCase.ts';
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

// North cares for §1 as drafted, south for §1 struck; §3 the other way round.
const NORTH = {
  weights: { '1': 0.6, '3': 0.4 },
  scores: { '1': { drafted: 1, strike: 0.2 }, '3': { drafted: 0.5, strike: 1 } },
  reservation: 0.1,
};
const SOUTH = {
  weights: { '1': 0.5, '3': 0.5 },
  scores: { '1': { drafted: 0.3, strike: 1 }, '3': { drafted: 1, strike: 0.2 } },
  reservation: 0.1,
};
const south: Actor = { kind: 'user', id: 'ds', role: 'delegate', party: 'south' };

describe.each(backends)('deal analyses stay with the secretariat, on $name', (backend) => {
  let h: Harness;
  let as: (id: string) => { authorization: string };
  const send = (who: Who, method: 'GET' | 'PUT' | 'POST', url: string, payload?: object) =>
    h.app.inject({ method, url, headers: as(who), ...(payload ? { payload } : {}) });
  const said = async (r: Awaited<ReturnType<typeof send>>, ref: string) =>
    `${r.statusCode} ${r.body.replaceAll(ref, 'REF')}`;

  beforeAll(async () => {
    h = await openHarness(backend);
    await write(h.services, owner, 'draft', async (ctx) => {
      await circulateDraft.run(ctx, { draft: 'v1', to: 'north' });
      await circulateDraft.run(ctx, { draft: 'v1', to: 'south' });
    });
    as = await addAccounts(h.services, ACCOUNTS);
    expect((await send('dn', 'PUT', '/api/drafts/v1/profiles/north', NORTH)).statusCode).toBe(200);
    expect((await send('ds', 'PUT', '/api/drafts/v1/profiles/south', SOUTH)).statusCode).toBe(200);
  });
  afterAll(() => h.close());

  it('the secretariat solves over every profile; the package is the best under each rule', async () => {
    const r = await send('sec', 'POST', '/api/drafts/v1/deal/solve', { rule: 'nash' });
    expect(r.statusCode, r.body).toBe(200);
    // The four packages (u_north, u_south): both drafted (0.8, 0.65); §1 drafted, §3 struck
    // (1, 0.25); §1 struck, §3 drafted (0.32, 1); both struck (0.52, 0.6). Nash products of
    // the gains over 0.1: 0.385, 0.135, 0.198, 0.21 — both as drafted wins.
    expect(r.json()).toMatchObject({ package: { '1': 'drafted', '3': 'drafted' }, optimal: true });
    const lab = await send('sec', 'POST', '/api/drafts/v1/deal/lab', {});
    expect(lab.statusCode, lab.body).toBe(200);
    expect(lab.json()).toMatchObject({
      parties: ['north', 'south'],
      asDrafted: { north: 0.8, south: 0.65 },
      packages: { nash: { package: { '1': 'drafted', '3': 'drafted' } } },
      blockers: [],
      concessions: { concessions: [] },
      failures: {},
    });
    // Of the four, (1, 0.25), (0.32, 1) and (0.8, 0.65) are undominated; (0.52, 0.6) is not.
    const frontier = (lab.json() as { frontier: { utilities: Record<string, number> }[] }).frontier;
    expect(frontier.map((f) => f.utilities.north).sort()).toEqual([0.32, 0.8, 1]);
  });

  it('a delegate cannot run the solver over the others’ profiles: the same 404 as an unknown draft', async () => {
    const before = await exported(h.app, as('sec'));
    const unknown = await send('ds', 'POST', '/api/drafts/nope/deal/solve', { rule: 'nash' });
    expect(unknown.statusCode).toBe(404);
    for (const path of ['solve', 'lab', 'blockers']) {
      const r = await send('ds', 'POST', `/api/drafts/v1/deal/${path}`, { rule: 'nash' });
      expect(await said(r, 'v1'), path).toBe(await said(unknown, 'nope'));
      expect(r.body).not.toContain('north');
    }
    // A what-if is a run too: it would reveal the others' utilities under any weights.
    const whatIf = await send('ds', 'POST', '/api/drafts/v1/deal/lab', {
      whatIf: { south: { reservation: 0 } },
    });
    expect(whatIf.statusCode).toBe(404);
    expect((await send('an', 'POST', '/api/drafts/v1/deal/solve', { rule: 'nash' })).statusCode).toBe(404);
    const share = await send('ds', 'POST', '/api/drafts/v1/deal/shares', {
      rule: 'nash',
      parties: ['south'],
    });
    expect(share.statusCode).toBe(404);
    expect(await exported(h.app, as('sec'))).toBe(before);
    for (const useCase of [solveOnDraft, blockersOnDraft, dealLab] as UseCase[]) {
      await expect(runUseCase(h.services, south, useCase, { draft: 'v1' })).rejects.toMatchObject({
        code: 'not_found',
      });
    }
    await expect(
      runUseCase(h.services, south, shareDeal, { draft: 'v1', rule: 'nash', parties: ['south'] }),
    ).rejects.toMatchObject({ code: 'not_found' });
  });

  it('a shared result reaches only the parties named, each with its own utility alone', async () => {
    const shared = await send('sec', 'POST', '/api/drafts/v1/deal/shares', {
      rule: 'welfare',
      parties: ['south'],
    });
    expect(shared.statusCode, shared.body).toBe(201);
    expect(shared.json()).toMatchObject({ parties: ['south'], utilities: { north: 0.8, south: 0.65 } });
    const seen = await send('ds', 'GET', '/api/drafts/v1/deal/shares');
    expect(seen.statusCode).toBe(200);
    const [result] = seen.json() as { utilities: Record<string, number>; package: Record<string, string> }[];
    expect(result?.package).toEqual({ '1': 'drafted', '3': 'drafted' });
    expect(result?.utilities).toEqual({ south: 0.65 });
    expect(seen.body).not.toContain('north');
    expect((await send('dn', 'GET', '/api/drafts/v1/deal/shares')).json()).toEqual([]);
    expect((await send('an', 'GET', '/api/drafts/v1/deal/shares')).statusCode).toBe(404);
    const all = (await send('sec', 'GET', '/api/drafts/v1/deal/shares')).json() as unknown[];
    expect(all).toHaveLength(1);
  });

  it('the live channel tells a profile change to its own party and a shared result to the parties named', async () => {
    const base = await h.app.listen({ port: 0, host: '127.0.0.1' });
    const url = `${base.replace(/^http/, 'ws')}/api/live`;
    const readers = ['sec', 'dn', 'ds', 'an'] as const;
    const heard = {} as Record<(typeof readers)[number], { socket: WebSocket; seen: string[] }>;
    for (const who of readers) {
      const socket = new WebSocket(url, { headers: as(who) });
      const seen: string[] = [];
      socket.on('message', (raw) => {
        const m = JSON.parse(String(raw));
        if (m.type === 'change') seen.push(`${m.entity}:${m.id}`);
      });
      await new Promise((resolve, reject) => {
        socket.once('message', resolve);
        socket.once('error', reject);
      });
      heard[who] = { socket, seen };
    }
    expect((await send('dn', 'PUT', '/api/drafts/v1/profiles/north', NORTH)).statusCode).toBe(200);
    const shared = await send('sec', 'POST', '/api/drafts/v1/deal/shares', {
      rule: 'nash',
      parties: ['north'],
    });
    const share = `deal:${shared.json().id}`;
    // A last change everyone hears, to know the others have arrived.
    expect(
      (await send('sec', 'POST', '/api/parties', { id: 'isle', name: 'Isle', role: 'observer' })).statusCode,
    ).toBe(201);
    const deadline = performance.now() + 5000;
    while (readers.some((r) => !heard[r].seen.includes('party:isle')) && performance.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(heard.sec.seen).toEqual(['profile:v1~north', share, 'party:isle']);
    expect(heard.dn.seen).toEqual(['profile:v1~north', share, 'party:isle']);
    expect(heard.ds.seen).toEqual(['party:isle']);
    expect(heard.an.seen).toEqual(['party:isle']);
    for (const who of readers) heard[who].socket.close();
  });

  it("a party's live amendment is an option of its provision to those who may see it, and to no one else", async () => {
    const proposed = await send('dn', 'POST', '/api/amendments', {
      party: 'north',
      draft: 'v1',
      provision: '1',
      kind: 'replace',
      text: 'North rewords the first provision.',
    });
    expect(proposed.statusCode, proposed.body).toBe(201);
    const key = `a-${(proposed.json() as { id: string }).id}`;
    const optionsOf = async (who: Who) => {
      const r = await send(who, 'GET', '/api/drafts/v1/deal/options');
      expect(r.statusCode, r.body).toBe(200);
      const issues = r.json() as { issue: string; options: { key: string; text: string | null }[] }[];
      return issues.find((i) => i.issue === '1')?.options ?? [];
    };
    // The secretariat and north see it, with the provision's text as amended; south (the
    // amendment is not shared) neither sees it nor may score it.
    expect((await optionsOf('sec')).find((o) => o.key === key)?.text).toBe(
      'North rewords the first provision.',
    );
    expect((await optionsOf('dn')).map((o) => o.key)).toContain(key);
    expect((await optionsOf('ds')).map((o) => o.key)).not.toContain(key);
    const scored = await send('ds', 'PUT', '/api/drafts/v1/profiles/south', {
      ...SOUTH,
      scores: { ...SOUTH.scores, '1': { ...SOUTH.scores['1'], [key]: 1 } },
    });
    expect(scored.statusCode, scored.body).toBe(400);
    expect(scored.body).toContain(`unknown option '${key}'`);
    // Withdrawn, it is off the table for everyone.
    const withdrawn = await send('dn', 'POST', `/api/amendments/${key.slice(2)}/withdraw`, {});
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect((await optionsOf('sec')).map((o) => o.key)).not.toContain(key);
  });
});
