// Turns an API error into what a form shows: a message under each field the API named
// (`details.fields`, structured: field and message), and one line for the rest.
import type { ApiError } from '../api/client.ts';

export interface FormErrors {
  fields: Record<string, string>;
  general?: string;
}

interface FieldProblem {
  field: string;
  message: string;
}

const isProblem = (value: unknown): value is FieldProblem =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as FieldProblem).field === 'string' &&
  typeof (value as FieldProblem).message === 'string';

/** The form field a dotted input path belongs to (`parents.0` → `parents`). */
const topOf = (field: string) => field.split('.')[0] ?? '';

/** Field messages from `details.fields` (or the one `details.field`); everything else becomes the general message. */
export function formErrors(error: ApiError, knownFields: readonly string[]): FormErrors {
  const fields: Record<string, string> = {};
  const rest: string[] = [];
  const problems = Array.isArray(error.details.fields) ? error.details.fields.filter(isProblem) : [];
  for (const { field, message } of problems) {
    const top = topOf(field);
    if (knownFields.includes(top)) fields[top] = fields[top] ? `${fields[top]}; ${message}` : message;
    else rest.push(`${field}: ${message}`);
  }
  if (problems.length === 0) {
    // A single-field error: named in `details.field`, or (older errors) by a detail of the field's name.
    const field = typeof error.details.field === 'string' ? topOf(error.details.field) : undefined;
    const named =
      field && knownFields.includes(field)
        ? field
        : knownFields.find((f) => typeof error.details[f] === 'string' || Array.isArray(error.details[f]));
    if (named && error.code !== 'conflict') fields[named] = error.message;
    else rest.push(error.message);
  }
  return { fields, ...(rest.length ? { general: rest.join('; ') } : {}) };
}
