// One error family for every layer: a stable code the adapters map (exit code, HTTP
// status), a message a user can act on, and structured details.

export type ErrorCode =
  | 'invalid_input'
  | 'parse_error'
  | 'not_found'
  | 'duplicate'
  | 'conflict'
  | 'broken_reference'
  | 'not_empty'
  | 'forbidden'
  | 'locked'
  | 'unsupported';

export class ParleyError extends Error {
  override readonly name = 'ParleyError';

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/** Throws `not_found` naming what was looked for and how to list what exists. */
export function notFound(kind: string, id: string, hint: string): never {
  throw new ParleyError('not_found', `unknown ${kind} '${id}': ${hint}`, { kind, id });
}

export function isParleyError(error: unknown): error is ParleyError {
  return error instanceof ParleyError;
}
