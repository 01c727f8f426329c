import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backends } from '../support/stores.ts';
import { exported, type Harness, openHarness } from './harness.ts';

/** An article invented for these tests: a quote, an undated meeting, a party's stance. */
const courier = [
  '---',
  'title: "Shoreline talks stall over ferry tolls"',
  'outlet: Reed Valley Courier',
  'date: 2025-04-08',
  '---',
  '',
  'Delegations from Northland and Southland spent a long afternoon in Millbrook arguing over ferry tolls, with no agreement in sight.',
  '',
  '"The tolls must fall before winter or the ferries will stand idle," said Petra Lind, a Southland adviser.',
  '',
  'The Broker Union mediators said the delegations would meet again in Eastport once the tolls are costed.',
  '',
  'Southland said it rejects any cap on its armed forces along the shore.',
].join('\n');

/** The same words, put in another mouth by another outlet. */
const bulletin = [
  'Ferry toll dispute drags on',
  '',
  'Talks between the two shores broke up without result on Monday evening, officials said.',
  '',
  '"The tolls must fall before winter or the ferries will stand idle," said Oskar Wren, a Northland spokesman.',
].join('\n');

interface ClaimBody {
  id: string;
  kind: string;
  status: string;
  text: string;
  source: string;
  span: [number, number];
  speaker?: string;
  recordRef?: string;
}

describe.each(backends)('the evidence API on $name', (backend) => {
  let h: Harness;
  beforeEach(async () => {
    h = await openHarness(backend);
  });
  afterEach(() => h.close());

  const inject = async (method: 'GET' | 'POST', url: string, payload?: object) => {
    const r = await h.app.inject({ method, url, ...(payload ? { payload } : {}) });
    return { status: r.statusCode, body: r.json(), raw: r.body };
  };
  const ingest = (fileName: string, content: string, encoding?: 'utf8' | 'base64') =>
    inject('POST', '/api/sources/ingest', { fileName, content, ...(encoding ? { encoding } : {}) });
  const claims = async (query = '') => (await inject('GET', `/api/claims${query}`)).body as ClaimBody[];

  it('ingests a document once: 201 with the claims counted, then 200 duplicate, nothing new', async () => {
    const first = await ingest('courier.md', courier);
    expect(first.status, first.raw).toBe(201);
    expect(first.body).toEqual({
      outcome: {
        fileName: 'courier.md',
        status: 'added',
        source: 'reed-valley-courier-2025-04-08',
        claims: expect.objectContaining({ quote: 1, event: 1, position: 1 }),
        reading: { genre: 'news', dateFrom: 'front-matter', dateConfidence: 0.95 },
      },
      copies: [],
    });
    const before = await exported(h.app);
    const again = await ingest('courier-again.md', courier);
    expect(again.status).toBe(200);
    expect(again.body.outcome).toEqual({
      fileName: 'courier-again.md',
      status: 'duplicate',
      source: 'reed-valley-courier-2025-04-08',
    });
    expect(await exported(h.app)).toBe(before);
  });

  it('takes bytes as base64 and repairs their mojibake', async () => {
    const mangled = Buffer.from(
      courier.replace('afternoon', 'afternoon’s work').replaceAll('’', 'â€™'),
      'utf8',
    ).toString('base64');
    const r = await ingest('mangled.txt', mangled, 'base64');
    expect(r.status, r.raw).toBe(201);
    const source = (await inject('GET', `/api/sources/${r.body.outcome.source}`)).body;
    expect(source.rawText).toContain('afternoonâ€™s');
    expect(source.cleanText).not.toContain('â€');
  });

  it('refuses bad documents and bad requests, writing nothing', async () => {
    const before = await exported(h.app);
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3, 0, 0]).toString('base64');
    const refused = await ingest('photo.txt', png, 'base64');
    expect([400, 415]).toContain(refused.status);
    expect(refused.body.error.message).toContain('photo.txt');
    expect((await ingest('empty.txt', '')).status).toBe(400);
    const badBase64 = await ingest('x.txt', 'not base64!', 'base64');
    expect(badBase64.status).toBe(400);
    expect(badBase64.body.error.message).toContain('content');
    expect((await inject('POST', '/api/sources/ingest', { content: courier })).status).toBe(400);
    expect((await inject('GET', '/api/claims?kind=rumour')).status).toBe(400);
    expect((await inject('POST', '/api/claims/c-nothere/accept', {})).status).toBe(404);
    expect((await inject('POST', '/api/claims/c-nothere/reject', {})).status).toBe(404);
    expect((await inject('GET', '/api/sources/nowhere')).status).toBe(404);
    const huge = await ingest('huge.txt', 'Talks resumed. '.repeat(150_000));
    expect(huge.status).toBe(413);
    expect(huge.body.error.code).toBe('too_large');
    expect(await exported(h.app)).toBe(before);
  });

  it('lists claims by filter, each span pointing into its source clean text', async () => {
    const { body } = await ingest('courier.md', courier);
    const all = await claims();
    expect(all.every((c) => c.status === 'suggested' && c.source === body.outcome.source)).toBe(true);
    const quotes = await claims('?kind=quote&status=suggested');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({ speaker: 'Petra Lind' });
    expect(await claims(`?source=${body.outcome.source}&kind=event`)).toHaveLength(1);
    expect(await claims('?source=gazette-1')).toEqual([]);
    const source = (await inject('GET', `/api/sources/${body.outcome.source}`)).body;
    const [from, to] = quotes[0]!.span;
    expect(source.cleanText.slice(from, to)).toContain('The tolls must fall');
  });

  it('accepts an event once it has a date, and only once', async () => {
    await ingest('courier.md', courier);
    const [event] = await claims('?kind=event');
    const before = await exported(h.app);
    const undated = await inject('POST', `/api/claims/${event!.id}/accept`, {});
    expect(undated.status).toBe(400);
    expect(undated.body.error.message).toContain('date');
    expect(undated.body.error.details).toMatchObject({
      missing: 'date',
      field: 'edit.date',
      fields: [{ field: 'edit.date', message: expect.stringContaining('date') }],
    });
    const badDate = await inject('POST', `/api/claims/${event!.id}/accept`, { edit: { date: 'soon' } });
    expect(badDate.status).toBe(400);
    expect(await exported(h.app)).toBe(before);

    const accepted = await inject('POST', `/api/claims/${event!.id}/accept`, {
      edit: { date: '2025-04-22', title: 'Ferry toll talks in Eastport' },
      note: 'date from the mediators',
    });
    expect(accepted.status, accepted.raw).toBe(200);
    expect(accepted.body).toMatchObject({ status: 'accepted', note: 'date from the mediators' });
    const events = (await inject('GET', '/api/events')).body as { id: string; date: string; title: string }[];
    expect(events.find((e) => `event:${e.id}` === accepted.body.recordRef)).toMatchObject({
      date: '2025-04-22',
      title: 'Ferry toll talks in Eastport',
    });
    const twice = await inject('POST', `/api/claims/${event!.id}/accept`, {});
    expect(twice.status).toBe(409);
    expect(twice.body.error.code).toBe('conflict');
  });

  it('a stance needs a provision; with one it is recorded', async () => {
    await ingest('courier.md', courier);
    const [position] = await claims('?kind=position');
    const refused = await inject('POST', `/api/claims/${position!.id}/accept`, {});
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toContain('provision');
    expect(refused.body.error.details).toMatchObject({
      missing: 'provision',
      field: 'edit.provision',
      fields: [{ field: 'edit.provision', message: expect.stringContaining('provision') }],
    });
    const accepted = await inject('POST', `/api/claims/${position!.id}/accept`, {
      edit: { draft: 'v2', provision: '2' },
    });
    expect(accepted.status, accepted.raw).toBe(200);
    expect(accepted.body.recordRef).toMatch(/^position:/);
  });

  it('rejects a quote with a note, and lists it as rejected', async () => {
    await ingest('courier.md', courier);
    const [quote] = await claims('?kind=quote');
    const r = await inject('POST', `/api/claims/${quote!.id}/reject`, { note: 'misattributed' });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ id: quote!.id, status: 'rejected', note: 'misattributed' });
    expect((await claims('?status=rejected')).map((c) => c.id)).toEqual([quote!.id]);
    expect((await inject('POST', `/api/claims/${quote!.id}/reject`, {})).status).toBe(409);
  });

  it('shows the same words given to two speakers as a contradiction, side by side', async () => {
    await ingest('courier.md', courier);
    await ingest('bulletin.txt', bulletin);
    const { status, body } = await inject('GET', '/api/contradictions');
    expect(status).toBe(200);
    const found = (body as { kind: string; a: { source: string }; b: { source: string } }[]).find(
      (c) => c.kind === 'attribution',
    );
    expect(found).toBeDefined();
    expect(new Set([found!.a.source, found!.b.source]).size).toBe(2);
  });
});
