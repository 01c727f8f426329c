// Turns zod's issues into one ParleyError a person can act on: which field, what was
// wrong, in the words of the schema.
import type { z } from 'zod';
import { ParleyError } from './errors.ts';
import { findBadInput, findBadInputSliced, type InputProblem } from './limits.ts';

/**
 * Parses `input` with `schema`; throws `invalid_input` naming each bad field under `where`,
 * or the first string no column can hold (NUL, lone surrogate) or too deep a nesting.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, where: string): z.output<S> {
  requireStorable(input, where);
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fields = result.error.issues.map((issue) => ({
    field: issue.path.length ? issue.path.map(String).join('.') : '(value)',
    message: issue.message,
  }));
  const problems = fields.map((f) => `${f.field}: ${f.message}`);
  throw new ParleyError('invalid_input', `${where}: ${problems.join('; ')}`, {
    where,
    field: fields[0]?.field,
    fields,
    problems,
  });
}

/**
 * Throws `invalid_input` naming the first string no column can hold (NUL, lone surrogate)
 * or the first place nested too deep (core/limits.ts), under `where`.
 */
export function requireStorable(input: unknown, where: string): void {
  refuseBadInput(findBadInput(input), where);
}

/** `requireStorable` a slice at a time with turns of the event loop between: for long drafts. */
export async function requireStorableSliced(input: unknown, where: string): Promise<void> {
  refuseBadInput(await findBadInputSliced(input), where);
}

function refuseBadInput(bad: InputProblem | undefined, where: string): void {
  if (bad) {
    throw new ParleyError('invalid_input', `${where}: ${bad.field}: ${bad.problem}`, {
      where,
      field: bad.field,
      fields: [{ field: bad.field, message: bad.problem }],
      problems: [`${bad.field}: ${bad.problem}`],
    });
  }
}

/** A readable slug from free text: "Geneva revision" → "geneva-revision". */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
    .replace(/-+$/, '');
  return slug || 'item';
}
