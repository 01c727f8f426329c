import { readFileSync } from 'node:fs';
import path from 'node:path';
import { asc } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acceptClaim, listClaims, rejectClaim } from '../../src/app/claims.ts';
import { type Services, write } from '../../src/app/context.ts';
import { listContradictions } from '../../src/app/contradictions.ts';
import { listEvents } from '../../src/app/events.ts';
import { ingestDocument, ingestSource, ingestSources, linkCopies } from '../../src/app/ingest.ts';
import { addPerson } from '../../src/app/roster.ts';
import { runUseCase, runWithin } from '../../src/app/useCase.ts';
import { owner } from '../../src/core/actor.ts';
import type { Store } from '../../src/store/database.ts';
import { audit as auditTable } from '../../src/store/schema.ts';
import { seedSmall, snapshot } from '../support/fixtures.ts';
import { backends, openSeeded } from '../support/stores.ts';

const fixture = (name: string) => ({
  fileName: name,
  bytes: readFileSync(path.resolve('test/fixtures/ingest', name)),
});

describe.each(backends)('evidence on $name', (backend) => {
  let store: Store;
  let s: Services;
  /** The small record with two speakers the fixtures quote. */
  const opened = async () => {
    const seeded = await openSeeded(backend, 'small', seedSmall);
    await write(seeded.services, owner, 'person', async (ctx) => {
      await runWithin(ctx, addPerson, {
        id: 'varga',
        name: 'Ines Varga',
        party: 'north',
        office: 'Chief negotiator',
      });
      await runWithin(ctx, addPerson, {
        id: 'brandt',
        name: 'Tomas Brandt',
        party: 'south',
        office: 'Envoy',
      });
    });
    return seeded;
  };
  beforeEach(async () => {
    ({ store, services: s } = await opened());
  });
  afterEach(() => store.close());

  /** Through the use case, as an adapter sends it: the bytes as base64; copies linked in the same write. */
  const ingested = (name: string) => {
    const { fileName, bytes } = fixture(name);
    return runUseCase(s, owner, ingestSource, {
      fileName,
      content: bytes.toString('base64'),
      encoding: 'base64',
    });
  };
  const ingest = async (name: string) => (await ingested(name)).outcome;
  const claims = (query = {}) => runUseCase(s, owner, listClaims, query);
  const accept = (input: object) => runUseCase(s, owner, acceptClaim, input);

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
    const { outcome } = await runUseCase(s, owner, ingestSource, {
      fileName: 'lake-gazette-again.md',
      content: corrected,
    });
    expect(outcome).toEqual({
      fileName: 'lake-gazette-again.md',
      status: 'duplicate',
      source: 'lake-gazette-2025-06-12',
    });
    expect(await snapshot(s)).toBe(before);
  });

  it('recognises an article stored under the same address (another scheme, host prefix, tracking) and adds nothing', async () => {
    const page = (url: string, body: string) =>
      runUseCase(s, owner, ingestSource, {
        fileName: 'page.md',
        content: `---\ntitle: "Quota talks, live"\noutlet: Lake Live\nurl: ${url}\n---\n\n${body}\n`,
      });
    const first = await page(
      'https://www.lake-live.example/talks/quotas/?utm_source=feed',
      'Northland and Southland met in Harbourtown on Monday to talk about fishing quotas.',
    );
    expect(first.outcome.status).toBe('added');
    const before = await snapshot(s);
    // Updated since: other words, so neither the hash nor the text finds it; the address does.
    const again = await page(
      'http://lake-live.example/talks/quotas#latest',
      'The envoys of both shores will meet again next week; no agreement on the army was reached.',
    );
    expect(again).toEqual({
      outcome: { fileName: 'page.md', status: 'duplicate', source: first.outcome.source },
      copies: [],
    });
    expect(await snapshot(s)).toBe(before);
    // Another page of the same site is another source.
    const other = await page(
      'https://www.lake-live.example/talks/army/',
      'Southland said it rejects any limit on the size of its army, officials said.',
    );
    expect(other.outcome.status).toBe('added');
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
    const attempt = runUseCase(s, owner, ingestSource, {
      fileName: 'photo.txt',
      content: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3]).toString('base64'),
      encoding: 'base64',
    });
    await expect(attempt).rejects.toMatchObject({ code: expect.stringMatching(/invalid_input|unsupported/) });
    expect(await snapshot(s)).toBe(before);
  });

  it('a batch in one write stores what a write per document stores, with the same audit entries; a refused file is skipped and leaves nothing', async () => {
    const binary = { fileName: 'photo.txt', bytes: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3]) };
    const files = [
      fixture('lake-gazette.md'),
      binary,
      fixture('copy-site.txt'),
      fixture('mojibake.txt'),
      fixture('lake-gazette.md'),
    ];
    const sent = files.map((f) => ({
      fileName: f.fileName,
      content: f.bytes.toString('base64'),
      encoding: 'base64',
    }));
    /** What the record holds after ingesting: claims without their random ids, the audit entries after `from`. */
    const held = async (services: Services, from: number) => {
      const { bundle } = JSON.parse(await snapshot(services));
      const rows = await services.store.db.select().from(auditTable).orderBy(asc(auditTable.seq));
      return {
        sources: bundle.sources,
        links: bundle.sourceLinks,
        claims: (bundle.claims as { id: string }[]).map(({ id: _id, ...c }) => c),
        audit: rows.slice(from).map((r) => [r.action, r.entity, r.entityId, r.data]),
      };
    };
    const start = (await s.store.db.select().from(auditTable)).length;
    const one = [];
    for (const file of sent)
      one.push(await runUseCase(s, owner, ingestSource, file).catch((e: Error) => e.message));
    const apart = await held(s, start);

    const other = await opened();
    try {
      const batch = await runUseCase(other.services, owner, ingestSources, { files: sent });
      expect(batch.files.map((f) => f.status)).toEqual(['added', 'skipped', 'added', 'added', 'duplicate']);
      expect(batch.files[1]).toMatchObject({ fileName: 'photo.txt', reason: one[1] });
      expect(batch.copies).toEqual(one.flatMap((x) => (typeof x === 'string' ? [] : x.copies)));
      expect(batch.copies).toHaveLength(1);
      expect(await held(other.services, start)).toEqual(apart);
    } finally {
      await other.store.close();
    }
  });

  it('accepting an event claim puts the event on the record, citing the source', async () => {
    const { source } = (await ingest('lake-gazette.md')) as { source: string };
    const event = (await claims({ kind: 'event' })).find((c) => c.text.includes('meet again'));
    expect(event).toBeDefined();
    const accepted = await accept({ claim: event!.id, edit: { date: '2025-06-20' } });
    expect(accepted.recordRef).toMatch(/^event:/);
    const events = await runUseCase(s, owner, listEvents, {});
    const added = events.find((e) => `event:${e.id}` === accepted.recordRef);
    expect(added).toMatchObject({ date: '2025-06-20', sources: [source] });
    const again = await accept({ claim: event!.id }).catch((e: unknown) => e);
    expect(again).toMatchObject({ code: 'conflict' });
  });

  it('a position claim becomes a stance once the reviewer names the provision', async () => {
    await ingest('lake-gazette.md');
    const position = (await claims({ kind: 'position' }))[0];
    expect(position?.data).toMatchObject({ party: 'south', stance: 'reject' });
    const refused = await accept({ claim: position!.id }).catch((e: unknown) => e);
    // The edit field to give, for each adapter to phrase (`--provision`, the form's field).
    expect(refused).toMatchObject({
      code: 'invalid_input',
      message: expect.stringContaining('provision'),
      details: { field: 'edit.provision', fields: [{ field: 'edit.provision' }] },
    });
    const accepted = await accept({ claim: position!.id, edit: { draft: 'v2', provision: '2' } });
    expect(accepted.recordRef).toMatch(/^position:/);
  });

  it('rejecting keeps the claim with its status', async () => {
    await ingest('lake-gazette.md');
    const quote = (await claims({ kind: 'quote' }))[0]!;
    await runUseCase(s, owner, rejectClaim, { claim: quote.id, note: 'misattributed' });
    expect((await claims({ status: 'rejected' })).map((c) => c.id)).toEqual([quote.id]);
  });

  it('an edit field the claim kind does not take is refused by name, and nothing is written', async () => {
    await ingest('lake-gazette.md');
    const quote = (await claims({ kind: 'quote' }))[0]!;
    const before = await snapshot(s);
    const refused = await accept({
      claim: quote.id,
      edit: { date: '2025-06-20', speaker: 'Ines Varga' },
    }).catch((e: unknown) => e);
    expect(refused).toMatchObject({
      code: 'invalid_input',
      details: { field: 'edit.date', fields: [{ field: 'edit.date' }] },
    });
    expect(await snapshot(s)).toBe(before);
  });

  it('stores each claim with the data of its kind, a quote with its speaker', async () => {
    await ingest('lake-gazette.md');
    const [quote] = await claims({ kind: 'quote' });
    expect(quote).toMatchObject({
      kind: 'quote',
      data: { words: expect.any(String), speaker: { name: 'Ines Varga' } },
    });
    const [event] = await claims({ kind: 'event' });
    expect(event).toMatchObject({
      kind: 'event',
      data: { participants: expect.any(Array), tense: expect.any(String) },
    });
  });

  it('flags the same words given to different speakers, and links the copy in the ingesting write', async () => {
    await ingest('lake-gazette.md');
    const copy = await ingested('copy-site.txt');
    expect(copy.copies).toEqual([
      expect.objectContaining({ a: 'lake-gazette-2025-06-12', b: copy.outcome.source }),
    ]);
    const found = await runUseCase(s, owner, listContradictions, {});
    expect(found.some((c) => c.kind === 'attribution')).toBe(true);
    expect((await ingested('copy-site.txt')).copies).toEqual([]);
    expect(await write(s, owner, 'source', linkCopies)).toHaveLength(0);
  });

  it('a copy does not count as independent confirmation', async () => {
    // Stored apart from linking, to see the count before and after the link.
    for (const name of ['lake-gazette.md', 'copy-site.txt'])
      await write(s, owner, 'source', (ctx) => ingestDocument(ctx, fixture(name)));
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
