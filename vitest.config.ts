import { defineConfig } from 'vitest/config';
import SlowFirstSequencer from './test/support/sequencer.ts';

/**
 * Pure unit tests: functions over texts and fixtures, no store, no process, no server. They
 * share one worker process per core instead of a fresh one per file: a fresh fork imported
 * the evidence engine again for each of some 190 files, which took longer than their tests.
 * Their modules keep no state a test can change (only memos of the last input), so no test
 * sees another's work.
 */
const UNIT = ['test/evidence/**', 'test/compare/**', 'test/core/**', 'test/deals/**', 'test/formats/**'].map(
  (dir) => `${dir}/*.test.ts`,
);
/** Unit tests that hold the engine to a time budget: each in a fresh process, as before. */
const TIMED = [
  'test/evidence/*ostile*.test.ts',
  'test/evidence/textDelivery.test.ts',
  'test/evidence/wordsOfSlices.test.ts',
];

/**
 * In-process tests of stores, servers and use cases (PGlite and PostgreSQL, Fastify's
 * inject()): they also share one worker process per core. In a fresh fork per file each
 * imported the app, the server and the engines again and warmed PGlite and its JIT anew,
 * which cost about half their CPU (test/app: 98 s of CPU against 47 s shared, the same tests
 * passing). Nothing they run keeps state a later file could see: every store is a copy of
 * a template or seed (test/support/stores.ts), servers and processes are per test, and no
 * file mocks a module or changes process.env. The CLI and README files keep a process
 * each (integration): they run commands that end the way a process does.
 */
const STORES = [
  'test/app/**',
  'test/server/**',
  'test/security/**',
  'test/store/**',
  'test/govern/**',
  'test/web/**',
  'test/contract/**',
].map((dir) => `${dir}/*.test.ts`);
/**
 * The browser journeys share one worker process per core likewise: each file serves the
 * demo's dump on a port of its own and launches its own Chromium, and closes both; a fresh
 * fork per file imported the server, Playwright and PGlite again (test/e2e: 97 s of CPU
 * against 60 s shared).
 */
const JOURNEYS = ['test/e2e/*.test.ts'];
const SETUP = ['test/support/globalSetup.ts'];

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Vitest leaves one of two cores idle by default; most files wait on PGlite or a child
    // process, so two workers take the suite from about 13 to 8.5 minutes on this 2-core kind.
    maxWorkers: 2,
    sequence: { sequencer: SlowFirstSequencer },
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: UNIT, exclude: TIMED, isolate: false },
      },
      // Their bounds are CPU time (test/evidence/timedRuns.ts); a wall-clock timeout would fail them
      // on a busy machine all the same, so it is only a backstop here.
      { extends: true, test: { name: 'timed', include: TIMED, testTimeout: 240_000 } },
      { extends: true, test: { name: 'stores', include: STORES, isolate: false, globalSetup: SETUP } },
      { extends: true, test: { name: 'journeys', include: JOURNEYS, isolate: false, globalSetup: SETUP } },
      {
        // The CLI and the README: each file in a process of its own, after
        // globalSetup has built dist/ and the migrated templates (not needed by the unit tests).
        extends: true,
        test: {
          name: 'integration',
          include: ['test/**/*.test.ts'],
          exclude: [...UNIT, ...STORES, ...JOURNEYS],
          globalSetup: SETUP,
        },
      },
    ],
  },
});
