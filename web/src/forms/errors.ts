// Turns an API error into what a form shows: a message under each field the API named
// (`details.fields`, structured), and one line for the rest.
import type { FieldProblem } from '../../../src/contract/errors.ts';
import type { ApiError } from '../api/client.ts';

export interface FormErrors {
  fields: Record<string, string>;
  general?: string;
}

/** The fields the error names, structured; routes not yet on the contract send "field: message" strings. */
function problemsOf(error: ApiError): FieldProblem[] {
  if (Array.isArray(error.details.fields)) return error.details.fields as FieldProblem[];
  const problems = Array.isArray(error.details.problems) ? error.details.problems : [];
  return problems.flatMap((problem) => {
    if (typeof problem !== 'string') return [];
    const cut = problem.indexOf(': ');
    return [
      cut > 0
        ? { field: problem.slice(0, cut), message: problem.slice(cut + 2) }
        : { field: '', message: problem },
    ];
  });
}

/**
 * Field messages from the error's details, each under `nameOf(field)` (by default the
 * field's first segment) when the form has it; everything else becomes the general message.
 */
export function formErrors(
  error: ApiError,
  knownFields: readonly string[],
  nameOf: (field: string) => string = (field) => field.split('.')[0] ?? '',
): FormErrors {
  const fields: Record<string, string> = {};
  const rest: string[] = [];
  const problems = problemsOf(error);
  for (const { field, message } of problems) {
    const name = nameOf(field);
    if (knownFields.includes(name)) fields[name] = fields[name] ? `${fields[name]}; ${message}` : message;
    else rest.push(field ? `${field}: ${message}` : message);
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
