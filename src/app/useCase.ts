// A use case is a declaration from the contract plus the function that does it. One runner
// serves every adapter: it parses the input with the declared schema, runs the use case as
// the actor in a read or in one write transaction (context.ts: policy asked, audit written,
// changes published after commit, only the declared kinds), and in tests checks the output
// against the declared schema too.
import type { Declaration, OutputOf, ParsedInputOf, WriteDeclaration } from '../contract/declare.ts';
import type { Actor } from '../core/actor.ts';
import { parseInput } from '../core/validate.ts';
import { type ReadContext, read, type Services, type WriteContext, write } from './context.ts';
import type { ReadCache } from './readCache.ts';

type ContextOf<D extends Declaration> = D extends WriteDeclaration ? WriteContext : ReadContext;

export interface UseCase<D extends Declaration = Declaration, P = ParsedInputOf<D>> {
  declaration: D;
  /**
   * Work on the input before the transaction opens (parsing a long text, off the event
   * loop), so no other writer waits on it; `run` receives its result.
   */
  prepare?(input: ParsedInputOf<D>): Promise<P>;
  run(ctx: ContextOf<D>, input: P): Promise<OutputOf<D>>;
}

/** Pairs a declaration with its implementation. Throws nothing. */
export function implement<D extends Declaration>(declaration: D, run: UseCase<D>['run']): UseCase<D> {
  return { declaration, run };
}

/** Pairs a declaration with its implementation and the step that readies its input beforehand. Throws nothing. */
export function implementPrepared<D extends Declaration, P>(
  declaration: D,
  prepare: (input: ParsedInputOf<D>) => Promise<P>,
  run: (ctx: ContextOf<D>, input: P) => Promise<OutputOf<D>>,
): UseCase<D, P> {
  return { declaration, prepare, run };
}

export interface RunOptions {
  /** Where reads declared `cached` keep their answers (the server's); computed each time when absent. */
  reads?: ReadCache;
}

/** Outputs are checked against their schemas where mistakes are cheap to find: under test. */
const checkOutputs = process.env.VITEST !== undefined || process.env.PARLEY_CHECK_OUTPUTS === '1';

/**
 * Runs `useCase` as `actor` with the raw `input` (path, query and body fields, or CLI
 * flags). Throws `invalid_input` naming the bad fields (details.field, details.fields),
 * and whatever the use case throws (`not_found`, `forbidden`, `conflict`…); nothing is
 * written when it throws.
 */
export async function runUseCase<D extends Declaration>(
  services: Services,
  actor: Actor,
  useCase: UseCase<D, unknown>,
  input: unknown,
  options: RunOptions = {},
): Promise<OutputOf<D>> {
  const { declaration } = useCase;
  const fields = parseInput(declaration.input, input ?? {}, declaration.name.split('.')[0] ?? 'input');
  const parsed = useCase.prepare ? await useCase.prepare(fields as ParsedInputOf<D>) : fields;
  const run = useCase.run as (ctx: ReadContext | WriteContext, input: unknown) => Promise<OutputOf<D>>;
  let output: OutputOf<D>;
  if (declaration.kind === 'write') {
    output = await write(services, actor, declaration.resource, (ctx) => run(ctx, parsed), {
      emits: declaration.emits,
    });
  } else {
    const { reads } = options;
    output = await read(services, actor, declaration.resource, (ctx) =>
      declaration.cached && reads
        ? reads.read(ctx, declaration.name, keyOf(fields), (c) => run(c, parsed))
        : run(ctx, parsed),
    );
  }
  if (checkOutputs) declaration.output.parse(sampled(output));
  return output;
}

/** Items of a long list the output check reads: all 60,000 provisions of a draft would hold the loop half a second. */
const CHECKED_ITEMS = 1_000;

/** The output with its long lists (near the top) cut to their first items, for the check. Throws nothing. */
function sampled(value: unknown, depth = 0): unknown {
  if (Array.isArray(value)) return value.length > CHECKED_ITEMS ? value.slice(0, CHECKED_ITEMS) : value;
  if (depth >= 3 || typeof value !== 'object' || value === null) return value;
  if (Object.getPrototypeOf(value) !== Object.prototype) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, sampled(v, depth + 1)]));
}

/** A cached read's key: every input field shapes the answer. */
function keyOf(input: unknown): Record<string, string | undefined> {
  const entries = Object.entries(input as Record<string, unknown>);
  return Object.fromEntries(entries.map(([k, v]) => [k, v === undefined ? undefined : JSON.stringify(v)]));
}

/**
 * Runs `useCase` as a step of another one, in its context (a scenario's steps, the event an
 * accepted claim records): the input is parsed as the runner parses it, the policy asked
 * by the step itself, and its changes recorded in the caller's transaction. Throws what
 * the step throws.
 */
export function runWithin<D extends Declaration>(
  ctx: ContextOf<D>,
  useCase: UseCase<D>,
  input: unknown,
): Promise<OutputOf<D>> {
  const { declaration } = useCase;
  const label = declaration.name.split('.')[0] ?? 'input';
  return useCase.run(ctx, parseInput(declaration.input, input ?? {}, label) as ParsedInputOf<D>);
}
