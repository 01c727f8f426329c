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
      { extends: true, test: { name: 'timed', include: TIMED } },
      {
        // Stores, servers, the CLI and the browser: each file in a process of its own, after
        // globalSetup has built dist/ and the migrated templates (not needed by the unit tests).
        extends: true,
        test: {
          name: 'integration',
          include: ['test/**/*.test.ts'],
          exclude: UNIT,
          globalSetup: ['test/support/globalSetup.ts'],
        },
      },
    ],
  },
});
