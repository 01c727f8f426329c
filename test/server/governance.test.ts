// Accounts and circulation over HTTP, as each role: who may add accounts and mint tokens,
// who receives which copy, downloading it again byte for byte, and tracing a leak.
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { masterText } from '../../src/app/masterText.ts';
import { fingerprintCopy } from '../../src/govern/fingerprint.ts';
import { buildServer } from '../../src/server/app.ts';
import { ACCORD_PARAGRAPHS } from '../fixtures/govern/accordText.ts';
import { snapshot } from '../support/fixtures.ts';
import { backends } from '../support/stores.ts';
import {
  type Account,
  addAccounts,
  exported,
  type Harness,
  openHarness,
  PASSWORD as password,
} from './harness.ts';

const ACCOUNTS: Account[] = [
  { id: 'root', role: 'admin' },
  { id: 'sec', role: 'secretariat' },
  { id: 'dn', role: 'delegate', party: 'north' },
  { id: 'ds', role: 'delegate', party: 'south' },
  { id: 'an', role: 'analyst' },
];
type Who = 'root' | 'sec' | 'dn' | 'ds' | 'an';

describe.each(backends)('governance over HTTP, on $name', (backend) => {
  let h: Harness;
  let as: (who: Who) => { authorization: string };
  const api = (who: Who, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
    h.app.inject({ method, url, headers: as(who), ...(payload === undefined ? {} : { payload }) });
  /** The record, the audit trail and the accounts: what a refused request must leave alone. */
  const everything = async () =>
    JSON.stringify([
      await exported(h.app, as('root')),
      await snapshot(h.services),
      (await api('root', 'GET', '/api/users')).json(),
    ]);

  beforeEach(async () => {
    h = await openHarness(backend);
    as = await addAccounts(h.services, ACCOUNTS);
  });
  afterEach(() => h.close());

  describe('accounts', () => {
    it('the secretariat adds a delegate, who can then mint their own token and act with it', async () => {
      const created = await api('sec', 'POST', '/api/users', {
        id: 'dw',
        name: 'Watcher delegate',
        role: 'delegate',
        party: 'Watchers',
        password,
      });
      expect(created.statusCode).toBe(201);
      expect(created.json()).toMatchObject({ id: 'dw', role: 'delegate', party: 'watch' });
      expect(created.json()).not.toHaveProperty('password');
      const session = await h.app.inject({
        method: 'POST',
        url: '/api/session',
        payload: { user: 'dw', password },
      });
      const cookie = String(session.headers['set-cookie']).split(';')[0]!;
      const minted = await h.app.inject({
        method: 'POST',
        url: '/api/users/dw/tokens',
        headers: { cookie, 'x-csrf-token': session.json().csrf },
        payload: { label: 'script' },
      });
      expect(minted.statusCode).toBe(201);
      expect(minted.json()).toMatchObject({ user: 'dw', label: 'script' });
      const me = await h.app.inject({
        method: 'GET',
        url: '/api/users',
        headers: { authorization: `Bearer ${minted.json().token}` },
      });
      expect(me.json().map((u: { id: string }) => u.id)).toEqual(['dw']);
    });

    it('staff list every account; anyone else only themselves', async () => {
      const ids = async (who: Who) =>
        ((await api(who, 'GET', '/api/users')).json() as { id: string }[]).map((u) => u.id);
      expect(await ids('sec')).toEqual(['an', 'dn', 'ds', 'root', 'sec'].sort());
      expect(await ids('dn')).toEqual(['dn']);
      expect(await ids('an')).toEqual(['an']);
    });

    it('tokens: self or an admin; the secretariat may not speak for another account', async () => {
      const bare = await api('dn', 'POST', '/api/users/dn/tokens');
      expect(bare.statusCode, bare.body).toBe(201);
      expect((await api('root', 'POST', '/api/users/dn/tokens', {})).statusCode).toBe(201);
      const before = await everything();
      const bySec = await api('sec', 'POST', '/api/users/dn/tokens', {});
      expect([bySec.statusCode, bySec.json().error.code]).toEqual([403, 'forbidden']);
      // Another delegate cannot even learn that the account exists.
      const byOther = await api('ds', 'POST', '/api/users/dn/tokens', {});
      const byOtherAbsent = await api('ds', 'POST', '/api/users/nobody/tokens', {});
      expect([byOther.statusCode, byOther.json().error.code]).toEqual([404, 'not_found']);
      expect(byOther.json().error.message).toBe(byOtherAbsent.json().error.message.replace('nobody', 'dn'));
      const unknown = await api('root', 'POST', '/api/users/nobody/tokens', {});
      expect([unknown.statusCode, unknown.json().error.code]).toEqual([404, 'not_found']);
      const badLabel = await api('dn', 'POST', '/api/users/dn/tokens', { label: 7 });
      expect([badLabel.statusCode, badLabel.json().error.code]).toEqual([400, 'invalid_input']);
      expect(await everything()).toBe(before);
    });

    it('refuses bad accounts with the field and the fix, writing nothing', async () => {
      const before = await everything();
      const refusals: [Who, object, number, string, RegExp][] = [
        ['dn', { id: 'x1', name: 'X', role: 'analyst', password }, 403, 'forbidden', /ask the secretariat/],
        ['an', { id: 'x1', name: 'X', role: 'analyst', password }, 403, 'forbidden', /ask the secretariat/],
        ['sec', { id: 'x1', name: 'X', role: 'delegate', password }, 400, 'invalid_input', /needs?|party/],
        [
          'sec',
          { id: 'x1', name: 'X', role: 'analyst', party: 'north', password },
          400,
          'invalid_input',
          /only delegates/,
        ],
        [
          'sec',
          { id: 'x1', name: 'X', role: 'delegate', party: 'atlantis', password },
          404,
          'not_found',
          /atlantis/,
        ],
        ['sec', { id: 'dn', name: 'X', role: 'analyst', password }, 409, 'duplicate', /already exists/],
        [
          'sec',
          { id: 'x1', name: 'X', role: 'analyst', password: 'short' },
          400,
          'invalid_input',
          /password/,
        ],
        ['sec', { id: 'x1', name: 'X', role: 'king', password }, 400, 'invalid_input', /role/],
        ['sec', { id: 'Not A Slug', name: 'X', role: 'analyst', password }, 400, 'invalid_input', /id/],
      ];
      for (const [who, body, status, code, message] of refusals) {
        const r = await api(who, 'POST', '/api/users', body);
        expect([r.statusCode, r.json().error.code], JSON.stringify(body)).toEqual([status, code]);
        expect(r.json().error.message).toMatch(message);
      }
      expect(await everything()).toBe(before);
    });
  });

  describe('circulation', () => {
    const circulate = (who: Who, draft: string, payload: object) =>
      api(who, 'POST', `/api/drafts/${draft}/circulations`, payload);
    /** A long text: enough variant slots to tell copies apart. */
    const importAccord = async () => {
      const text = ['# Framework Accord', '', ...ACCORD_PARAGRAPHS.flatMap((p, i) => [`${i + 1}. ${p}`, ''])];
      const imported = await api('sec', 'POST', '/api/drafts', {
        text: text.join('\n'),
        format: 'markdown',
        label: 'Accord',
        id: 'accord',
      });
      expect(imported.statusCode).toBe(201);
    };

    it("records a circulation and serves the recipient's copy again, equal to what was sent", async () => {
      const created = await circulate('sec', 'v1', { to: 'Nordstadt' });
      expect(created.statusCode).toBe(201);
      const { circulation, copyUrl } = created.json();
      expect(circulation).toMatchObject({ draft: 'v1', party: 'north', summaryOnly: false, by: 'user:sec' });
      expect(copyUrl).toBe(`/api/circulations/${circulation.id}/copy`);

      const v1 = (await api('sec', 'GET', '/api/drafts/v1')).json();
      const sent = fingerprintCopy(masterText(v1), 'north', h.services.fingerprintSecret);
      const text = await api('dn', 'GET', `${copyUrl}?format=text`);
      expect(text.statusCode).toBe(200);
      expect(text.headers['content-type']).toBe('text/plain; charset=utf-8');
      expect(text.headers['content-disposition']).toBe('attachment; filename="v1-north.txt"');
      expect(text.body).toBe(sent);
      expect(createHash('sha256').update(text.body).digest('hex')).toBe(circulation.fingerprint);

      const md = await api('dn', 'GET', copyUrl);
      expect(md.headers['content-disposition']).toBe('attachment; filename="v1-north.md"');
      expect(md.body.startsWith(`# ${sent.split('\n')[0]}`)).toBe(true);
      const html = await api('sec', 'GET', `${copyUrl}?format=html`);
      expect(html.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(html.body).toContain('<!doctype html>');
      // Deterministic: every download is the same copy.
      expect((await api('dn', 'GET', `${copyUrl}?format=text`)).body).toBe(text.body);
    });

    it("a delegate sees only its party's circulations; another party's copy is 404 like a made-up id", async () => {
      const north = (await circulate('sec', 'v1', { to: 'north' })).json().circulation;
      await circulate('sec', 'v2', { to: 'south', summary: 'Disputes go to a commission of five.' });
      const parties = async (who: Who, query = '') =>
        ((await api(who, 'GET', `/api/circulations${query}`)).json() as { party: string }[]).map(
          (c) => c.party,
        );
      expect(await parties('sec')).toEqual(['north', 'south']);
      expect(await parties('sec', '?draft=v2')).toEqual(['south']);
      expect(await parties('dn')).toEqual(['north']);
      expect(await parties('ds')).toEqual(['south']);
      expect(await parties('an')).toEqual([]);

      const theirs = await api('ds', 'GET', `/api/circulations/${north.id}/copy`);
      const madeUp = await api('ds', 'GET', '/api/circulations/no-such-id/copy');
      expect([theirs.statusCode, theirs.json().error.code]).toEqual([404, 'not_found']);
      expect(theirs.json().error.message).toBe(madeUp.json().error.message.replace('no-such-id', north.id));
      expect((await api('an', 'GET', `/api/circulations/${north.id}/copy`)).statusCode).toBe(404);

      const south = (await api('ds', 'GET', '/api/circulations')).json()[0];
      const summary = await api('ds', 'GET', `/api/circulations/${south.id}/copy?format=text`);
      expect(summary.statusCode).toBe(200);
      expect(summary.body).toMatch(/commission of (five|5)/);
      expect(summary.body).not.toContain('share the lake');
    });

    it('refuses a copy that can no longer be reproduced (the secret changed) with a conflict', async () => {
      await importAccord();
      const { circulation } = (await circulate('sec', 'accord', { to: 'north' })).json();
      const moved = buildServer({ services: { ...h.services, fingerprintSecret: 'a-different-secret' } });
      await moved.ready();
      try {
        const r = await moved.inject({
          method: 'GET',
          url: `/api/circulations/${circulation.id}/copy`,
          headers: as('sec'),
        });
        expect([r.statusCode, r.json().error.code]).toEqual([409, 'conflict']);
        expect(r.json().error.message).toMatch(/can no longer be reproduced.*circulate the draft again/);
      } finally {
        await moved.close();
      }
    });

    it('refuses bad circulations and copy requests, writing nothing', async () => {
      const before = await everything();
      const refusals: [Who, string, object, number, string][] = [
        ['dn', 'v1', { to: 'north' }, 404, 'not_found'],
        ['an', 'v1', { to: 'north' }, 404, 'not_found'],
        ['sec', 'v9', { to: 'north' }, 404, 'not_found'],
        ['sec', 'v1', { to: 'atlantis' }, 404, 'not_found'],
        ['sec', 'v1', { to: '' }, 400, 'invalid_input'],
        ['sec', 'v1', { to: 'north', summary: '   ' }, 400, 'invalid_input'],
        ['sec', 'v1', {}, 400, 'invalid_input'],
      ];
      for (const [who, draft, body, status, code] of refusals) {
        const r = await circulate(who, draft, body);
        expect([r.statusCode, r.json().error.code], `${who} ${draft} ${JSON.stringify(body)}`).toEqual([
          status,
          code,
        ]);
      }
      const badFormat = await api('sec', 'GET', '/api/circulations/x/copy?format=docx');
      expect([badFormat.statusCode, badFormat.json().error.code]).toEqual([400, 'invalid_input']);
      const badDraft = await api('sec', 'GET', '/api/circulations?draft=Not%20a%20slug');
      expect(badDraft.statusCode).toBe(400);
      expect(await everything()).toBe(before);
    });

    it('traces a re-flowed paragraph to its recipient, and says when it cannot tell', async () => {
      await importAccord();
      const urls: Record<string, string> = {};
      for (const party of ['north', 'south', 'broker']) {
        urls[party] = (await circulate('sec', 'accord', { to: party })).json().copyUrl;
      }
      const copy = (await api('sec', 'GET', `${urls.south}?format=text`)).body;
      const paragraph = copy.split(/\n{2,}/).filter((b) => b.length > 300)[0]!;
      const leak = paragraph.replace(/\s+/g, ' ').replace(/(.{50}\S*) /g, '$1\n');
      const traced = await api('sec', 'POST', '/api/trace', { text: leak });
      expect(traced.statusCode).toBe(200);
      expect(traced.json()).toMatchObject({ verdict: 'match', recipient: 'south', draft: 'accord' });
      expect(traced.json().confidence).toBeGreaterThan(0.95);
      const unseen = await api('sec', 'POST', '/api/trace', {
        text: ACCORD_PARAGRAPHS[1]!.replace(/shall/g, 'will').replace(/,/g, ''),
        draft: 'accord',
      });
      expect(unseen.json()).toMatchObject({ verdict: 'inconclusive' });
      expect(unseen.json().reason).toEqual(expect.any(String));

      const before = await everything();
      const byDelegate = await api('ds', 'POST', '/api/trace', { text: leak });
      // Tracing is about no one circulation a delegate could see: refused like the audit log.
      expect([byDelegate.statusCode, byDelegate.json().error.code]).toEqual([403, 'forbidden']);
      const empty = await api('sec', 'POST', '/api/trace', { text: '' });
      expect([empty.statusCode, empty.json().error.code]).toEqual([400, 'invalid_input']);
      const unknownDraft = await api('sec', 'POST', '/api/trace', { text: leak, draft: 'v9' });
      expect([unknownDraft.statusCode, unknownDraft.json().error.code]).toEqual([404, 'not_found']);
      expect(await everything()).toBe(before);
    });
  });
});
