// Turns an API error into what a form shows: a message under each field the API named
// (`details.fields`, contract/errors.ts), and one line for the rest.
import type { ApiError } from '../api/client.ts';

export interface FormErrors {
  fields: Record<string, string>;
  general?: string;
}

interface Problem {
  field: string;
  message: string;
}

const isProblem = (p: unknown): p is Problem =>
  typeof p === 'object' &&
  p !== null &&
  typeof (p as Problem).field === 'string' &&
  typeof (p as Problem).message === 'string';

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
    // A single-field error: `details.field`, or the field named by its key (e.g. `{ parent }`).
    const named =
      typeof error.details.field === 'string' && knownFields.includes(error.details.field)
        ? error.details.field
        : knownFields.find((f) => typeof error.details[f] === 'string' || Array.isArray(error.details[f]));
    if (named && error.code !== 'conflict') fields[named] = error.message;
    else rest.push(error.message);
  }
  return { fields, ...(rest.length ? { general: rest.join('; ') } : {}) };
}
