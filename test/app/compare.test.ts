import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compareTwoDrafts } from '../../src/app/compare.ts';
import type { Services } from '../../src/app/context.ts';
import { setPairing } from '../../src/app/lineage.ts';
import { runUseCase } from '../../src/app/useCase.ts';
import { owner } from '../../src/core/actor.ts';
import type { Store } from '../../src/store/database.ts';
import { importThirdText, seedSmall } from '../support/fixtures.ts';
import { backends, openSeeded } from '../support/stores.ts';

describe.each(backends)('comparing stored drafts on $name', (backend) => {
  let store: Store;
  let s: Services;
  beforeEach(async () => {
    // v1 → v2 (the import states v2 §2 comes from v1 §3) → v3.
    ({ store, services: s } = await openSeeded(backend, 'small', seedSmall));
    await importThirdText(s, [
      'The parties shall share the lake equally.',
      'A joint commission of five members settles all disputes.',
    ]);
  });
  afterEach(() => store.close());

  const compare = (from: string, to: string) => runUseCase(s, owner, compareTwoDrafts, { from, to });
  const pairs = async (from: string, to: string) =>
    (await compare(from, to)).alignment.pairs.map((p) => [p.from, p.to, p.kind, p.user ?? 'engine']);
  const override = (draft: string, provisions: string[], from: string[]) =>
    runUseCase(s, owner, setPairing, { draft, provisions, from });

  it('a pairing the user confirmed is the engine pair, marked confirmed', async () => {
    expect(await pairs('v1', 'v2')).toEqual([
      [['1'], ['1'], 'kept', 'engine'],
      [['3'], ['2'], 'reworded', 'confirmed'],
    ]);
  });

  it('an override wins over the engine, with its own redline, and the displaced provision is deleted', async () => {
    await override('v2', ['2'], ['2']);
    const result = await compare('v1', 'v2');
    expect(result.alignment.pairs.map((p) => [p.from, p.to, p.kind, p.user ?? 'engine'])).toEqual([
      [['1'], ['1'], 'kept', 'engine'],
      [['2'], ['2'], 'reworded', 'overridden'],
    ]);
    expect(result.alignment.deleted).toEqual(['3']);
    // Old §2's sub-item has no counterpart under new §2.
    expect(result.alignment.pairs[1]!.children?.deleted).toEqual(['2.a']);
    expect(result.summary).toMatchObject({ kept: 1, reworded: 1, deleted: 2 });
    const redline = result.redlines.find((r) => r.to.join() === '2')!;
    expect(redline.from).toEqual(['2']);
    expect(
      redline.segments
        .filter((x) => x.kind === 'delete')
        .map((x) => x.text)
        .join(''),
    ).toContain('Fishing quotas');
    expect(
      redline.segments
        .filter((x) => x.kind === 'insert')
        .map((x) => x.text)
        .join(''),
    ).toContain('commission');
  });

  it('confirming again after an override restores the pair, marked confirmed', async () => {
    await override('v2', ['2'], ['2']);
    await override('v2', ['2'], ['3']);
    expect(await pairs('v1', 'v2')).toContainEqual([['3'], ['2'], 'reworded', 'confirmed']);
  });

  it('applies in the other direction when the drafts are compared newest first', async () => {
    await override('v2', ['2'], ['2']);
    expect(await pairs('v2', 'v1')).toContainEqual([['2'], ['2'], 'reworded', 'overridden']);
  });

  it('an override for another pair of drafts has no effect', async () => {
    const before = await compare('v1', 'v2');
    const v1v3 = await compare('v1', 'v3');
    await override('v3', ['2'], []);
    expect(await compare('v1', 'v2')).toEqual(before);
    expect(await compare('v1', 'v3')).toEqual(v1v3);
    // ...but it does where it was made: v3 §2 is new with respect to v2.
    const v2v3 = await compare('v2', 'v3');
    expect(v2v3.alignment.added).toEqual(['2']);
    expect(v2v3.alignment.deleted).toEqual(['2']);
  });
});
