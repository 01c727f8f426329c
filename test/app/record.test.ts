import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportBundle, importBundle } from '../../src/app/bundle.ts';
import { read, type Services, write } from '../../src/app/context.ts';
import { importDraft, showDraft } from '../../src/app/drafts.ts';
import { addEvent } from '../../src/app/events.ts';
import { listPositions, positionHistory, setPosition } from '../../src/app/positions.ts';
import { progressOverTime } from '../../src/app/progress.ts';
import { addParty, addPerson } from '../../src/app/roster.ts';
import { getStatus } from '../../src/app/status.ts';
import { runUseCase, runWithin } from '../../src/app/useCase.ts';
import { owner } from '../../src/core/actor.ts';
import { ParleyError } from '../../src/core/errors.ts';
import type { Store } from '../../src/store/database.ts';
import { selectAuditRows } from '../../src/store/repo/audit.ts';
import { seedSmall, snapshot } from '../support/fixtures.ts';
import { backends, openSeeded, testServices } from '../support/stores.ts';

describe.each(backends)('the record on $name', (backend) => {
  let store: Store;
  let s: Services;
  beforeEach(async () => {
    ({ store, services: s } = await openSeeded(backend, 'small', seedSmall));
  });
  afterEach(() => store.close());

  const set = (input: Record<string, unknown>) =>
    write(s, owner, 'position', (ctx) => setPosition(ctx, input));

  it('a revised provision inherits the lineage of the one it derives from', async () => {
    const v2 = await runUseCase(s, owner, showDraft, { draft: 'v2' });
    expect(v2.provisions.map((p) => p.lineage)).toEqual(['v1:1', 'v1:3']);
  });

  it('resolves a party by alias and carries a stance forward by lineage', async () => {
    await set({
      party: 'Nordstadt',
      draft: 'v1',
      provision: '3',
      stance: 'reject',
      asOf: '2025-03-02',
      source: 'gazette-1',
    });
    const history = await read(s, owner, 'position', (ctx) =>
      positionHistory(ctx, { draft: 'v2', provision: '2' }),
    );
    expect(history.map((p) => [p.party, p.stance, p.draft])).toEqual([['north', 'reject', 'v1']]);
  });

  it('a new stance supersedes without overwriting, and "as of" reads the past', async () => {
    await set({ party: 'north', draft: 'v2', provision: '2', stance: 'reject', asOf: '2025-03-11' });
    await set({ party: 'north', draft: 'v2', provision: '2', stance: 'accept', asOf: '2025-03-15' });
    await set({ party: 'south', draft: 'v2', provision: '2', stance: 'accept', asOf: '2025-03-12' });
    await set({ party: 'broker', draft: 'v2', provision: '2', stance: 'accept', asOf: '2025-03-12' });
    expect(await read(s, owner, 'position', (ctx) => listPositions(ctx, { party: 'north' }))).toHaveLength(2);
    const before = await read(s, owner, 'status', (ctx) => getStatus(ctx, { asOf: '2025-03-13' }));
    const after = await read(s, owner, 'status', (ctx) => getStatus(ctx));
    expect(before?.rows.find((r) => r.path === '2')?.state).toBe('contested');
    expect(after?.rows.find((r) => r.path === '2')?.state).toBe('agreed');
    expect(after?.progress).toMatchObject({ total: 2, agreed: 1, open: 1 });
  });

  it('a red line blocks, and a track decides who must agree', async () => {
    await set({ party: 'south', draft: 'v1', provision: '1', stance: 'red_line', asOf: '2025-03-03' });
    await set({ party: 'watch', draft: 'v1', provision: '2', stance: 'accept', asOf: '2025-03-03' });
    const status = await read(s, owner, 'status', (ctx) => getStatus(ctx, { draft: 'v1' }));
    expect(status?.rows.find((r) => r.path === '1')).toMatchObject({ state: 'blocked', blockers: ['south'] });
    expect(status?.rows.find((r) => r.path === '2')?.required).toEqual(['north', 'south', 'watch']);
  });

  it('a write based on a stale stance is refused with the current one', async () => {
    const first = await set({
      party: 'north',
      draft: 'v2',
      provision: '2',
      stance: 'reject',
      asOf: '2025-03-11',
      basedOn: null,
    });
    await set({
      party: 'north',
      draft: 'v2',
      provision: '2',
      stance: 'amend',
      asOf: '2025-03-12',
      basedOn: first.id,
    });
    const before = await snapshot(s);
    const stale = await set({
      party: 'north',
      draft: 'v2',
      provision: '2',
      stance: 'accept',
      asOf: '2025-03-13',
      basedOn: first.id,
    }).catch((e: unknown) => e);
    expect(stale).toMatchObject({ code: 'conflict', details: { current: { stance: 'amend' } } });
    expect(await snapshot(s)).toBe(before);
  });

  it('progress over time counts the draft on every date a stance changed', async () => {
    await set({ party: 'north', draft: 'v2', provision: '1', stance: 'accept', asOf: '2025-03-11' });
    await set({ party: 'south', draft: 'v2', provision: '1', stance: 'accept', asOf: '2025-03-12' });
    await set({ party: 'broker', draft: 'v2', provision: '1', stance: 'accept', asOf: '2025-03-14' });
    await set({ party: 'south', draft: 'v2', provision: '2', stance: 'red_line', asOf: '2025-03-14' });
    const points = await read(s, owner, 'status', (ctx) => progressOverTime(ctx, { draft: 'v2' }));
    expect(points.map((p) => [p.date, p.agreed, p.blocked, p.open])).toEqual([
      ['2025-03-11', 0, 0, 2],
      ['2025-03-12', 0, 0, 2],
      ['2025-03-14', 1, 1, 0],
    ]);
  });

  it('every write appends to the audit table in its transaction', async () => {
    const before = (await selectAuditRows(store.db)).length;
    await set({ party: 'north', draft: 'v1', provision: '1', stance: 'accept', asOf: '2025-03-03' });
    const audit = await selectAuditRows(store.db);
    expect(audit).toHaveLength(before + 1);
    expect(audit.at(-1)).toMatchObject({ actor: 'owner', action: 'set', entity: 'position' });
  });

  const refusals: [string, (s: Services) => Promise<unknown>, string][] = [
    [
      'a duplicate party id',
      (s) => runUseCase(s, owner, addParty, { id: 'north', name: 'X', role: 'observer' }),
      'duplicate',
    ],
    [
      'an alias another party holds',
      (s) => runUseCase(s, owner, addParty, { id: 'x', name: 'The South', role: 'observer' }),
      'duplicate',
    ],
    [
      'a wrong role',
      (s) => runUseCase(s, owner, addParty, { id: 'x', name: 'X', role: 'king' }),
      'invalid_input',
    ],
    [
      'a person of an unknown party',
      (s) => runUseCase(s, owner, addPerson, { id: 'p', name: 'P', party: 'mars' }),
      'not_found',
    ],
    [
      'a stance on an unknown provision',
      (s) =>
        write(s, owner, 'position', (ctx) =>
          setPosition(ctx, {
            party: 'north',
            draft: 'v1',
            provision: '9',
            stance: 'accept',
            asOf: '2025-03-03',
          }),
        ),
      'not_found',
    ],
    [
      'a stance with a bad date',
      (s) =>
        write(s, owner, 'position', (ctx) =>
          setPosition(ctx, {
            party: 'north',
            draft: 'v1',
            provision: '1',
            stance: 'accept',
            asOf: '2025-02-30',
          }),
        ),
      'invalid_input',
    ],
    [
      'a draft citing a missing parent',
      (s) =>
        write(s, owner, 'draft', (ctx) =>
          importDraft(ctx, {
            label: 'Third',
            date: '2025-04-01',
            parents: ['v9'],
            provisions: [{ path: '1', number: '1', text: 'x' }],
          }),
        ),
      'broken_reference',
    ],
    [
      'a derivation naming an unknown parent provision',
      (s) =>
        write(s, owner, 'draft', (ctx) =>
          importDraft(ctx, {
            label: 'Third',
            date: '2025-04-01',
            parents: ['v2'],
            provisions: [{ path: '1', number: '1', text: 'x' }],
            derivedFrom: { '1': ['7'] },
          }),
        ),
      'broken_reference',
    ],
    [
      'an event with an unknown participant',
      (s) =>
        runUseCase(s, owner, addEvent, {
          id: 'e',
          kind: 'call',
          title: 'Call',
          date: '2025-03-04',
          participants: ['nobody'],
        }),
      'not_found',
    ],
  ];
  it.each(refusals)('refuses %s and changes nothing', async (_name, attempt, code) => {
    const before = await snapshot(s);
    const error = await attempt(s).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ParleyError);
    expect((error as ParleyError).code).toBe(code);
    expect(await snapshot(s)).toBe(before);
  });

  it('a failure late in a write rolls back its earlier steps', async () => {
    const before = await snapshot(s);
    const attempt = write(s, owner, 'party', async (ctx) => {
      await runWithin(ctx, addParty, { id: 'east', name: 'Eastland', role: 'principal' });
      await runWithin(ctx, addParty, { id: 'east', name: 'Eastland again', role: 'principal' });
    });
    await expect(attempt).rejects.toThrow(/already exists/);
    expect(await snapshot(s)).toBe(before);
  });

  it('export → import into a fresh home → export is identical', async () => {
    await set({
      party: 'north',
      draft: 'v2',
      provision: '2',
      stance: 'amend',
      wording: 'seven members',
      asOf: '2025-03-11',
    });
    await runUseCase(s, owner, addEvent, {
      id: 'round-2',
      kind: 'talks',
      title: 'Second round',
      date: '2025-03-10',
      participants: ['north', 'south'],
      sources: ['gazette-1'],
    });
    const first = await runUseCase(s, owner, exportBundle, {});
    const fresh = await backend.open();
    try {
      const t = testServices(fresh, '2030-01-01T00:00:00.000Z');
      await runUseCase(t, owner, importBundle, JSON.parse(JSON.stringify(first)));
      const second = await runUseCase(t, owner, exportBundle, {});
      expect(JSON.stringify(second)).toBe(JSON.stringify(first));
    } finally {
      await fresh.close();
    }
  });

  it('an import bundle with a broken reference names it and writes nothing', async () => {
    const bundle = await runUseCase(s, owner, exportBundle, {});
    bundle.people.push({ id: 'ghost', name: 'Ghost', party: 'atlantis', aliases: [] });
    const fresh = await backend.open();
    try {
      const t = testServices(fresh);
      const empty = await snapshot(t);
      expect(JSON.parse(empty).bundle.parties).toEqual([]);
      const error = await runUseCase(t, owner, importBundle, bundle).catch((e: unknown) => e);
      expect(error).toMatchObject({
        code: 'broken_reference',
        message: expect.stringContaining('people[0].party'),
      });
      expect(await snapshot(t)).toBe(empty);
    } finally {
      await fresh.close();
    }
  });
});
