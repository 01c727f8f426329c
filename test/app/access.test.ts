import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addUser, listUsers } from '../../src/app/accounts.ts';
import { verifyAudit } from '../../src/app/audit.ts';
import { circulateDraft, listCirculations } from '../../src/app/circulation.ts';
import { read, type Services, write } from '../../src/app/context.ts';
import { listPositions, setPosition } from '../../src/app/positions.ts';
import { listParties, listTracks } from '../../src/app/roster.ts';
import { attemptLogin, resolveCredential } from '../../src/app/sessions.ts';
import { getStatus } from '../../src/app/status.ts';
import { listVisibleDrafts, showVisibleDraft } from '../../src/app/visibleDrafts.ts';
import { type Actor, owner } from '../../src/core/actor.ts';
import type { Store } from '../../src/store/database.ts';
import { seedSmall, snapshot } from '../support/fixtures.ts';
import { backends, testServices } from '../support/stores.ts';

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

describe.each(backends)('who sees and does what, on $name', (backend) => {
  let store: Store;
  let s: Services;
  const r = <T>(actor: Actor, fn: Parameters<typeof read<T>>[3]) => read(s, actor, 'any', fn);
  const w = <T>(actor: Actor, fn: Parameters<typeof write<T>>[3]) => write(s, actor, 'any', fn);
  const secret = 'f'.repeat(64);

  beforeEach(async () => {
    store = await backend.open();
    s = testServices(store);
    await seedSmall(s);
    await w(owner, (ctx) => circulateDraft(ctx, { draft: 'v1', to: 'north', secret }));
    await w(owner, (ctx) => circulateDraft(ctx, { draft: 'v1', to: 'broker', secret }));
    await w(owner, (ctx) =>
      circulateDraft(ctx, { draft: 'v2', to: 'south', summary: 'Disputes go to a commission.', secret }),
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

  it("positions: own party plus publicly reported ones; writing only for one's own party on text one holds", async () => {
    const parties = async (a: Actor) => (await r(a, (ctx) => listPositions(ctx))).map((p) => p.party);
    expect(await parties(north)).toEqual(['north', 'south']);
    expect(await parties(broker)).toEqual(['south']);
    expect(await parties(analyst)).toEqual(['south']);
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

  it('a delegate sees its own circulations and tracks; it cannot circulate, read the audit log or the unfiltered status', async () => {
    expect((await r(north, (ctx) => listCirculations(ctx))).map((c) => c.party)).toEqual(['north']);
    expect((await r(broker, listTracks)).map((t) => t.id)).toEqual([]);
    expect((await r(north, listTracks)).map((t) => t.id)).toEqual(['fish']);
    expect((await r(analyst, listParties)).length).toBe(4);
    const circulate = (draft: string) =>
      w(north, (ctx) => circulateDraft(ctx, { draft, to: 'north', secret })).catch((e) => e.code);
    expect(await circulate('v1')).toBe('forbidden');
    expect(await circulate('v2')).toBe('not_found');
    await expect(
      r(north, (ctx) => verifyAudit(ctx, { publicKey: s.auditKey.publicKey })),
    ).rejects.toMatchObject({ code: 'forbidden' });
    await expect(r(north, (ctx) => getStatus(ctx))).rejects.toMatchObject({ code: 'forbidden' });
    expect((await r(sec, (ctx) => listCirculations(ctx))).length).toBe(3);
  });

  it('signs in with a password, locks after five failures, and resolves the session to its actor', async () => {
    await w(owner, (ctx) =>
      addUser(ctx, {
        id: 'dn',
        name: 'N. Delegate',
        role: 'delegate',
        party: 'north',
        password: 'a long passphrase',
      }),
    );
    await expect(
      w(owner, (ctx) =>
        addUser(ctx, { id: 'x', name: 'X', role: 'delegate', password: 'a long passphrase' }),
      ),
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
    for (let i = 0; i < 4; i++)
      expect(await login('wrong')).toEqual({ ok: false, reason: 'bad_credentials' });
    expect(await login('wrong')).toMatchObject({ ok: false, reason: 'locked' });
    expect(await login('a long passphrase')).toMatchObject({ ok: false, reason: 'locked' });
    expect((await r(north, listUsers)).map((u) => u.id)).toEqual(['dn']);
  });
});
