import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addUser, listUsers } from '../../src/app/accounts.ts';
import { verifyAudit } from '../../src/app/audit.ts';
import { exportBundle } from '../../src/app/bundle.ts';
import { circulateDraft, listCirculations } from '../../src/app/circulation.ts';
import { acceptClaim, listClaims } from '../../src/app/claims.ts';
import { compareStoredDrafts } from '../../src/app/compare.ts';
import { read, type Services, write } from '../../src/app/context.ts';
import { ingestDocument, ingestSource, linkCopies } from '../../src/app/ingest.ts';
import { provisionLineage } from '../../src/app/lineage.ts';
import { listPositions, setPosition, showPosition } from '../../src/app/positions.ts';
import { progressOverTime } from '../../src/app/progress.ts';
import { listParties, listTracks } from '../../src/app/roster.ts';
import { attemptLogin, resolveCredential } from '../../src/app/sessions.ts';
import { getStatus } from '../../src/app/status.ts';
import { runUseCase } from '../../src/app/useCase.ts';
import { listVisibleDrafts, showVisibleDraft } from '../../src/app/visibleDrafts.ts';
import { type Actor, owner } from '../../src/core/actor.ts';
import type { Store } from '../../src/store/database.ts';
import { seedSmall, snapshot } from '../support/fixtures.ts';
import { backends, openSeeded } from '../support/stores.ts';

const user = (id: string, role: 'secretariat' | 'delegate' | 'analyst', party?: string): Actor => ({
  kind: 'user',
  id,
  role,
  ...(party ? { party } : {}),
});
const sec = user('sec', 'secretariat');
const north = user('dn', 'delegate', 'north');
const south = user('ds', 'delegate', 'south');
const broker = user('db', 'delegate', 'broker');
const analyst = user('an', 'analyst');
const watcher = user('dw', 'delegate', 'watch');

describe.each(backends)('who sees and does what, on $name', (backend) => {
  let store: Store;
  let s: Services;
  const r = <T>(actor: Actor, fn: Parameters<typeof read<T>>[3]) => read(s, actor, 'any', fn);
  const w = <T>(actor: Actor, fn: Parameters<typeof write<T>>[3]) => write(s, actor, 'any', fn);

  beforeEach(async () => {
    ({ store, services: s } = await openSeeded(backend, 'small', seedSmall));
    await w(owner, (ctx) => circulateDraft.run(ctx, { draft: 'v1', to: 'north' }));
    await w(owner, (ctx) => circulateDraft.run(ctx, { draft: 'v1', to: 'broker' }));
    await w(owner, (ctx) =>
      circulateDraft.run(ctx, { draft: 'v2', to: 'south', summary: 'Disputes go to a commission.' }),
    );
    await w(owner, (ctx) =>
      setPosition(ctx, { party: 'north', draft: 'v1', provision: '1', stance: 'accept', asOf: '2025-03-02' }),
    );
    await w(owner, (ctx) =>
      setPosition(ctx, {
        party: 'south',
        draft: 'v1',
        provision: '1',
        stance: 'reject',
        asOf: '2025-03-02',
        source: 'gazette-1',
      }),
    );
  });
  afterEach(() => store.close());

  it("lists only the drafts circulated to the actor's party; staff see all, analysts only public ones", async () => {
    const ids = async (a: Actor) => (await r(a, listVisibleDrafts)).map((d) => d.id);
    expect(await ids(sec)).toEqual(['v1', 'v2']);
    expect(await ids(north)).toEqual(['v1']);
    expect(await ids(south)).toEqual(['v2']);
    expect(await ids(analyst)).toEqual([]);
  });

  it('a hidden draft answers exactly like one that does not exist (no existence oracle)', async () => {
    const hidden = await r(south, (ctx) => showVisibleDraft(ctx, 'v1')).catch((e) => e);
    const absent = await r(south, (ctx) => showVisibleDraft(ctx, 'v9')).catch((e) => e);
    expect(hidden.code).toBe('not_found');
    expect(hidden.message).toBe(absent.message.replace('v9', 'v1'));
  });

  it('a summary-only recipient gets the summary, not the text; a party off a track does not see its provisions', async () => {
    const v2 = await r(south, (ctx) => showVisibleDraft(ctx, 'v2'));
    expect(v2).toMatchObject({ summaryOnly: true, summary: 'Disputes go to a commission.', provisions: [] });
    const forBroker = await r(broker, (ctx) => showVisibleDraft(ctx, 'v1'));
    expect(forBroker.provisions.map((p) => p.path)).toEqual(['1', '3']);
    expect(forBroker.withheld).toBe(2);
    const forNorth = await r(north, (ctx) => showVisibleDraft(ctx, 'v1'));
    expect(forNorth.provisions.map((p) => p.path)).toEqual(['1', '2', '2.a', '3']);
  });

  it("positions: own party plus publicly reported ones, on text one may read; writing only for one's own party on text one holds", async () => {
    const parties = async (a: Actor) => (await r(a, (ctx) => listPositions(ctx))).map((p) => p.party);
    expect(await parties(north)).toEqual(['north', 'south']);
    expect(await parties(broker)).toEqual(['south']);
    // South's stance cites a source, but v1 is not final: an analyst may not read its text.
    expect(await parties(analyst)).toEqual([]);
    const set = (a: Actor, party: string, draft: string) =>
      w(a, (ctx) =>
        setPosition(ctx, { party, draft, provision: '1', stance: 'accept', asOf: '2025-03-03' }),
      ).catch((e) => e.code);
    const before = await snapshot(s);
    expect(await set(north, 'south', 'v1')).toBe('forbidden');
    expect(await set(south, 'south', 'v2')).toBe('forbidden'); // summary only
    expect(await set(south, 'south', 'v1')).toBe('not_found'); // never received
    expect(await set(analyst, 'south', 'v1')).toBe('not_found');
    expect(await snapshot(s)).toBe(before);
    expect((await set(north, 'north', 'v1')).party).toBe('north');
  });

  it('a delegate sees its own circulations and tracks; it cannot circulate or read the audit log', async () => {
    expect((await r(north, (ctx) => listCirculations.run(ctx, {}))).map((c) => c.party)).toEqual(['north']);
    expect((await runUseCase(s, broker, listTracks, {})).map((t) => t.id)).toEqual([]);
    expect((await runUseCase(s, north, listTracks, {})).map((t) => t.id)).toEqual(['fish']);
    expect((await runUseCase(s, analyst, listParties, {})).length).toBe(4);
    const circulate = (draft: string) =>
      w(north, (ctx) => circulateDraft.run(ctx, { draft, to: 'north' })).catch((e) => e.code);
    expect(await circulate('v1')).toBe('forbidden');
    expect(await circulate('v2')).toBe('not_found');
    await expect(runUseCase(s, north, verifyAudit, {})).rejects.toMatchObject({ code: 'forbidden' });
    expect((await r(sec, (ctx) => listCirculations.run(ctx, {}))).length).toBe(3);
  });

  it('status: each delegation sees only provisions and stances it may read, counted only among them', async () => {
    const rows = async (a: Actor) =>
      (await r(a, (ctx) => getStatus(ctx, { draft: 'v1' })))?.rows.map(
        (row) => `${row.path}:${Object.keys(row.stances).sort()}`,
      );
    expect(await rows(sec)).toEqual(['1:north,south', '2:', '3:']);
    // v2 is the latest draft, but north holds only v1: its table defaults to the latest it may read.
    expect((await r(north, (ctx) => getStatus(ctx)))?.draft.id).toBe('v1');
    expect(await rows(north)).toEqual(['1:north,south', '2:', '3:']);
    // Broker is not on the fisheries track and does not see north's private stance.
    expect(await rows(broker)).toEqual(['1:south', '3:']);
    const progress = await r(broker, (ctx) => getStatus(ctx, { draft: 'v1' }));
    expect(progress?.progress.total).toBe(2);
    expect(JSON.stringify(progress)).not.toMatch(/fish|north.*accept/);
    // Nothing readable: no table; a hidden draft is unknown, a summary is not a text.
    expect(await r(south, (ctx) => getStatus(ctx))).toBeUndefined();
    expect(await r(analyst, (ctx) => getStatus(ctx))).toBeUndefined();
    await expect(r(south, (ctx) => getStatus(ctx, { draft: 'v1' }))).rejects.toMatchObject({
      code: 'not_found',
    });
    await expect(r(south, (ctx) => getStatus(ctx, { draft: 'v2' }))).rejects.toMatchObject({
      code: 'forbidden',
    });
  });

  it('progress over time: only dates of readable stances, only readable provisions counted', async () => {
    await w(owner, (ctx) =>
      setPosition(ctx, { party: 'north', draft: 'v1', provision: '3', stance: 'reject', asOf: '2025-03-05' }),
    );
    const points = (a: Actor) => r(a, (ctx) => progressOverTime(ctx, { draft: 'v1' }));
    expect((await points(sec)).map((p) => p.date)).toEqual(['2025-03-02', '2025-03-05']);
    expect((await points(north)).map((p) => p.date)).toEqual(['2025-03-02', '2025-03-05']);
    const forBroker = await points(broker);
    expect(forBroker.map((p) => p.date)).toEqual(['2025-03-02']);
    expect(forBroker[0]!.total).toBe(2);
    await expect(points(south)).rejects.toMatchObject({ code: 'not_found' });
  });

  it('compare and lineage: only between drafts whose text the actor holds, hidden provisions left out', async () => {
    await w(owner, (ctx) => circulateDraft.run(ctx, { draft: 'v2', to: 'broker' }));
    await w(owner, (ctx) => circulateDraft.run(ctx, { draft: 'v2', to: 'watch' }));
    const compared = await r(broker, (ctx) => compareStoredDrafts(ctx, { from: 'v1', to: 'v2' }));
    expect(JSON.stringify(compared)).not.toContain('Fishing quotas');
    expect(
      JSON.stringify(await r(sec, (ctx) => compareStoredDrafts(ctx, { from: 'v1', to: 'v2' }))),
    ).toContain('Fishing quotas');
    await expect(r(north, (ctx) => compareStoredDrafts(ctx, { from: 'v1', to: 'v2' }))).rejects.toMatchObject(
      { code: 'not_found' },
    );
    await expect(r(south, (ctx) => compareStoredDrafts(ctx, { from: 'v2', to: 'v2' }))).rejects.toMatchObject(
      { code: 'forbidden' },
    );
    const steps = async (a: Actor) =>
      (await r(a, (ctx) => provisionLineage(ctx, { draft: 'v2', provision: '2' }))).map(
        (step) => `${step.draft}:${step.paths}`,
      );
    expect(await steps(broker)).toEqual(['v1:3', 'v2:2']);
    // Watchers never received v1: the history stops at the text they hold.
    expect(await steps(watcher)).toEqual(['v2:2']);
    await expect(
      r(broker, (ctx) => provisionLineage(ctx, { draft: 'v1', provision: '2' })),
    ).rejects.toMatchObject({ code: 'not_found' });
  });

  it("a stance asked for by id: one's own or a shared one, else the same 404 as an unknown id", async () => {
    const [northStance, southStance] = await r(sec, (ctx) => listPositions(ctx));
    const show = (a: Actor, id: string) =>
      r(a, (ctx) => showPosition(ctx, id)).then(
        (p) => p.party,
        (e) => e.message.replace(id, 'ID'),
      );
    expect(await show(north, northStance!.id)).toBe('north');
    expect(await show(broker, southStance!.id)).toBe('south');
    expect(await show(broker, northStance!.id)).toBe(await show(broker, 'no-such-id'));
    expect(await show(broker, northStance!.id)).toMatch(/^unknown position 'ID'/);
  });

  it('claims: listed for every reader of their source, reviewed by staff only; the export stays with staff', async () => {
    const bytes = readFileSync(path.resolve('test/fixtures/ingest', 'lake-gazette.md'));
    await w(owner, (ctx) => ingestDocument(ctx, { fileName: 'lake-gazette.md', bytes }));
    const all = await runUseCase(s, sec, listClaims, {});
    expect(all.length).toBeGreaterThan(0);
    expect(await runUseCase(s, analyst, listClaims, {})).toEqual(all);
    expect(await runUseCase(s, south, listClaims, {})).toEqual(all);
    const before = await snapshot(s);
    await expect(runUseCase(s, analyst, acceptClaim, { claim: all[0]!.id })).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(runUseCase(s, analyst, acceptClaim, { claim: 'no-such-claim' })).rejects.toMatchObject({
      code: 'not_found',
    });
    const content = bytes.toString('base64');
    await expect(
      runUseCase(s, north, ingestSource, { fileName: 'lake-gazette.md', content, encoding: 'base64' }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    expect(await snapshot(s)).toBe(before);
    for (const a of [north, analyst]) {
      await expect(runUseCase(s, a, exportBundle, {})).rejects.toMatchObject({ code: 'forbidden' });
    }
  });

  it('linking copies asks the policy to update each source: a delegate or an analyst is refused, nothing linked', async () => {
    for (const name of ['lake-gazette.md', 'copy-site.txt']) {
      const bytes = readFileSync(path.resolve('test/fixtures/ingest', name));
      await w(owner, (ctx) => ingestDocument(ctx, { fileName: name, bytes }));
    }
    const before = await snapshot(s);
    for (const a of [north, analyst]) {
      // Refused by the source policy itself, not only by the fail-closed check of a use case that never asked.
      await expect(w(a, linkCopies)).rejects.toMatchObject({
        code: 'forbidden',
        details: { kind: 'source', action: 'update' },
      });
    }
    expect(await snapshot(s)).toBe(before);
    expect(await w(sec, linkCopies)).toHaveLength(1);
  });

  it('signs in with a password, locks after five failures, and resolves the session to its actor', async () => {
    await runUseCase(s, owner, addUser, {
      id: 'dn',
      name: 'N. Delegate',
      role: 'delegate',
      party: 'north',
      password: 'a long passphrase',
    });
    await expect(
      runUseCase(s, owner, addUser, { id: 'x', name: 'X', role: 'delegate', password: 'a long passphrase' }),
    ).rejects.toMatchObject({ code: 'invalid_input' });
    const login = (password: string) => w(owner, (ctx) => attemptLogin(ctx, { user: 'dn', password }));
    const ok = await login('a long passphrase');
    if (!ok.ok) throw new Error('login failed');
    expect(ok.session.csrf).toBeTruthy();
    const resolved = await r(owner, (ctx) =>
      resolveCredential(ctx, { token: ok.session.token, now: '2025-11-20T10:00:00Z' }),
    );
    expect(resolved.actor).toEqual(north);
    await expect(
      r(owner, (ctx) => resolveCredential(ctx, { token: ok.session.token, now: '2025-11-22T10:00:00Z' })),
    ).rejects.toMatchObject({ code: 'forbidden' });
    // Wrong passwords are throttled, never locked (test/security/throttle.test.ts).
    for (let i = 0; i < 5; i++)
      expect(await login('wrong')).toEqual({ ok: false, reason: 'bad_credentials' });
    expect((await runUseCase(s, north, listUsers, {})).map((u) => u.id)).toEqual(['dn']);
  });
});
