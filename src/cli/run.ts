// How a CLI command runs a use case: as the local owner, on the home's store, with its
// flags as the input. A bad input is phrased in the CLI's terms — the flag or argument
// at fault — from the error's structured details, never by rewriting its sentence.

import type { UseCase } from '../app/useCase.ts';
import type { Declaration, OutputOf } from '../contract/declare.ts';
import { owner } from '../core/actor.ts';
import { isParleyError, ParleyError } from '../core/errors.ts';
import type { Io } from './io.ts';
import { withServices } from './session.ts';

export interface CommandInput {
  /** Input fields given as positional arguments (`<draft>`), not flags. */
  positional?: readonly string[];
  /** Input objects whose fields are flags of their own: `spread: ['edit']` names `edit.date` `--date`. */
  spread?: readonly string[];
}

/** `limit` → `--limit`, `summaryFile` → `--summary-file`, a positional `draft` → `<draft>`. */
export function flagOf(
  field: string,
  positional: readonly string[] = [],
  spread: readonly string[] = [],
): string {
  const [first = field, second] = field.split('.');
  const top = spread.includes(first) && second !== undefined ? second : first;
  if (positional.includes(top)) return `<${top}>`;
  return `--${top.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

/** The same error, its fields named as the command's flags. Throws nothing. */
export function inCliTerms(error: unknown, options: CommandInput = {}): unknown {
  if (!isParleyError(error) || error.code !== 'invalid_input') return error;
  const fields = error.details.fields as { field: string; message: string }[] | undefined;
  if (!fields?.length) return error;
  const phrased = fields
    .map((f) => `${flagOf(f.field, options.positional, options.spread)}: ${f.message}`)
    .join('; ');
  return new ParleyError('invalid_input', phrased, error.details);
}

/** Runs one use case as the local owner within a session (`withCommands`). */
export type RunCommand = <D extends Declaration>(
  useCase: UseCase<D>,
  input: unknown,
  options?: CommandInput,
) => Promise<OutputOf<D>>;

/**
 * Runs `fn` with a runner of use cases on one session of the home's store, for commands
 * that run several (`parley ingest` of a directory: one write per document). Throws what
 * `fn` throws; the runner throws what its use case throws, `invalid_input` phrased by flag.
 */
export function withCommands<T>(io: Io, fn: (run: RunCommand) => Promise<T>): Promise<T> {
  return withServices(io, async (services) => {
    const { runUseCase } = await import('../app/useCase.ts');
    return fn((useCase, input, options = {}) =>
      runUseCase(services, owner, useCase, input).catch((error: unknown) => {
        throw inCliTerms(error, options);
      }),
    );
  });
}

/**
 * Runs `useCase` with `input` as the local owner. Throws what the use case throws, with
 * `invalid_input` phrased by flag.
 */
export function runCommand<D extends Declaration>(
  io: Io,
  useCase: UseCase<D>,
  input: unknown,
  options: CommandInput = {},
): Promise<OutputOf<D>> {
  return withCommands(io, (run) => run(useCase, input, options));
}
