// The Paris 2015 workload: the four public drafts, read from ../shared at benchmark time
// (never copied into the repository) and parsed with the outline parser.

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseDraft } from '../src/core/outline/index.ts';

/** `shared/benchmarks/paris-2015` in the nearest folder above the repository that has it (clones and worktrees). */
export const PARIS_DIR = findUp(join(import.meta.dirname, '..'), 'shared/benchmarks/paris-2015');
export const PARIS_FILES = ['23-oct-2015.md', '4-dec-2015.md', '9-dec-2015.md', '12-dec-2015.md'] as const;

export interface ParisDraft {
  name: string;
  text: string;
  provisions: ReturnType<typeof parseDraft>['provisions'];
}

/** Reads and parses the four drafts, oldest first. */
export function loadParis(): ParisDraft[] {
  return PARIS_FILES.map((name) => {
    const text = readFileSync(join(PARIS_DIR, name), 'utf8');
    return {
      name: name.replace('.md', ''),
      text,
      provisions: parseDraft(text, { fileName: name }).provisions,
    };
  });
}

function findUp(from: string, relative: string): string {
  for (let dir = dirname(from); ; dir = dirname(dir)) {
    if (existsSync(join(dir, relative))) return join(dir, relative);
    if (dirname(dir) === dir) throw new Error(`no ${relative} in any folder above ${from}`);
  }
}
