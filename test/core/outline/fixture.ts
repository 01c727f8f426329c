// Loads a draft fixture written for these tests and parses it, so each test names only
// the fixture and what it expects.
import { readFileSync } from 'node:fs';
import { isParleyError, type ParleyError } from '../../../src/core/errors.ts';
import { type ParsedDraft, parseDraft } from '../../../src/core/outline/index.ts';

export function readFixture(name: string): string {
  return readFileSync(new URL(`../../fixtures/drafts/${name}`, import.meta.url), 'utf8');
}

export function parseFixture(name: string): ParsedDraft {
  return parseDraft(readFixture(name), { fileName: name });
}

/** "path ^parent" lines: the shape of the tree in one comparable value. */
export function shape(draft: ParsedDraft): string[] {
  return draft.provisions.map((p) => (p.parent === undefined ? p.path : `${p.path} ^${p.parent}`));
}

/** Catches the error a parse throws, so its code, message and details can be checked. */
export function parseErrorOf(run: () => unknown): ParleyError {
  try {
    run();
  } catch (error) {
    if (isParleyError(error)) return error;
    throw error;
  }
  throw new Error('expected the parse to fail');
}
