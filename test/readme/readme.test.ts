// What the README's shell examples are and where they run: every line of every `sh` block
// runs (tour.ts, one test file per home: harbour.test.ts, geneva.test.ts) or names its
// reason to skip, and every line that runs belongs to exactly one home's file.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { blocks, repo, runnable, skipOf, TOUR_FILES, tour } from './tour.ts';

describe('README shell examples', () => {
  it('runs or names a reason to skip every line of every sh block', () => {
    expect(blocks.length).toBeGreaterThan(8);
    const skipped = blocks.flatMap((b) => b.commands.filter((c) => skipOf(c)).map((c) => c.text));
    expect(skipped.filter((t) => !/^(npm|bash|curl|parley serve|PARLEY_DATABASE_URL=)/.test(t))).toEqual([]);
    expect(runnable.flatMap((b) => b.commands).length).toBeGreaterThan(60);
  });

  it('runs every line that runs once, in the test file of the home it works on', () => {
    const lines = runnable.flatMap((b) => b.commands.map((c) => c.line));
    const placed = [
      ...tour.prelude.map((c) => c.line),
      ...tour.parts.flatMap((p) => p.commands.map((c) => c.command.line)),
    ];
    expect(placed.sort((a, b) => a - b)).toEqual(lines.sort((a, b) => a - b));
    // A home the README starts using needs a test file of its own, which runs it.
    expect(tour.parts.map((p) => p.name).sort()).toEqual(Object.keys(TOUR_FILES).sort());
    for (const file of Object.values(TOUR_FILES)) expect(existsSync(path.join(repo, file)), file).toBe(true);
  });
});
