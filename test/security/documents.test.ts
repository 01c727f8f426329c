// Word and PDF through the API, as an insider would try them: downloading a draft one may
// not see (same 404 as an unknown id), a party off a track getting that track's provisions
// in an export, a delegation or an analyst importing a document (refused, nothing written).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { circulateDraft } from '../../src/app/circulation.ts';
import { write } from '../../src/app/context.ts';
import { owner } from '../../src/core/actor.ts';
import { addAccounts, exported, type Harness, openHarness } from '../server/harness.ts';
import { lvl, p, rawDocx } from '../support/rawDocx.ts';
import { backends } from '../support/stores.ts';

const ACCOUNTS = [
  { id: 'sec', role: 'secretariat' },
  { id: 'dn', role: 'delegate', party: 'north' },
  { id: 'db', role: 'delegate', party: 'broker' },
  { id: 'an', role: 'analyst' },
] as const;
type Who = (typeof ACCOUNTS)[number]['id'];

const docx = rawDocx({
  body: [
    p('Ferry Protocol'),
    p('Ferries run daily.', { num: [1, 0] }),
    p('Fares are shared.', { num: [1, 0] }),
  ].join(''),
  numbering: `<w:abstractNum w:abstractNumId="0">${lvl(0, 'decimal', '%1.')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`,
});
const upload = {
  document: Buffer.from(docx).toString('base64'),
  format: 'docx',
  label: 'Ferries',
  id: 'ferries',
};

describe.each(backends)('documents in and out through the API, on $name', (backend) => {
  let h: Harness;
  let as: (id: string) => { authorization: string };
  const get = (who: Who, url: string) => h.app.inject({ method: 'GET', url, headers: as(who) });
  const post = (who: Who, url: string, payload: object) =>
    h.app.inject({ method: 'POST', url, headers: as(who), payload });

  beforeAll(async () => {
    h = await openHarness(backend);
    await write(h.services, owner, 'negotiation', async (ctx) => {
      // v1 to broker, which is not on the fisheries track of v1's §2.
      await circulateDraft.run(ctx, { draft: 'v1', to: 'broker' });
    });
    as = await addAccounts(h.services, ACCOUNTS);
  }, 120_000);
  afterAll(() => h.close());

  it('the secretariat uploads a .docx and downloads the draft as Word and Akoma Ntoso', async () => {
    const created = await post('sec', '/api/drafts/document', upload);
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json().draft.provisions.map((x: { number: string }) => x.number)).toEqual(['1', '2']);
    const word = await get('sec', '/api/drafts/ferries/export?format=docx');
    expect(word.statusCode).toBe(200);
    expect(word.headers['content-type']).toContain('wordprocessingml');
    expect(word.headers['content-disposition']).toContain('ferries.docx');
    expect(word.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const akn = await get('sec', '/api/drafts/ferries/export?format=akn');
    expect(akn.body).toContain('<akomaNtoso');
  });

  it('a delegation or an analyst may not import a document; nothing is written', async () => {
    const before = await exported(h.app, as('sec'));
    for (const who of ['dn', 'an'] as const) {
      const refused = await post(who, '/api/drafts/document', { ...upload, id: `by-${who}` });
      expect(refused.statusCode, `${who}: ${refused.body}`).toBe(403);
    }
    expect(await exported(h.app, as('sec'))).toBe(before);
  });

  it('a bad document is 400 and writes nothing', async () => {
    const before = await exported(h.app, as('sec'));
    const cut = await post('sec', '/api/drafts/document', {
      ...upload,
      id: 'cut',
      document: Buffer.from(docx.subarray(0, 60)).toString('base64'),
    });
    expect(cut.statusCode).toBe(400);
    expect(cut.body).toContain('not a readable Word document');
    expect(await exported(h.app, as('sec'))).toBe(before);
  });

  it('a draft never circulated to the party answers 404 exactly like an unknown one', async () => {
    const hidden = await get('dn', '/api/drafts/v1/export?format=akn');
    const unknown = await get('dn', '/api/drafts/nope/export?format=akn');
    expect(hidden.statusCode).toBe(404);
    expect(hidden.body.replaceAll('v1', 'REF')).toBe(unknown.body.replaceAll('nope', 'REF'));
  });

  it('an export leaves out the provisions of tracks the party is not on', async () => {
    const md = await get('db', '/api/drafts/v1/export?format=md');
    expect(md.statusCode).toBe(200);
    expect(md.body).toContain('A joint commission settles disputes.');
    expect(md.body).not.toContain('Fishing quotas');
    expect(md.body).not.toContain('Quotas are published in May.');
    const akn = await get('db', '/api/drafts/v1/export?format=akn');
    expect(akn.body).not.toContain('Fishing quotas');
    expect((await get('sec', '/api/drafts/v1/export?format=md')).body).toContain('Fishing quotas');
  });
});
