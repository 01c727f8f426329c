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

const SURROGATE = /[\uD800-\uDFFF]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** What is wrong with a string PostgreSQL cannot store, or `undefined` when it is fine. */
export function textProblem(text: string): string | undefined {
  const nul = text.indexOf('\u0000');
  if (nul >= 0) return `contains a NUL character (U+0000) at offset ${nul}; remove it`;
  // Most text holds no surrogate at all: one plain scan spares it the lookaround search.
  if (!SURROGATE.test(text)) return undefined;
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
  const walk = walkInput(value);
  for (;;) {
    const step = walk.next();
    if (step.done) return step.value;
  }
}

/**
 * `findBadInput` a slice at a time, with a turn of the event loop between slices: a
 * 60,000-provision draft is hundreds of thousands of strings, which held a server's
 * event loop for the better part of a second when walked in one go.
 */
export async function findBadInputSliced(value: unknown): Promise<InputProblem | undefined> {
  const walk = walkInput(value);
  for (;;) {
    const step = walk.next();
    if (step.done) return step.value;
    // setTimeout, not setImmediate: core runs in the browser too.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

/** Strings and containers walked between two turns of the event loop. */
const WALK_SLICE = 5_000;

// One path is kept, pushed and popped, and named only when something is found (copying
// it at every step cost more than the checks); the walk pauses (yields) every WALK_SLICE
// values, which only findBadInputSliced acts on.
function* walkInput(value: unknown): Generator<void, InputProblem | undefined> {
  const path: string[] = [];
  const field = () => (path.length ? path.join('.') : '(value)');
  let visited = 0;
  function* walk(v: unknown, depth: number): Generator<void, InputProblem | undefined> {
    if (typeof v === 'string') {
      const problem = textProblem(v);
      return problem ? { field: field(), problem } : undefined;
    }
    if (typeof v !== 'object' || v === null) return undefined;
    if (depth >= NESTING_MAX) {
      return { field: field(), problem: `nested deeper than ${NESTING_MAX} levels; flatten it` };
    }
    const keys = Array.isArray(v) ? undefined : Object.keys(v);
    const count = keys ? keys.length : (v as unknown[]).length;
    for (let i = 0; i < count; i++) {
      const key = keys ? keys[i]! : String(i);
      if (keys) {
        const keyProblem = textProblem(key);
        if (keyProblem) return { field: [...path, '(key)'].join('.'), problem: keyProblem };
      }
      const child = (v as Record<string, unknown>)[key];
      if (++visited % WALK_SLICE === 0) yield;
      path.push(key);
      let found: InputProblem | undefined;
      // Strings, the most of any input, are checked here without a walk of their own.
      if (typeof child === 'string') {
        const problem = textProblem(child);
        if (problem) found = { field: field(), problem };
      } else found = yield* walk(child, depth + 1);
      path.pop();
      if (found) return found;
    }
    return undefined;
  }
  return yield* walk(value, 0);
}
