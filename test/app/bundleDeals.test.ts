// The export bundle carries the deal and desk records too: every party's preference
// profile, the results the secretariat shared and the compositions in progress travel to a
// fresh home and back unchanged, the state proof covers what the import wrote, and a bundle
// naming what it does not hold is refused with nothing written.
import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { proposeAmendment, shareAmendment } from '../../src/app/amendments.ts';
import { verifyAudit } from '../../src/app/audit.ts';
import { exportBundle, importBundle } from '../../src/app/bundle.ts';
import { circulateDraft } from '../../src/app/circulation.ts';
import { saveComposition } from '../../src/app/compose.ts';
import { type Services, write } from '../../src/app/context.ts';
import { shareDeal } from '../../src/app/dealShares.ts';
import { setProfile } from '../../src/app/profiles.ts';
import { runUseCase } from '../../src/app/useCase.ts';
import { owner } from '../../src/core/actor.ts';
import type { Bundle } from '../../src/core/bundle.ts';
import type { Store } from '../../src/store/database.ts';
import { seedSmall, snapshot } from '../support/fixtures.ts';
import { backends, openSeeded, testServices } from '../support/stores.ts';

describe.each(backends)('the bundle with profiles, shared deals and compositions on $name', (backend) => {
  let store: Store;
  let s: Services;
  let amendment: string;
  beforeEach(async () => {
    ({ store, services: s } = await openSeeded(backend, 'small', seedSmall));
    const profile = (party: string, drafted: number) =>
      runUseCase(s, owner, setProfile, {
        draft: 'v1',
        party,
        weights: { '1': 0.6, '3': 0.4 },
        scores: { '1': { drafted, strike: 1 - drafted }, '3': { drafted: 1, strike: 0 } },
        reservation: 0.1,
        redLines: party === 'south' ? { '3': ['strike'] } : {},
      });
    await write(s, owner, 'circulation', async (ctx) => {
      for (const to of ['north', 'south']) await circulateDraft.run(ctx, { draft: 'v1', to });
    });
    await profile('north', 1);
    await profile('south', 0.2);
    await runUseCase(s, owner, shareDeal, {
      draft: 'v1',
      rule: 'nash',
      parties: ['north'],
      note: 'for Monday',
    });
    amendment = (
      await runUseCase(s, owner, proposeAmendment, {
        party: 'north',
        draft: 'v1',
        provision: '3',
        kind: 'replace',
        text: 'A commission of five settles disputes.',
      })
    ).id;
    await runUseCase(s, owner, shareAmendment, { amendment, parties: ['south'] });
    await runUseCase(s, owner, saveComposition, {
      draft: 'v1',
      version: 0,
      choices: { '3': { kind: 'take', amendment }, '1': { kind: 'text', text: 'The lake is shared.' } },
    });
  });
  afterEach(() => store.close());

  const intoFresh = async <T>(bundle: unknown, then: (t: Services) => Promise<T>): Promise<T> => {
    const fresh = await backend.open();
    try {
      const t = testServices(fresh, '2030-01-01T00:00:00.000Z');
      await runUseCase(t, owner, importBundle, JSON.parse(JSON.stringify(bundle)));
      return await then(t);
    } finally {
      await fresh.close();
    }
  };

  it('carries them, and export → import → export is identical', async () => {
    const first = await runUseCase(s, owner, exportBundle, {});
    expect(first.profiles?.map((p) => [p.draft, p.party, p.redLines])).toEqual([
      ['v1', 'north', {}],
      ['v1', 'south', { '3': ['strike'] }],
    ]);
    // Whom an amendment was shared with after it was proposed travels with it.
    expect(first.amendments?.map((a) => a.sharedWith)).toEqual([['south']]);
    expect(first.dealShares).toEqual([
      expect.objectContaining({ draft: 'v1', rule: 'nash', parties: ['north'], note: 'for Monday' }),
    ]);
    expect(first.compositions).toEqual([
      expect.objectContaining({
        draft: 'v1',
        version: 1,
        plan: {
          choices: { '1': { kind: 'text', text: 'The lake is shared.' }, '3': { kind: 'take', amendment } },
          insertions: [],
        },
      }),
    ]);
    const second = await intoFresh(first, (t) => runUseCase(t, owner, exportBundle, {}));
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
  });

  it('the state proof covers what the import wrote: a profile edited afterwards is named', async () => {
    const bundle = await runUseCase(s, owner, exportBundle, {});
    await intoFresh(bundle, async (t) => {
      expect(await runUseCase(t, owner, verifyAudit, {})).toMatchObject({ ok: true });
      await t.store.db.execute(sql.raw(`update deal_profile set reservation = 0.9 where party_id = 'south'`));
      await t.store.db.execute(sql.raw(`update composition set version = 7`));
      const verdict = await runUseCase(t, owner, verifyAudit, {});
      expect(verdict).toMatchObject({ ok: false, problem: 'state' });
      expect(verdict.state?.differences.map((d) => [d.table, d.key, d.change, d.entry?.action])).toEqual([
        ['deal_profile', 'v1/south', 'changed', 'import'],
        ['composition', 'v1', 'changed', 'import'],
      ]);
    });
  });

  const broken: [string, (b: Bundle) => void, string][] = [
    [
      'a profile of a party the bundle lacks',
      (b) => {
        b.profiles![1]!.party = 'atlantis';
      },
      "profiles[1].party: party 'atlantis' is not in the bundle",
    ],
    [
      'a profile scoring a provision its draft lacks',
      (b) => {
        b.profiles![0]!.weights['9'] = 0.1;
      },
      "profiles[0]: provision '9' of 'v1' is not in the bundle",
    ],
    [
      'a share with a party the bundle lacks',
      (b) => {
        b.dealShares![0]!.parties.push('atlantis');
      },
      "dealShares[0].parties[1]: party 'atlantis' is not in the bundle",
    ],
    [
      'a composition taking an amendment the bundle lacks',
      (b) => {
        b.amendments = [];
      },
      `compositions[0]: amendment '${'$ID'}' of 'v1' is not in the bundle`,
    ],
    [
      'a composition over a draft the bundle lacks',
      (b) => {
        b.compositions![0]!.draft = 'v9';
      },
      "compositions[0].draft: draft 'v9' is not in the bundle",
    ],
  ];
  it.each(broken)('%s is named and nothing is written', async (_, spoil, message) => {
    const bundle = await runUseCase(s, owner, exportBundle, {});
    spoil(bundle);
    const fresh = await backend.open();
    try {
      const t = testServices(fresh);
      const empty = await snapshot(t);
      const error = await runUseCase(t, owner, importBundle, bundle).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'broken_reference', message: message.replace('$ID', amendment) });
      expect(await snapshot(t)).toBe(empty);
    } finally {
      await fresh.close();
    }
  });

  it('a bundle without them (an older home) reads and writes as before', async () => {
    const bundle = await runUseCase(s, owner, exportBundle, {});
    const { profiles: _p, dealShares: _d, compositions: _c, ...older } = bundle;
    const again = await intoFresh(older, (t) => runUseCase(t, owner, exportBundle, {}));
    expect(again).not.toHaveProperty('profiles');
    expect(again).not.toHaveProperty('dealShares');
    expect(again).not.toHaveProperty('compositions');
  });
});
