// Turns an API error into what a form shows: a message under each field the error's
// structured details name (`details.fields`, `details.field` — src/contract/errors.ts), and
// one line for the rest. The sentence itself is shown as the server wrote it, never cut up.
import type { FieldProblem } from '../../../src/contract/errors.ts';
import type { ApiError } from '../api/client.ts';

export interface FormErrors {
  fields: Record<string, string>;
  general?: string;
}

function isFieldProblem(value: unknown): value is FieldProblem {
  const v = value as Partial<FieldProblem> | null;
  return typeof v?.field === 'string' && typeof v.message === 'string';
}

/** Every field problem the error carries (input that failed its schema). Throws nothing. */
export function fieldProblems(error: ApiError): FieldProblem[] {
  const fields = error.details.fields;
  return Array.isArray(fields) ? fields.filter(isFieldProblem) : [];
}

/**
 * Field messages from `details.fields`, or the whole message under `details.field` for an
 * error about one field; everything else becomes the general message. `within`: the input
 * object the form edits (`edit` for `edit.date`), when its fields are nested.
 */
export function formErrors(error: ApiError, knownFields: readonly string[], within?: string): FormErrors {
  const formField = (path: string) => {
    const inner = within && path.startsWith(`${within}.`) ? path.slice(within.length + 1) : path;
    const top = inner.split('.')[0] ?? '';
    return knownFields.includes(top) ? top : undefined;
  };
  const fields: Record<string, string> = {};
  const rest: string[] = [];
  const problems = fieldProblems(error);
  for (const problem of problems) {
    const field = formField(problem.field);
    if (field) fields[field] = fields[field] ? `${fields[field]}; ${problem.message}` : problem.message;
    else rest.push(`${problem.field}: ${problem.message}`);
  }
  if (problems.length === 0) {
    const named =
      typeof error.details.field === 'string'
        ? formField(error.details.field)
        : // Errors not yet naming `field` name their subject by key (`{ id }`, `{ parent }`).
          knownFields.find((f) => typeof error.details[f] === 'string' || Array.isArray(error.details[f]));
    if (named && error.code !== 'conflict') fields[named] = error.message;
    else rest.push(error.message);
  }
  return { fields, ...(rest.length ? { general: rest.join('; ') } : {}) };
}
