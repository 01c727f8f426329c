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
  /** Input fields the command takes under another name: `{ parents: '--parent', text: '<file>' }`. */
  flags?: Readonly<Record<string, string>>;
  /** Input objects whose fields are flags of their own: `spread: ['edit']` names `edit.date` `--date`. */
  spread?: readonly string[];
}

/** `limit` → `--limit`, `summaryFile` → `--summary-file`, a positional `draft` → `<draft>`. */
export function flagOf(field: string, options: CommandInput = {}): string {
  const { positional = [], flags = {}, spread = [] } = options;
  const [first = field, second] = field.split('.');
  const top = spread.includes(first) && second !== undefined ? second : first;
  if (flags[top]) return flags[top];
  if (positional.includes(top)) return `<${top}>`;
  return `--${top.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

/** The same error, its fields named as the command's flags. Throws nothing. */
export function inCliTerms(error: unknown, options: CommandInput = {}): unknown {
  if (!isParleyError(error) || error.code !== 'invalid_input') return error;
  const fields = error.details.fields as { field: string; message: string }[] | undefined;
  if (!fields?.length) return error;
  const phrased = fields.map((f) => `${flagOf(f.field, options)}: ${f.message}`).join('; ');
  return new ParleyError('invalid_input', phrased, error.details);
}

/** Runs one use case as the local owner, with `invalid_input` phrased by flag. */
export type RunStep = <D extends Declaration>(
  useCase: UseCase<D, unknown>,
  input: unknown,
  options?: CommandInput,
) => Promise<OutputOf<D>>;

/**
 * Runs `steps` on one opening of the home's store: each `run` is one use case as the local
 * owner (its own transaction), for commands made of several (circulate, then fetch the
 * copy; ingest a directory, one write per document). Throws what the use cases throw, with
 * `invalid_input` phrased by flag (`options`, or the step's own).
 */
export function runSession<T>(
  io: Io,
  steps: (run: RunStep) => Promise<T>,
  options: CommandInput = {},
): Promise<T> {
  return withServices(io, async (services) => {
    const { runUseCase } = await import('../app/useCase.ts');
    return steps((useCase, input, stepOptions = options) =>
      runUseCase(services, owner, useCase, input).catch((error: unknown) => {
        throw inCliTerms(error, stepOptions);
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
  useCase: UseCase<D, unknown>,
  input: unknown,
  options: CommandInput = {},
): Promise<OutputOf<D>> {
  return runSession(io, (run) => run(useCase, input), options);
}
