// Attacks on scope by track and by draft (issue #11, parts 1–3), each through the HTTP API
// or the live channel as an insider would try it: a delegation off a track, a delegation or
// analyst without a draft, a party that holds only a summary. Each failed before the fix.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { circulateDraft } from '../../src/app/circulation.ts';
import { acceptClaim, listClaims } from '../../src/app/claims.ts';
import { read, write } from '../../src/app/context.ts';
import { importDraft } from '../../src/app/drafts.ts';
import { ingestDocument } from '../../src/app/ingest.ts';
import { provisionLineage } from '../../src/app/lineage.ts';
import { masterText } from '../../src/app/masterText.ts';
import { setPosition } from '../../src/app/positions.ts';
import { planSigning } from '../../src/app/signing.ts';
import { proveAndRegisterKey } from '../../src/app/signingKeys.ts';
import { owner } from '../../src/core/actor.ts';
import type { Position } from '../../src/core/model.ts';
import { fingerprintCopy } from '../../src/govern/fingerprint.ts';
import { sha256Hex } from '../../src/govern/hash.ts';
import { insertCirculation } from '../../src/store/repo/circulations.ts';
import { selectDraft } from '../../src/store/repo/drafts.ts';
import { addAccounts, exported, type Harness, openHarness } from '../server/harness.ts';
import { backends } from '../support/stores.ts';

/**
 * The record (on top of the Lake Treaty: v1 with §2 and §2.a on the fisheries track of
 * north, south and watch; v2 revising v1): v1 in full to north and broker (broker is not on
 * fisheries), v2 in full to watch (which never got v1), v3 to nobody, v4 (with a preamble)
 * to south only as a summary. Every stance below cites a public source.
 */
interface Stances {
  northOnTrack: Position;
  southOnSubItem: Position;
  southOnV1: Position;
  southOnHidden: Position;
  /** The claim accepted as south's stance on the hidden v3. */
  hiddenClaim: string;
}

const ACCOUNTS = [
  { id: 'sec', role: 'secretariat' },
  { id: 'dn', role: 'delegate', party: 'north' },
  { id: 'db', role: 'delegate', party: 'broker' },
  { id: 'dw', role: 'delegate', party: 'watch' },
  { id: 'ds', role: 'delegate', party: 'south' },
  { id: 'an', role: 'analyst' },
] as const;
type Who = (typeof ACCOUNTS)[number]['id'];

const PREAMBLE = 'The parties, mindful of the annex on the eastern shore, agree as follows.';

describe.each(backends)('scope by track and by draft, on $name', (backend) => {
  let h: Harness;
  let as: (id: string) => { authorization: string };
  let s: Stances;

  const get = (who: Who, url: string) => h.app.inject({ method: 'GET', url, headers: as(who) });
  const post = (who: Who, url: string, payload: object) =>
    h.app.inject({ method: 'POST', url, headers: as(who), payload });
  /** The status and error body, with the reference that differs between two probes blanked. */
  const said = async (response: Awaited<ReturnType<typeof get>>, ref: string) =>
    `${response.statusCode} ${response.body.replaceAll(ref, 'REF')}`;
  const ids = (response: Awaited<ReturnType<typeof get>>) =>
    (response.json() as { id: string }[]).map((p) => p.id);

  beforeAll(async () => {
    h = await openHarness(backend);
    s = await write(h.services, owner, 'negotiation', async (ctx) => {
      await circulateDraft.run(ctx, { draft: 'v1', to: 'north' });
      await circulateDraft.run(ctx, { draft: 'v1', to: 'broker' });
      await circulateDraft.run(ctx, { draft: 'v2', to: 'watch' });
      await importDraft(ctx, {
        id: 'v3',
        label: 'Closed text',
        date: '2025-03-12',
        provisions: [{ path: '1', number: '1', text: 'The eastern shore stays demilitarised.' }],
      });
      await importDraft(ctx, {
        id: 'v4',
        label: 'Fourth text',
        date: '2025-03-14',
        preamble: PREAMBLE,
        provisions: [{ path: '1', number: '1', text: 'One commission for both shores.' }],
      });
      await circulateDraft.run(ctx, { draft: 'v4', to: 'south', summary: 'Two shores, one commission.' });
      // A final text with a provision on the fisheries track, to be signed by north and south.
      await importDraft(ctx, {
        id: 'v5',
        label: 'Final text',
        date: '2025-03-16',
        state: 'final',
        provisions: [
          { path: '1', number: '1', text: 'The lake is shared for ever.' },
          { path: '2', number: '2', text: 'Fishing quotas follow the spawning season.' },
        ],
        annotations: { '2': { topics: [], track: 'fish' } },
      });
      for (const to of ['north', 'broker']) await circulateDraft.run(ctx, { draft: 'v5', to });
      await planSigning.run(ctx, {
        draft: 'v5',
        signatories: ['north', 'south'],
        order: 'north before south',
      });
      await proveAndRegisterKey(ctx, { draft: 'v5', signatory: 'north', privateKey: '1a'.repeat(32) });
      await proveAndRegisterKey(ctx, { draft: 'v5', signatory: 'south', privateKey: '2b'.repeat(32) });
      const sourced = { asOf: '2025-03-02', source: 'gazette-1' };
      const stances = {
        northOnTrack: await setPosition(ctx, {
          ...sourced,
          party: 'north',
          draft: 'v1',
          provision: '2',
          stance: 'amend',
          wording: 'Quotas are set by the commission.',
        }),
        southOnSubItem: await setPosition(ctx, {
          ...sourced,
          party: 'south',
          draft: 'v1',
          provision: '2.a',
          stance: 'reject',
        }),
        southOnV1: await setPosition(ctx, {
          ...sourced,
          party: 'south',
          draft: 'v1',
          provision: '3',
          stance: 'amend',
          wording: 'Seven members, not five.',
        }),
        southOnHidden: await setPosition(ctx, {
          ...sourced,
          party: 'south',
          draft: 'v3',
          provision: '1',
          stance: 'amend',
          wording: 'Demilitarised for ten years only.',
        }),
      };
      const bytes = readFileSync(path.resolve('test/fixtures/ingest', 'lake-gazette.md'));
      await ingestDocument(ctx, { fileName: 'lake-gazette.md', bytes });
      const claim = (await listClaims.run(ctx, { kind: 'position' }))[0]!;
      await acceptClaim.run(ctx, { claim: claim.id, edit: { party: 'south', draft: 'v3', provision: '1' } });
      return { ...stances, hiddenClaim: claim.id };
    });
    as = await addAccounts(h.services, ACCOUNTS);
  });
  afterAll(() => h.close());

  describe('track scope', () => {
    it('a provision of a track the party is not on answers stance history exactly like a made-up one', async () => {
      for (const provision of ['2', '2.a']) {
        const url = (p: string) => `/api/positions/history?draft=v1&provision=${p}`;
        const hidden = await said(await get('db', url(provision)), `v1:${provision}`);
        expect(hidden).toMatch(/^404 /);
        expect(hidden).toBe(await said(await get('db', url('9')), 'v1:9'));
        const narrowed = (p: string) => `/api/positions?draft=v1&provision=${p}`;
        expect(await said(await get('db', narrowed(provision)), `v1:${provision}`)).toBe(hidden);
      }
      // A party on the track reads the history.
      const member = await get('dn', '/api/positions/history?draft=v1&provision=2');
      expect(ids(member)).toEqual([s.northOnTrack.id]);
    });

    it('a stance on a provision of a track the party is not on is refused like one on a made-up provision, and nothing is written', async () => {
      const before = await exported(h.app, as('sec'));
      const stance = (provision: string) =>
        post('db', '/api/positions', {
          party: 'broker',
          draft: 'v1',
          provision,
          stance: 'accept',
          asOf: '2025-03-05',
        });
      const hidden = await said(await stance('2'), 'v1:2');
      expect(hidden).toMatch(/^404 /);
      expect(hidden).toBe(await said(await stance('9'), 'v1:9'));
      expect(await said(await stance('2.a'), 'v1:2.a')).toBe(hidden);
      expect(await exported(h.app, as('sec'))).toBe(before);
    });

    it('stances on provisions of other tracks are listed nowhere and by id are as unknown as a made-up id', async () => {
      const listed = ids(await get('db', '/api/positions'));
      expect(listed).not.toContain(s.northOnTrack.id);
      expect(listed).not.toContain(s.southOnSubItem.id);
      expect(listed).toContain(s.southOnV1.id);
      const byId = await said(await get('db', `/api/positions/${s.northOnTrack.id}`), s.northOnTrack.id);
      expect(byId).toMatch(/^404 /);
      expect(byId).toBe(await said(await get('db', '/api/positions/p-404'), 'p-404'));
    });

    it("a party's circulated copy carries no provision of a track it is not on", async () => {
      const copyOf = async (who: Who) => {
        const [own] = (await get(who, '/api/circulations')).json() as { id: string; draft: string }[];
        expect(own?.draft).toBe('v1');
        const copy = await get(who, `/api/circulations/${own!.id}/copy?format=text`);
        expect(copy.statusCode).toBe(200);
        return copy.body;
      };
      const broker = await copyOf('db');
      expect(broker).not.toMatch(/Fishing quotas|Quotas are published/);
      expect(broker).toMatch(/joint commission/);
      // North sits on the fisheries track: its copy has the whole text.
      expect(await copyOf('dn')).toMatch(/Fishing quotas/);
    });

    it('a copy circulated whole before copies were scoped is still served as it was sent', async () => {
      const draft = (await read(h.services, owner, 'draft', (ctx) => selectDraft(ctx.q, 'v1')))!;
      const whole = fingerprintCopy(masterText(draft), 'broker', h.services.fingerprintSecret);
      await write(h.services, owner, 'draft', async (ctx) => {
        ctx.policy.asked = true;
        await insertCirculation(ctx.q, {
          id: 'c-old',
          draft: 'v1',
          party: 'broker',
          summaryOnly: false,
          at: '2025-03-01T12:00:00.000Z',
          by: 'owner',
          fingerprint: sha256Hex(whole),
        });
        // Audited like any write: the state proof refuses a row no entry records.
        await ctx.record('circulate', 'draft', 'v1', { draft: 'v1', to: 'broker' });
      });
      const copy = await get('sec', '/api/circulations/c-old/copy?format=text');
      expect(copy.statusCode, copy.body).toBe(200);
      expect(copy.body).toBe(whole);
    });

    it('the signed text, carried whole, is read only by a party on every track of it', async () => {
      for (const url of [
        '/api/drafts/v5/signed',
        '/api/drafts/v5/signing',
        '/api/drafts/v5/certificate?format=html',
      ]) {
        const off = await get('db', url);
        expect(off.statusCode, url).toBe(404);
        expect(off.body).not.toContain('spawning');
        expect((await get('dn', url)).statusCode, url).toBe(200);
      }
      expect((await get('dn', '/api/drafts/v5/signed')).body).toContain('spawning');
      // The reader still shows the broker the provisions of no track.
      const paths = (await get('db', '/api/drafts/v5'))
        .json()
        .provisions.map((p: { path: string }) => p.path);
      expect(paths).toEqual(['1']);
    });

    it('status, comparison and lineage leave the provisions of other tracks out', async () => {
      const status = (await get('db', '/api/status?draft=v1')).json() as { rows: { path: string }[] };
      expect(status.rows.map((r) => r.path)).toEqual(['1', '3']);
      const compared = await get('db', '/api/compare?from=v1&to=v1');
      expect(compared.statusCode).toBe(200);
      expect(compared.body).not.toContain('Fishing quotas');
      const broker = { kind: 'user', id: 'db', role: 'delegate', party: 'broker' } as const;
      const lineage = (provision: string) =>
        read(h.services, broker, 'lineage', (ctx) => provisionLineage(ctx, { draft: 'v1', provision })).catch(
          (e: Error) => e.message.replace(`v1:${provision}`, 'REF'),
        );
      expect(await lineage('2')).toBe(await lineage('9'));
    });
  });

  describe('draft scope of sourced stances', () => {
    it('an analyst who may read no draft lists no stance, and reads none by id', async () => {
      expect(ids(await get('an', '/api/positions'))).toEqual([]);
      const byId = await said(await get('an', `/api/positions/${s.southOnHidden.id}`), s.southOnHidden.id);
      expect(byId).toBe(await said(await get('an', '/api/positions/p-404'), 'p-404'));
    });

    it('a delegation lists no stance, wording included, on a draft it was never given', async () => {
      const listed = await get('dn', '/api/positions');
      expect(ids(listed)).not.toContain(s.southOnHidden.id);
      expect(listed.body).not.toContain('ten years');
      const byId = await said(await get('dn', `/api/positions/${s.southOnHidden.id}`), s.southOnHidden.id);
      expect(byId).toMatch(/^404 /);
      expect(byId).toBe(await said(await get('dn', '/api/positions/p-404'), 'p-404'));
    });

    it('a stance carried by lineage from a draft the party never got stays out of history, status and progress', async () => {
      // Watchers hold v2 only; south's stance was taken on v1 §3, which v2 §2 continues.
      const history = await get('dw', '/api/positions/history?draft=v2&provision=2');
      expect(history.statusCode).toBe(200);
      expect(ids(history)).toEqual([]);
      const staff = await get('sec', '/api/positions/history?draft=v2&provision=2');
      expect(ids(staff)).toEqual([s.southOnV1.id]);
      const status = await get('dw', '/api/status?draft=v2');
      expect(status.statusCode).toBe(200);
      const row = (status.json() as { rows: { path: string; stances: object }[] }).rows.find(
        (r) => r.path === '2',
      );
      expect(row?.stances).toEqual({});
      expect((await get('dw', '/api/progress?draft=v2')).json()).toEqual([]);
    });

    it('a claim accepted as a stance on a hidden draft is not listed to those who may not read that stance', async () => {
      const listed = (who: Who) => get(who, '/api/claims').then(ids);
      expect(await listed('sec')).toContain(s.hiddenClaim);
      expect(await listed('an')).not.toContain(s.hiddenClaim);
      expect(await listed('dn')).not.toContain(s.hiddenClaim);
      // The other claims of that public source are still there.
      expect((await listed('an')).length).toBe((await listed('sec')).length - 1);
    });

    it('the review queue leaves out a claim accepted as a hidden stance, from its rows, totals and speakers alike', async () => {
      type Queue = { totalClaims: number; groups: { claims: { id: string }[] }[] };
      const queue = async (who: Who) =>
        (await get(who, '/api/claims/queue?status=accepted&limit=200')).json() as Queue;
      const listedIn = (q: Queue) => q.groups.flatMap((g) => g.claims.map((c) => c.id));
      expect(listedIn(await queue('sec'))).toContain(s.hiddenClaim);
      for (const who of ['an', 'dn'] as const) {
        const q = await queue(who);
        expect(listedIn(q)).not.toContain(s.hiddenClaim);
        expect(q.totalClaims).toBe((await queue('sec')).totalClaims - 1);
        expect(JSON.stringify(q)).not.toContain(s.hiddenClaim);
      }
    });

    it('reviewing a claim one may not see, alone or in bulk, answers exactly like an unknown claim', async () => {
      for (const who of ['an', 'dn'] as const) {
        for (const verb of ['accept', 'reject']) {
          const alone = await post(who, `/api/claims/${s.hiddenClaim}/${verb}`, {});
          const none = await post(who, `/api/claims/c-0000000000/${verb}`, {});
          expect(await said(alone, s.hiddenClaim)).toBe(await said(none, 'c-0000000000'));
        }
        const hidden = await post(who, '/api/claims/review', { claims: [s.hiddenClaim], decision: 'reject' });
        const unknown = await post(who, '/api/claims/review', {
          claims: ['c-0000000000'],
          decision: 'reject',
        });
        expect(await said(hidden, s.hiddenClaim)).toBe(await said(unknown, 'c-0000000000'));
        expect(hidden.statusCode).toBe(404);
      }
    });

    it('a contradiction resting on a claim accepted as a hidden stance is listed only to those who may read that stance', async () => {
      // Another source reports Southland's stance the other way: with the hidden claim, a contradiction.
      const other = await post('sec', '/api/sources/ingest', {
        fileName: 'lake-wire.txt',
        content:
          'Lake talks go on\n\nSouthland said it accepts a limit on the size of its army, officials said on Friday.\n',
      });
      expect(other.statusCode).toBe(201);
      type Listed = { kind: string; a: { claim?: string }; b: { claim?: string } };
      const stances = async (who: Who) =>
        ((await get(who, '/api/contradictions')).json() as Listed[]).filter((c) => c.kind === 'stance');
      const names = (found: Listed[]) => found.flatMap((c) => [c.a.claim, c.b.claim]);
      expect(names(await stances('sec'))).toContain(s.hiddenClaim);
      for (const who of ['an', 'dn', 'dw'] as const) {
        expect(await stances(who)).toEqual([]);
        const body = (await get(who, '/api/contradictions')).body;
        expect(body).not.toContain(s.hiddenClaim);
      }
    });

    it('the review queue, read in SQL, keeps for every reader the claims and corroboration the policies keep', async () => {
      // A second source repeats the hidden stance: it corroborates only for who may read that stance.
      const echo = await post('sec', '/api/sources/ingest', {
        fileName: 'lake-echo.txt',
        content: 'Army limits\n\nSouthland said it rejects any limit on the size of its army.\n',
      });
      expect(echo.statusCode).toBe(201);
      const source = (echo.json() as { outcome: { source: string } }).outcome.source;
      type Listed = { id: string; source: string; kind: string; corroboration: object };
      const sorted = (claims: Listed[]) =>
        claims
          .map((c) => ({ id: c.id, corroboration: c.corroboration }))
          .sort((a, b) => a.id.localeCompare(b.id));
      const listed = async (who: Who) => sorted((await get(who, '/api/claims')).json() as Listed[]);
      const queued = async (who: Who) => {
        const q = (await get(who, '/api/claims/queue?limit=200')).json() as {
          groups: { claims: Listed[] }[];
        };
        return q.groups.flatMap((g) => g.claims);
      };
      for (const { id: who } of ACCOUNTS) expect(sorted(await queued(who))).toEqual(await listed(who));
      const repeated = async (who: Who) =>
        (await queued(who)).find((c) => c.source === source && c.kind === 'position')?.corroboration;
      expect(await repeated('sec')).toEqual({ sources: 2, independent: 2 });
      for (const who of ['an', 'dn'] as const)
        expect(await repeated(who)).toEqual({ sources: 1, independent: 1 });
    });

    it('a draft does not name parents the reader may not see', async () => {
      const parents = async (who: Who) =>
        ((await get(who, '/api/drafts/v2')).json() as { parents: string[] }).parents;
      expect(await parents('sec')).toEqual(['v1']);
      expect(await parents('dw')).toEqual([]);
      const header = ((await get('dw', '/api/drafts')).json() as { id: string; parents: string[] }[]).find(
        (d) => d.id === 'v2',
      );
      expect(header?.parents).toEqual([]);
    });

    it('the whole-record export stays with staff', async () => {
      for (const who of ['dn', 'db', 'an'] as const)
        expect((await get(who, '/api/export')).statusCode).toBe(403);
    });
  });

  describe('summaries', () => {
    it('a party that holds only a summary gets the summary, not the preamble, from the draft and the list', async () => {
      const draft = await get('ds', '/api/drafts/v4');
      expect(draft.statusCode).toBe(200);
      expect(draft.json()).toMatchObject({
        summaryOnly: true,
        summary: 'Two shores, one commission.',
        provisions: [],
      });
      expect(draft.body).not.toContain('eastern shore');
      const list = await get('ds', '/api/drafts');
      expect(ids(list)).toEqual(['v4']);
      expect(list.body).not.toContain('eastern shore');
      // Staff still read the preamble.
      expect((await get('sec', '/api/drafts/v4')).json().preamble).toBe(PREAMBLE);
    });
  });

  it('the live channel tells nobody of a stance outside their tracks or drafts', async () => {
    const base = await h.app.listen({ port: 0, host: '127.0.0.1' });
    const url = `${base.replace(/^http/, 'ws')}/api/live`;
    const readers = ['sec', 'dn', 'db', 'dw', 'an'] as const;
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
    const stance = async (who: Who, body: object) => {
      const response = await post(who, '/api/positions', {
        asOf: '2025-03-06',
        source: 'gazette-1',
        ...body,
      });
      expect(response.statusCode, response.body).toBe(201);
      return `position:${response.json().id}`;
    };
    const onTrack = await stance('dn', { party: 'north', draft: 'v1', provision: '2', stance: 'accept' });
    const onHidden = await stance('sec', { party: 'south', draft: 'v3', provision: '1', stance: 'reject' });
    const allowed = await stance('db', { party: 'broker', draft: 'v1', provision: '1', stance: 'accept' });
    expect(
      (await post('sec', '/api/parties', { id: 'isle', name: 'Isle', role: 'observer' })).statusCode,
    ).toBe(201);
    const deadline = performance.now() + 5000;
    while (readers.some((r) => !heard[r].seen.includes('party:isle')) && performance.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(heard.sec.seen).toEqual([onTrack, onHidden, allowed, 'party:isle']);
    expect(heard.dn.seen).toEqual([onTrack, allowed, 'party:isle']);
    expect(heard.db.seen).toEqual([allowed, 'party:isle']);
    expect(heard.dw.seen).toEqual(['party:isle']);
    expect(heard.an.seen).toEqual(['party:isle']);
    for (const who of readers) heard[who].socket.close();
  });
});
