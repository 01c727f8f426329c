// The review queue at scale: a source's mentions of one entity as one row, filters by
// kind, source, speaker and status, pages with totals, and a group reviewed in one write —
// all of it or, when one claim is refused, none.
import { and, eq, ne } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claimQueue, reviewClaims } from '../../src/app/claims.ts';
import type { Services } from '../../src/app/context.ts';
import { runUseCase } from '../../src/app/useCase.ts';
import { owner } from '../../src/core/actor.ts';
import { claimKey } from '../../src/core/corroboration.ts';
import type { Store } from '../../src/store/database.ts';
import { claim as claimTable } from '../../src/store/schema.ts';
import { seedClaimQueue } from '../support/claimQueue.ts';
import { seedSmall, snapshot } from '../support/fixtures.ts';
import { openSeeded, pglite } from '../support/stores.ts';

const SPEAKERS = [{ id: 'varga', name: 'Ines Varga' }, { name: 'Tomas Brandt' }, { name: 'A. Spokesperson' }];

describe('the review queue', () => {
  let store: Store;
  let s: Services;
  beforeAll(async () => {
    ({ store, services: s } = await openSeeded(pglite, 'small', seedSmall));
    // 40 claims a source: per ten, 1+1 quotes, 4+2 mentions (one party each run), an event, a stance.
    await seedClaimQueue(s, {
      sources: 5,
      claims: 200,
      parties: ['north', 'south', 'west'],
      speakers: SPEAKERS,
    });
  });
  afterAll(() => store.close());

  const queue = (input: object) => runUseCase(s, owner, claimQueue, input);

  it("groups a source's mentions of one party into one row, and pages rows with totals over every page", async () => {
    const all = await queue({ limit: 200 });
    expect(all.totalClaims).toBe(200);
    const mentions = all.groups.filter((g) => g.kind === 'mention');
    // Per source: four runs of ten name a party each; a source names each party in one row.
    for (const g of mentions) {
      expect(new Set(g.claims.map((c) => c.source))).toEqual(new Set([g.source]));
      expect(new Set(g.claims.map((c) => (c.kind === 'mention' ? c.data.id : '')))).toEqual(
        new Set([g.entity]),
      );
    }
    expect(new Set(mentions.map((g) => g.key)).size).toBe(mentions.length);
    expect(mentions.reduce((n, g) => n + g.claims.length, 0)).toBe(120);
    expect(mentions.length).toBeLessThanOrEqual(15);
    expect(all.totalGroups).toBe(80 + mentions.length);

    const first = await queue({ limit: 30 });
    const second = await queue({ offset: 30, limit: 30 });
    expect(first.groups).toHaveLength(30);
    expect(second.totalGroups).toBe(all.totalGroups);
    expect([...first.groups, ...second.groups].map((g) => g.key)).toEqual(
      all.groups.slice(0, 60).map((g) => g.key),
    );
    expect((await queue({ offset: all.totalGroups })).groups).toEqual([]);
  });

  it('filters by kind, source, speaker (person id or name as said) and status', async () => {
    const quotes = await queue({ kind: 'quote', limit: 200 });
    expect(quotes.totalClaims).toBe(40);
    expect(quotes.groups.every((g) => g.kind === 'quote' && g.claims.length === 1)).toBe(true);
    const bySource = await queue({ source: 'queue-002', limit: 200 });
    expect(bySource.totalClaims).toBe(40);
    expect(bySource.groups.every((g) => g.source === 'queue-002')).toBe(true);
    const varga = await queue({ speaker: 'varga' });
    expect(varga.totalClaims).toBeGreaterThan(0);
    expect(varga.groups.every((g) => g.claims.every((c) => c.speakerId === 'varga'))).toBe(true);
    expect((await queue({ speaker: 'tomas brandt' })).totalClaims).toBe(
      quotes.groups.filter((g) => g.claims[0]!.speaker === 'Tomas Brandt').length,
    );
    // The picker lists every speaker of the other filters' claims, whichever is chosen.
    expect(varga.speakers.map((x) => x.id).sort()).toEqual(['A. Spokesperson', 'Tomas Brandt', 'varga']);
    expect((await queue({ status: 'accepted' })).totalClaims).toBe(0);
  });

  it('accepts a group of mentions in one write; the queue no longer lists them as suggested', async () => {
    const [group] = (await queue({ kind: 'mention', status: 'suggested', source: 'queue-001' })).groups;
    const ids = group!.claims.map((c) => c.id);
    expect(ids.length).toBeGreaterThan(1);
    const done = await runUseCase(s, owner, reviewClaims, { claims: ids, decision: 'accept' });
    expect(done).toEqual({ decision: 'accept', claims: ids });
    const accepted = await queue({ status: 'accepted', limit: 200 });
    expect(accepted.groups.map((g) => g.key)).toEqual([group!.key]);
    expect(accepted.totalClaims).toBe(ids.length);
    const suggested = await queue({ status: 'suggested', source: 'queue-001', limit: 200 });
    expect(suggested.groups.map((g) => g.key)).not.toContain(group!.key);
  });

  it('refuses the whole group when one claim cannot be reviewed, naming it, and writes nothing', async () => {
    const [group] = (await queue({ kind: 'mention', status: 'suggested', source: 'queue-003' })).groups;
    const reviewed = (await queue({ status: 'accepted' })).groups[0]!.claims[0]!.id;
    const before = await snapshot(s);
    const ids = [...group!.claims.map((c) => c.id), reviewed];
    await expect(
      runUseCase(s, owner, reviewClaims, { claims: ids, decision: 'reject' }),
    ).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringContaining(reviewed),
    });
    await expect(
      runUseCase(s, owner, reviewClaims, { claims: [group!.claims[0]!.id, 'c-nope'], decision: 'accept' }),
    ).rejects.toMatchObject({ code: 'not_found' });
    expect(await snapshot(s)).toBe(before);
  });

  it('a match key planted in the database adds no corroboration: the claims found by key are keyed again from their rows', async () => {
    const [row] = (await queue({ kind: 'quote', limit: 1 })).groups;
    const quote = row!.claims[0]!;
    expect(quote.corroboration).toEqual({ sources: 1, independent: 1 });
    // An insider gives other sources' events the quote's key (the column is outside the state digest).
    await store.db
      .update(claimTable)
      .set({ matchKey: claimKey(quote) ?? '' })
      .where(and(eq(claimTable.kind, 'event'), ne(claimTable.sourceId, quote.source)));
    const [again] = (await queue({ kind: 'quote', limit: 1 })).groups;
    expect(again!.claims[0]!.corroboration).toEqual({ sources: 1, independent: 1 });
  });

  it('refuses a page size beyond 200 and an empty list, by field', async () => {
    await expect(queue({ limit: 201 })).rejects.toMatchObject({
      code: 'invalid_input',
      details: { field: 'limit' },
    });
    await expect(queue({ offset: -1 })).rejects.toMatchObject({
      code: 'invalid_input',
      details: { field: 'offset' },
    });
    await expect(
      runUseCase(s, owner, reviewClaims, { claims: [], decision: 'accept' }),
    ).rejects.toMatchObject({ code: 'invalid_input', details: { field: 'claims' } });
  });
});
