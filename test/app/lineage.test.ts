import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { read, type Services, write } from '../../src/app/context.ts';
import { showDraft } from '../../src/app/drafts.ts';
import { setPairing, showLineage } from '../../src/app/lineage.ts';
import { positionHistory, setPosition } from '../../src/app/positions.ts';
import { runUseCase } from '../../src/app/useCase.ts';
import { owner } from '../../src/core/actor.ts';
import type { Store } from '../../src/store/database.ts';
import { importThirdText, seedSmall } from '../support/fixtures.ts';
import { backends, openSeeded } from '../support/stores.ts';

describe.each(backends)('lineage on $name', (backend) => {
  let store: Store;
  let s: Services;
  beforeEach(async () => {
    ({ store, services: s } = await openSeeded(backend, 'small', seedSmall));
    await importThirdText(s, [
      'A joint commission of five members settles all disputes.',
      'The parties shall share the lake equally.',
    ]);
  });
  afterEach(() => store.close());

  const lineageOf = async (draft: string) =>
    (await runUseCase(s, owner, showDraft, { draft })).provisions.map((p) => p.lineage);

  it('the compare engine pairs a reordered, reworded draft with its parent', async () => {
    expect(await lineageOf('v3')).toEqual(['v1:3', 'v1:1']);
  });

  it("shows a provision's history back through the drafts", async () => {
    const steps = await runUseCase(s, owner, showLineage, { draft: 'v3', provision: '1' });
    expect(steps.map((x) => [x.draft, x.paths, x.origin ?? null])).toEqual([
      ['v1', ['3'], null],
      ['v2', ['2'], 'user'],
      ['v3', ['1'], 'engine'],
    ]);
  });

  it('an override wins, re-derives later drafts and carries the stances with it', async () => {
    await write(s, owner, 'position', (ctx) =>
      setPosition(ctx, { party: 'north', draft: 'v2', provision: '2', stance: 'reject', asOf: '2025-03-12' }),
    );
    await runUseCase(s, owner, setPairing, { draft: 'v2', provisions: ['2'], from: [] });
    expect(await lineageOf('v2')).toEqual(['v1:1', 'v2:2']);
    expect(await lineageOf('v3')).toEqual(['v2:2', 'v1:1']);
    const history = await read(s, owner, 'position', (ctx) =>
      positionHistory(ctx, { draft: 'v3', provision: '1' }),
    );
    expect(history.map((p) => p.stance)).toEqual(['reject']);
  });

  it('a split shares its lineage between the parts', async () => {
    await runUseCase(s, owner, setPairing, { draft: 'v3', provisions: ['1', '2'], from: ['2'] });
    expect(await lineageOf('v3')).toEqual(['v1:3', 'v1:3']);
  });

  it('refuses a pairing naming a provision the parent does not have, changing nothing', async () => {
    const error = await runUseCase(s, owner, setPairing, {
      draft: 'v3',
      provisions: ['1'],
      from: ['9'],
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'not_found' });
    expect(await lineageOf('v3')).toEqual(['v1:3', 'v1:1']);
  });
});
