// The Geneva 2025 demo loads through the use cases: its reports are ingested and partly
// reviewed, one call is dated two ways, the revision is circulated (once as a summary),
// its signing is under way, and the audit log verifies. A scenario that cannot load
// leaves nothing behind.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyAudit } from '../../src/app/audit.ts';
import { circulateDraft, listCirculations } from '../../src/app/circulation.ts';
import { listClaims } from '../../src/app/claims.ts';
import { read, type Services, write } from '../../src/app/context.ts';
import { listContradictions } from '../../src/app/contradictions.ts';
import { loadScenario } from '../../src/app/scenario.ts';
import { signingStatus } from '../../src/app/signing.ts';
import { runUseCase } from '../../src/app/useCase.ts';
import { readDemo } from '../../src/cli/commands/demo.ts';
import { owner } from '../../src/core/actor.ts';
import { signBytes, verifyBytes } from '../../src/govern/keys.ts';
import type { Store } from '../../src/store/database.ts';
import { selectCirculations } from '../../src/store/repo/circulations.ts';
import { snapshot } from '../support/fixtures.ts';
import { pglite, testServices } from '../support/stores.ts';

describe('the Geneva 2025 demo', () => {
  let store: Store;
  let s: Services;
  beforeEach(async () => {
    store = await pglite.open();
    s = testServices(store);
  });
  afterEach(() => store.close());

  const { scenario, texts } = readDemo();

  it('ingests its reports, reviews some claims, circulates the revision and starts its signing', async () => {
    const kept: [string, { publicKey: string; privateKey: string }][] = [];
    await write(s, owner, 'negotiation', (ctx) =>
      loadScenario(ctx, scenario, texts, {
        keep: (signatory, keys) => kept.push([signatory, keys]),
      }),
    );

    const claims = await runUseCase(s, owner, listClaims, {});
    expect(new Set(claims.map((c) => c.source)).size).toBe(4);
    const byStatus = (status: string) => claims.filter((c) => c.status === status);
    expect(
      byStatus('accepted')
        .map((c) => c.kind)
        .sort(),
    ).toEqual(['position', 'quote', 'quote', 'quote']);
    expect(byStatus('rejected')).toHaveLength(1);
    expect(byStatus('suggested').length).toBeGreaterThan(20);
    // The accepted position is on the record, citing its report.
    expect(byStatus('accepted').find((c) => c.kind === 'position')?.recordRef).toMatch(/^position:/);

    const contradictions = await runUseCase(s, owner, listContradictions, {});
    expect(contradictions.map((c) => c.kind)).toEqual(['date']);
    expect(contradictions[0]?.reason).toMatch(/2025-11-24/);

    const circulations = await read(s, owner, 'circulation', (ctx) => listCirculations.run(ctx, {}));
    expect(circulations.map((c) => [c.party, c.summaryOnly])).toEqual([
      ['ukraine', false],
      ['us', false],
      ['russia', true],
    ]);

    const signing = await read(s, owner, 'signing', (ctx) =>
      signingStatus.run(ctx, { draft: 'geneva-revision' }),
    );
    expect(signing.signed.map((x) => x.signatory)).toEqual(['ukraine']);
    // The United States signs next, with the key handed over; Ukraine's key was not kept.
    expect(kept.map(([signatory]) => signatory)).toEqual(['us']);
    const us = signing.plan?.signatories.find((x) => x.id === 'us');
    const probe = new TextEncoder().encode('probe');
    expect(verifyBytes(us?.publicKey ?? '', probe, signBytes(kept[0]![1].privateKey, probe))).toBe(true);

    const verdict = await runUseCase(s, owner, verifyAudit, {});
    expect(verdict.ok).toBe(true);
  });

  it('refuses a review that names a claim the extractor did not find, and writes nothing', async () => {
    const before = await snapshot(s);
    const broken = {
      ...scenario,
      reports: [
        {
          file: scenario.reports[0]!.file,
          review: [{ kind: 'quote', text: 'words nobody said', action: 'accept' }],
        },
      ],
    };
    await expect(
      write(s, owner, 'negotiation', (ctx) => loadScenario(ctx, broken, texts)),
    ).rejects.toMatchObject({
      code: 'invalid_input',
      message: expect.stringMatching(/no suggested quote claim contains "words nobody said"/),
    });
    expect(await snapshot(s)).toBe(before);
  });

  it("circulates under the home's own fingerprint secret, which no caller passes in", async () => {
    await write(s, owner, 'negotiation', (ctx) => loadScenario(ctx, scenario, texts));
    const [sent] = await selectCirculations(s.store.db, { draft: 'geneva-revision', party: 'ukraine' });
    /** The fingerprint of the same copy made again under `secret`, in a write that is rolled back. */
    const remade = async (secret: string) => {
      const undo = new Error('undo');
      let fingerprint = '';
      await write({ ...s, fingerprintSecret: secret }, owner, 'draft', async (ctx) => {
        fingerprint = (await circulateDraft.run(ctx, { draft: 'geneva-revision', to: 'ukraine' })).circulation
          .fingerprint;
        throw undo;
      }).catch((error: unknown) => {
        if (error !== undo) throw error;
      });
      return fingerprint;
    };
    expect(sent?.fingerprint).toBe(await remade(s.fingerprintSecret));
    expect(sent?.fingerprint).not.toBe(await remade('another home'));
  });
});
