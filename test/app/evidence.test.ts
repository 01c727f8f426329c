import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acceptClaim, listClaims, listContradictions, rejectClaim } from '../../src/app/claims.ts';
import { read, type Services, write } from '../../src/app/context.ts';
import { ingestDocument, linkCopies } from '../../src/app/ingest.ts';
import { listEvents } from '../../src/app/record.ts';
import { addPerson } from '../../src/app/roster.ts';
import { owner } from '../../src/core/actor.ts';
import type { Store } from '../../src/store/database.ts';
import { seedSmall, snapshot } from '../support/fixtures.ts';
import { backends, openSeeded } from '../support/stores.ts';

const fixture = (name: string) => ({
  fileName: name,
  bytes: readFileSync(path.resolve('test/fixtures/ingest', name)),
});

describe.each(backends)('evidence on $name', (backend) => {
  let store: Store;
  let s: Services;
  beforeEach(async () => {
    ({ store, services: s } = await openSeeded(backend, 'small', seedSmall));
    await write(s, owner, 'person', async (ctx) => {
      await addPerson(ctx, { id: 'varga', name: 'Ines Varga', party: 'north', office: 'Chief negotiator' });
      await addPerson(ctx, { id: 'brandt', name: 'Tomas Brandt', party: 'south', office: 'Envoy' });
    });
  });
  afterEach(() => store.close());

  const ingest = (name: string) => write(s, owner, 'source', (ctx) => ingestDocument(ctx, fixture(name)));
  const claims = (query = {}) => read(s, owner, 'claim', (ctx) => listClaims(ctx, query));

  it('stores a document as a source with suggested claims pointing into its clean text', async () => {
    const outcome = await ingest('lake-gazette.md');
    expect(outcome).toMatchObject({ status: 'added', source: 'lake-gazette-2025-06-12' });
    const quote = (await claims({ kind: 'quote' }))[0];
    expect(quote).toMatchObject({ status: 'suggested', speaker: 'Ines Varga', speakerId: 'varga' });
    const bundle = JSON.parse(await snapshot(s)).bundle;
    const clean: string = bundle.sources.find((x: { id: string }) => x.id === outcome.source).cleanText;
    expect(clean.slice(quote!.span[0], quote!.span[1])).toContain('fair balance');
  });

  it('ingesting the same document twice duplicates nothing', async () => {
    await ingest('lake-gazette.md');
    const before = await snapshot(s);
    expect(await ingest('lake-gazette.md')).toMatchObject({
      status: 'duplicate',
      source: 'lake-gazette-2025-06-12',
    });
    expect(await snapshot(s)).toBe(before);
  });

  it('recognises a re-scraped copy of a stored article (one word corrected) and adds nothing', async () => {
    await ingest('lake-gazette.md');
    const before = await snapshot(s);
    const text = readFileSync(path.resolve('test/fixtures/ingest/lake-gazette.md'), 'utf8');
    const corrected = text.replace('after two days of talks', 'after two full days of talks');
    expect(corrected).not.toBe(text);
    const outcome = await write(s, owner, 'source', (ctx) =>
      ingestDocument(ctx, { fileName: 'lake-gazette-again.md', bytes: Buffer.from(corrected) }),
    );
    expect(outcome).toEqual({
      fileName: 'lake-gazette-again.md',
      status: 'duplicate',
      source: 'lake-gazette-2025-06-12',
    });
    expect(await snapshot(s)).toBe(before);
  });

  it('repairs mojibake before extracting', async () => {
    const outcome = await ingest('mojibake.txt');
    const bundle = JSON.parse(await snapshot(s)).bundle;
    const source = bundle.sources.find((x: { id: string }) => x.id === outcome.source);
    expect(source.cleanText).toContain("Northland's envoy says");
    expect(source.cleanText).not.toContain('â€');
    expect(source.rawText).toContain('Northlandâ€™s');
  });

  it('refuses a binary file and writes nothing', async () => {
    const before = await snapshot(s);
    const attempt = write(s, owner, 'source', (ctx) =>
      ingestDocument(ctx, {
        fileName: 'photo.txt',
        bytes: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3]),
      }),
    );
    await expect(attempt).rejects.toMatchObject({ code: expect.stringMatching(/invalid_input|unsupported/) });
    expect(await snapshot(s)).toBe(before);
  });

  it('accepting an event claim puts the event on the record, citing the source', async () => {
    const { source } = (await ingest('lake-gazette.md')) as { source: string };
    const event = (await claims({ kind: 'event' })).find((c) => c.text.includes('meet again'));
    expect(event).toBeDefined();
    const accepted = await write(s, owner, 'claim', (ctx) =>
      acceptClaim(ctx, { id: event!.id, edit: { date: '2025-06-20' } }),
    );
    expect(accepted.recordRef).toMatch(/^event:/);
    const events = await read(s, owner, 'event', listEvents);
    const added = events.find((e) => `event:${e.id}` === accepted.recordRef);
    expect(added).toMatchObject({ date: '2025-06-20', sources: [source] });
    const again = await write(s, owner, 'claim', (ctx) => acceptClaim(ctx, { id: event!.id })).catch(
      (e: unknown) => e,
    );
    expect(again).toMatchObject({ code: 'conflict' });
  });

  it('a position claim becomes a stance once the reviewer names the provision', async () => {
    await ingest('lake-gazette.md');
    const position = (await claims({ kind: 'position' }))[0];
    expect(position?.data).toMatchObject({ party: 'south', stance: 'reject' });
    const refused = await write(s, owner, 'claim', (ctx) => acceptClaim(ctx, { id: position!.id })).catch(
      (e: unknown) => e,
    );
    expect(refused).toMatchObject({ code: 'invalid_input', message: expect.stringContaining('--provision') });
    const accepted = await write(s, owner, 'claim', (ctx) =>
      acceptClaim(ctx, { id: position!.id, edit: { draft: 'v2', provision: '2' } }),
    );
    expect(accepted.recordRef).toMatch(/^position:/);
  });

  it('rejecting keeps the claim with its status', async () => {
    await ingest('lake-gazette.md');
    const quote = (await claims({ kind: 'quote' }))[0]!;
    await write(s, owner, 'claim', (ctx) => rejectClaim(ctx, { id: quote.id, note: 'misattributed' }));
    expect((await claims({ status: 'rejected' })).map((c) => c.id)).toEqual([quote.id]);
  });

  it('flags the same words given to different speakers, and links the copy', async () => {
    await ingest('lake-gazette.md');
    await ingest('copy-site.txt');
    const found = await read(s, owner, 'claim', listContradictions);
    expect(found.some((c) => c.kind === 'attribution')).toBe(true);
    const links = await write(s, owner, 'source', linkCopies);
    expect(links).toHaveLength(1);
    expect(await write(s, owner, 'source', linkCopies)).toHaveLength(0);
  });

  it('a copy does not count as independent confirmation', async () => {
    await ingest('lake-gazette.md');
    await ingest('copy-site.txt');
    const shared = async () => (await claims({ kind: 'position' })).map((c) => c.corroboration);
    expect(await shared()).toEqual([
      { sources: 2, independent: 2 },
      { sources: 2, independent: 2 },
    ]);
    await write(s, owner, 'source', linkCopies);
    expect(await shared()).toEqual([
      { sources: 2, independent: 1 },
      { sources: 2, independent: 1 },
    ]);
  });
});
