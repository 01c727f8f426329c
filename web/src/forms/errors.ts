// Turns an API error into what a form shows: a message under each field the API named
// (`details.fields`, structured: field path and message), and one line for the rest.
import type { FieldProblem } from '../../../src/contract/errors.ts';
import type { ApiError } from '../api/client.ts';

export interface FormErrors {
  fields: Record<string, string>;
  general?: string;
}

const isProblem = (value: unknown): value is FieldProblem =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as FieldProblem).field === 'string' &&
  typeof (value as FieldProblem).message === 'string';

/** Field messages from `details.fields`; everything else becomes the general message. */
export function formErrors(error: ApiError, knownFields: readonly string[]): FormErrors {
  const fields: Record<string, string> = {};
  const rest: string[] = [];
  const problems = Array.isArray(error.details.fields) ? error.details.fields.filter(isProblem) : [];
  for (const { field: path, message } of problems) {
    const field = path.split('.')[0] ?? '';
    if (knownFields.includes(field)) fields[field] = fields[field] ? `${fields[field]}; ${message}` : message;
    else rest.push(`${path}: ${message}`);
  }
  if (problems.length === 0) {
    // A single-field error named in details (e.g. `{ parent }`, `{ participant }`).
    const named = knownFields.find(
      (f) => typeof error.details[f] === 'string' || Array.isArray(error.details[f]),
    );
    if (named && error.code !== 'conflict') fields[named] = error.message;
    else rest.push(error.message);
  }
  return { fields, ...(rest.length ? { general: rest.join('; ') } : {}) };
}
