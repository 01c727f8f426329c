// Turns an API error into what a form shows: a message under each field the API named (the
// structured `details.fields`, or `details.field` for a single one), and one line for the rest.
import { FieldProblem } from '../../../src/contract/errors.ts';
import type { ApiError } from '../api/client.ts';

export interface FormErrors {
  fields: Record<string, string>;
  general?: string;
}

/** The form field a dotted input path belongs to: `signatories.0` → `signatories`. */
const topOf = (field: string) => field.split('.')[0] ?? field;

/** Field messages from `details.fields` / `details.field`; everything else becomes the general message. */
export function formErrors(error: ApiError, knownFields: readonly string[]): FormErrors {
  const fields: Record<string, string> = {};
  const rest: string[] = [];
  const add = (field: string, message: string) => {
    fields[field] = fields[field] ? `${fields[field]}; ${message}` : message;
  };
  const listed = FieldProblem.array().safeParse(error.details.fields);
  const problems = listed.success ? listed.data : [];
  for (const { field, message } of problems) {
    if (knownFields.includes(topOf(field))) add(topOf(field), message);
    else rest.push(`${field}: ${message}`);
  }
  if (problems.length === 0) {
    const field = typeof error.details.field === 'string' ? topOf(error.details.field) : undefined;
    // Older errors name their field as a detail of its own (e.g. `{ parent }`, `{ participant }`).
    const named = knownFields.find(
      (f) => typeof error.details[f] === 'string' || Array.isArray(error.details[f]),
    );
    if (field && knownFields.includes(field)) add(field, error.message);
    else if (named && error.code !== 'conflict') add(named, error.message);
    else rest.push(error.message);
  }
  return { fields, ...(rest.length ? { general: rest.join('; ') } : {}) };
}
