// Exit codes by error family, documented in the README so scripts can branch on them.
import type { ErrorCode } from '../core/errors.ts';

const codes: Record<ErrorCode, number> = {
  invalid_input: 3,
  parse_error: 3,
  not_found: 4,
  broken_reference: 4,
  duplicate: 5,
  conflict: 5,
  not_empty: 5,
  forbidden: 6,
  locked: 7,
  unsupported: 8,
};

export function exitCodeFor(code: ErrorCode): number {
  return codes[code];
}

/** A command that printed its own verdict and must still fail (e.g. a damaged audit log: 9). */
export class CliExit extends Error {
  constructor(readonly exitCode: number) {
    super(`exit ${exitCode}`);
  }
}
