// Turns an API error into what a form shows: a message under each field the API named
// (`details.problems` are "field: message"), and one line for the rest.
import type { ApiError } from '../api/client.ts';

export interface FormErrors {
  fields: Record<string, string>;
  general?: string;
}

/** Field messages from `details.problems`; everything else becomes the general message. */
export function formErrors(error: ApiError, knownFields: readonly string[]): FormErrors {
  const fields: Record<string, string> = {};
  const rest: string[] = [];
  const problems = Array.isArray(error.details.problems) ? error.details.problems : [];
  for (const problem of problems) {
    if (typeof problem !== 'string') continue;
    const cut = problem.indexOf(': ');
    const field = cut > 0 ? (problem.slice(0, cut).split('.')[0] ?? '') : '';
    const message = cut > 0 ? problem.slice(cut + 2) : problem;
    if (knownFields.includes(field)) fields[field] = fields[field] ? `${fields[field]}; ${message}` : message;
    else rest.push(problem);
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
