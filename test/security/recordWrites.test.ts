// Issue #12: the writes that make or replace the whole record — starting a negotiation,
// importing a bundle, loading a scenario — are staff work, and each asks the policies
// itself. They used to be refused to a delegate or an analyst only because the runner
// fails closed when a use case asked nothing; composed after a step that did ask (a
// listing, a delegation adding its own member), they went through. Each attack below is
// refused with `forbidden` and writes nothing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportBundle, importBundle } from '../../src/app/bundle.ts';
import { type Services, write } from '../../src/app/context.ts';
import { initNegotiation } from '../../src/app/negotiation.ts';
import { addPerson, listParties } from '../../src/app/roster.ts';
import { loadScenario } from '../../src/app/scenario.ts';
import { runUseCase, runWithin } from '../../src/app/useCase.ts';
import { type Actor, owner } from '../../src/core/actor.ts';
import type { Store } from '../../src/store/database.ts';
import { seedSmall, snapshot } from '../support/fixtures.ts';
import { backends, testServices } from '../support/stores.ts';

const delegate: Actor = { kind: 'user', id: 'dn', role: 'delegate', party: 'north' };
const analyst: Actor = { kind: 'user', id: 'an', role: 'analyst' };
const scenario = { negotiation: { title: 'Planted talks' }, parties: [], drafts: [] };

describe.each(backends)('writes of the whole record, on $name', (backend) => {
  const stores: Store[] = [];
  let seeded: Services;
  let empty: Services;
  beforeEach(async () => {
    const a = await backend.open();
    const b = await backend.open();
    stores.push(a, b);
    seeded = testServices(a);
    empty = testServices(b);
    await seedSmall(seeded);
  });
  afterEach(async () => {
    for (const store of stores.splice(0)) await store.close();
  });

  /** Expects `attempt` refused as `forbidden`, with nothing written to either home. */
  async function refused(attempt: () => Promise<unknown>): Promise<void> {
    const before = [await snapshot(seeded), await snapshot(empty)];
    await expect(attempt()).rejects.toMatchObject({ code: 'forbidden' });
    expect([await snapshot(seeded), await snapshot(empty)]).toEqual(before);
  }

  for (const [who, actor] of [
    ['a delegate', delegate],
    ['an analyst', analyst],
  ] as const) {
    it(`${who} may not start a negotiation in an empty home`, async () => {
      await refused(() => runUseCase(empty, actor, initNegotiation, { title: 'Planted talks' }));
    });

    it(`${who} may not import a bundle into an empty home`, async () => {
      const bundle = await runUseCase(seeded, owner, exportBundle, {});
      await refused(() => runUseCase(empty, actor, importBundle, bundle));
    });

    it(`${who} may not load a scenario, nor replace the record with one`, async () => {
      await refused(() => write(empty, actor, 'negotiation', (ctx) => loadScenario(ctx, scenario, {})));
      await refused(() =>
        write(seeded, actor, 'negotiation', (ctx) => loadScenario(ctx, scenario, {}, { force: true })),
      );
    });
  }

  it('after a step it may take, a delegate still may not start, import or load', async () => {
    const bundle = await runUseCase(seeded, owner, exportBundle, {});
    // A listing asks the policies (and filters); it must not vouch for what follows.
    await refused(() =>
      write(empty, delegate, 'negotiation', async (ctx) => {
        await runWithin(ctx, listParties, {});
        return runWithin(ctx, initNegotiation, { title: 'Planted talks' });
      }),
    );
    await refused(() =>
      write(empty, delegate, 'negotiation', async (ctx) => {
        await runWithin(ctx, listParties, {});
        return runWithin(ctx, importBundle, bundle);
      }),
    );
    // A delegation may add its own member; replacing the whole record rides on nothing.
    await refused(() =>
      write(seeded, delegate, 'person', async (ctx) => {
        await runWithin(ctx, addPerson, { id: 'aide', name: 'An Aide', party: 'north' });
        return loadScenario(ctx, scenario, {}, { force: true });
      }),
    );
  });
});
