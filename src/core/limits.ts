// What any input may hold: text PostgreSQL can store (no NUL, no lone surrogate), bounded
// lengths, bounded nesting. Checked at every boundary (HTTP bodies and queries, use-case
// input, draft files) so that bad input is refused with a message instead of failing
// deep inside a transaction. The numbers are stated in the README and the OpenAPI schemas.
import { z } from 'zod';

/** Names: parties, people, tracks, accounts, aliases, labels, places, outlets. */
export const NAME_MAX = 200;
/** Titles and headings. */
export const TITLE_MAX = 1_000;
/** A source's address. */
export const URL_MAX = 2_048;
/** Notes, wordings, descriptions, summaries, one provision's text. */
export const TEXT_MAX = 20_000;
/** A draft: its whole text, and how many provisions and levels it may have. */
export const DRAFT_TEXT_MAX = 2_000_000;
export const DRAFT_PROVISIONS_MAX = 100_000;
export const DRAFT_DEPTH_MAX = 12;
/** Passwords: long passphrases welcome, but scrypt is not fed megabytes. */
export const PASSWORD_MAX = 1_000;
/** Arrays and objects inside arrays and objects, in any JSON input. */
export const NESTING_MAX = 32;

/** A bounded, trimmed, non-empty name. */
export const Name = z.string().trim().min(1).max(NAME_MAX, `at most ${NAME_MAX} characters; shorten it`);
export const Title = z.string().trim().max(TITLE_MAX, `at most ${TITLE_MAX} characters; shorten it`);
export const LongText = z.string().max(TEXT_MAX, `at most ${TEXT_MAX} characters; shorten it or split it`);

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** What is wrong with a string PostgreSQL cannot store, or `undefined` when it is fine. */
export function textProblem(text: string): string | undefined {
  const nul = text.indexOf('\u0000');
  if (nul >= 0) return `contains a NUL character (U+0000) at offset ${nul}; remove it`;
  const at = text.search(LONE_SURROGATE);
  if (at < 0) return undefined;
  const unit = text.charCodeAt(at).toString(16).toUpperCase();
  return `contains a lone surrogate (U+${unit}) at offset ${at}, which is not Unicode text; send well-formed UTF-8`;
}

export interface InputProblem {
  /** Where in the input: `note`, `provisions.3.text`, `(value)`. */
  field: string;
  problem: string;
}

/**
 * The first string that PostgreSQL cannot store (NUL, lone surrogate, in keys too) or the
 * first place nested deeper than `NESTING_MAX`, walking `value` depth-first.
 */
export function findBadInput(value: unknown): InputProblem | undefined {
  const walk = (v: unknown, path: string[], depth: number): InputProblem | undefined => {
    const field = () => (path.length ? path.join('.') : '(value)');
    if (typeof v === 'string') {
      const problem = textProblem(v);
      return problem ? { field: field(), problem } : undefined;
    }
    if (typeof v !== 'object' || v === null) return undefined;
    if (depth >= NESTING_MAX) {
      return { field: field(), problem: `nested deeper than ${NESTING_MAX} levels; flatten it` };
    }
    const entries = Array.isArray(v) ? v.map((x, i) => [String(i), x] as const) : Object.entries(v);
    for (const [key, child] of entries) {
      const keyProblem = textProblem(key);
      if (keyProblem) return { field: [...path, '(key)'].join('.'), problem: keyProblem };
      const found = walk(child, [...path, key], depth + 1);
      if (found) return found;
    }
    return undefined;
  };
  return walk(value, [], 0);
}
