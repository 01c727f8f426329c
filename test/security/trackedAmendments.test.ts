// A returned Word file's tracked changes, recorded by the secretariat as one party's
// amendments: an insider of another party must not read them (same 404 as an unknown
// amendment), the party itself only once it holds the draft, and nobody but staff may
// turn a file into another party's amendments.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addAccounts, exported, type Harness, openHarness } from '../server/harness.ts';
import { backends } from '../support/stores.ts';
import { trackedDocx } from '../support/trackedDocx.ts';

const ACCOUNTS = [
  { id: 'sec', role: 'secretariat' },
  { id: 'dn', role: 'delegate', party: 'north' },
  { id: 'db', role: 'delegate', party: 'broker' },
  { id: 'an', role: 'analyst' },
] as const;
type Who = (typeof ACCOUNTS)[number]['id'];

const upload = {
  document: Buffer.from(trackedDocx()).toString('base64'),
  format: 'docx',
  label: 'Returned ferries',
  id: 'returned',
  trackedAsAmendments: 'north',
};

describe.each(backends)(
  'tracked changes as amendments, as an insider would try them, on $name',
  (backend) => {
    let h: Harness;
    let as: (id: string) => { authorization: string };
    const get = (who: Who, url: string) => h.app.inject({ method: 'GET', url, headers: as(who) });
    const post = (who: Who, url: string, payload: object) =>
      h.app.inject({ method: 'POST', url, headers: as(who), payload });
    let ids: string[] = [];

    beforeAll(async () => {
      h = await openHarness(backend);
      as = await addAccounts(h.services, ACCOUNTS);
    }, 120_000);
    afterAll(() => h.close());

    it('a delegation or an analyst may not import a file as amendments; nothing is written', async () => {
      const before = await exported(h.app, as('sec'));
      for (const who of ['dn', 'db', 'an'] as const) {
        const refused = await post(who, '/api/drafts/document', { ...upload, id: `by-${who}` });
        expect(refused.statusCode, `${who}: ${refused.body}`).toBe(403);
      }
      expect(await exported(h.app, as('sec'))).toBe(before);
    });

    it('the secretariat records them for north; north sees them only once it holds the draft', async () => {
      const created = await post('sec', '/api/drafts/document', upload);
      expect(created.statusCode, created.body).toBe(201);
      const amendments = created.json().amendments as { id: string; party: string; shared: boolean }[];
      expect(amendments.map((a) => [a.party, a.shared])).toEqual([
        ['north', false],
        ['north', false],
        ['north', false],
      ]);
      ids = amendments.map((a) => a.id);
      expect((await get('dn', '/api/amendments?draft=returned')).statusCode).toBe(404);
      expect((await get('dn', `/api/amendments/${ids[0]}`)).statusCode).toBe(404);
      for (const to of ['north', 'broker']) {
        const sent = await post('sec', '/api/drafts/returned/circulations', { to });
        expect(sent.statusCode, sent.body).toBe(201);
      }
      const north = await get('dn', '/api/amendments?draft=returned');
      expect(north.statusCode, north.body).toBe(200);
      expect(north.json().map((a: { id: string }) => a.id)).toEqual(ids);
    });

    it("another party's delegate, holding the same draft, sees none of them: hidden is unknown", async () => {
      const listed = await get('db', '/api/amendments?draft=returned');
      expect(listed.statusCode, listed.body).toBe(200);
      expect(listed.json()).toEqual([]);
      for (const id of ids) {
        const hidden = await get('db', `/api/amendments/${id}`);
        const unknown = await get('db', '/api/amendments/no-such-amendment');
        expect(hidden.statusCode).toBe(404);
        expect(hidden.body.replaceAll(id, 'REF')).toBe(unknown.body.replaceAll('no-such-amendment', 'REF'));
      }
    });
  },
);
