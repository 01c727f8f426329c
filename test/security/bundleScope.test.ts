// Attacks on the export bundle now that it carries every party's preference profile, the
// deal results shared and the compositions in progress: the bundle is the unfiltered record,
// so it is staff's alone. A delegate (even one a package was shared with) and an analyst get
// a refusal that carries nothing of another party's profile, a share or a composition.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { circulateDraft } from '../../src/app/circulation.ts';
import { saveComposition } from '../../src/app/compose.ts';
import { write } from '../../src/app/context.ts';
import { shareDeal } from '../../src/app/dealShares.ts';
import { setProfile } from '../../src/app/profiles.ts';
import { runUseCase } from '../../src/app/useCase.ts';
import { owner } from '../../src/core/actor.ts';
import { addAccounts, type Harness, openHarness } from '../server/harness.ts';
import { backends } from '../support/stores.ts';

const ACCOUNTS = [
  { id: 'sec', role: 'secretariat' },
  { id: 'dn', role: 'delegate', party: 'north' },
  { id: 'ds', role: 'delegate', party: 'south' },
  { id: 'an', role: 'analyst' },
] as const;
type Who = (typeof ACCOUNTS)[number]['id'];

/** Values found nowhere else in the record: seeing one in a response is a leak. */
const SOUTH_RESERVATION = 0.4321;
const NOTE = 'Monday package for north';
const COMPROMISE = 'The lake is shared in proportions the commission sets.';

describe.each(backends)('the export bundle stays with staff, on $name', (backend) => {
  let h: Harness;
  let as: (id: string) => { authorization: string };
  const exportAs = (who: Who) => h.app.inject({ method: 'GET', url: '/api/export', headers: as(who) });

  beforeAll(async () => {
    h = await openHarness(backend);
    await write(h.services, owner, 'draft', async (ctx) => {
      await circulateDraft.run(ctx, { draft: 'v1', to: 'north' });
      await circulateDraft.run(ctx, { draft: 'v1', to: 'south' });
    });
    as = await addAccounts(h.services, ACCOUNTS);
    for (const [party, reservation] of [
      ['north', 0.1],
      ['south', SOUTH_RESERVATION],
    ] as const) {
      await runUseCase(h.services, owner, setProfile, {
        draft: 'v1',
        party,
        weights: { '1': 1 },
        scores: { '1': { drafted: party === 'north' ? 1 : 0.5, strike: 0.5 } },
        reservation,
      });
    }
    await runUseCase(h.services, owner, shareDeal, {
      draft: 'v1',
      rule: 'nash',
      parties: ['north'],
      note: NOTE,
    });
    await runUseCase(h.services, owner, saveComposition, {
      draft: 'v1',
      version: 0,
      choices: { '1': { kind: 'text', text: COMPROMISE } },
    });
  });
  afterAll(() => h.close());

  it("staff's bundle carries every profile, the share and the composition (the markers are real)", async () => {
    const r = await exportAs('sec');
    expect(r.statusCode).toBe(200);
    for (const marker of [String(SOUTH_RESERVATION), NOTE, COMPROMISE]) expect(r.body).toContain(marker);
  });

  it.each(['dn', 'ds', 'an'] as const)(
    "%s's export is refused and carries no profile, share or composition",
    async (who) => {
      const r = await exportAs(who);
      expect(r.statusCode).toBe(403);
      for (const marker of [String(SOUTH_RESERVATION), NOTE, COMPROMISE, 'profiles', 'compositions'])
        expect(r.body).not.toContain(marker);
    },
  );
});
