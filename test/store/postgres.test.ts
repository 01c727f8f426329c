import { describe, expect, it } from 'vitest';
import { listParties } from '../../src/app/roster.ts';
import { runUseCase } from '../../src/app/useCase.ts';
import { owner } from '../../src/core/actor.ts';
import { postgres, postgresUrl, testServices } from '../support/stores.ts';

// The storage contract suites (test/app, test/server) run on every backend in
// `backends`; this file makes their PostgreSQL half visible as skipped, with the reason,
// on a machine where no server is configured.
describe.skipIf(!postgresUrl)(
  'PostgreSQL backend (skipped: set PARLEY_TEST_DATABASE_URL, as .ci/run does, to run the contract suites on a server)',
  () => {
    it('opens a fresh database, applies every migration and answers queries', async () => {
      const store = await postgres.open();
      try {
        expect(store.kind).toBe('postgres');
        expect(await runUseCase(testServices(store), owner, listParties, {})).toEqual([]);
      } finally {
        await store.close();
      }
    });
  },
);
