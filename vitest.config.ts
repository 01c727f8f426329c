import { defineConfig } from 'vitest/config';
import SlowFirstSequencer from './test/support/sequencer.ts';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Vitest leaves one of two cores idle by default; most files wait on PGlite or a child
    // process, so two workers take the suite from about 13 to 8.5 minutes on this 2-core kind.
    maxWorkers: 2,
    globalSetup: ['test/support/globalSetup.ts'],
    sequence: { sequencer: SlowFirstSequencer },
  },
});
