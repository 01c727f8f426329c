// A use case declared once: its name, input and output schemas, the policy resource and
// action it asks, whether it reads or writes, the change kinds it emits (a write) or is
// made stale by (a read), and where it lives over HTTP. The app implements it
// (app/useCase.ts), the server mounts it (server/useCaseRoutes.ts), the CLI feeds it its
// flags, and the web calls it with a typed client (web/src/api/call.ts).
import { z } from 'zod';
import type { ChangeEntity } from './changes.ts';
import type { ActionOf, ResourceKind } from './resources.ts';

export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface Http<Output = unknown> {
  method: Method;
  /** Under `/api`; `:name` segments are input fields of the same name. */
  path: string;
  /** The success status; 200 when absent (204: no body). */
  status?: 200 | 201 | 204;
  /**
   * For a write that may find what it would create already there (a document ingested
   * before): 201 when this says the answer is new, else 200. Takes the place of `status`.
   */
  created?(output: Output): boolean;
  /** The output is a document (`Download`), sent as a file to save or to show in the browser. */
  download?: 'attachment' | 'inline';
  /**
   * Served by a route of its own (it sets a cookie, or answers before sign-in), built from
   * this declaration's schemas; the generic mount (server/useCaseRoutes.ts) skips it.
   */
  handWritten?: true;
  /** The output can be long (a whole draft): a large one is written in slices, so the server answers others meanwhile. */
  sliced?: true;
}

/** The input is always an object: path, query and body fields are its fields. */
type InputSchema = z.ZodObject;

interface Common<K extends ResourceKind, I extends InputSchema, O extends z.ZodType> {
  /** Stable and unique: `signing.plan`, `circulation.list`. The OpenAPI operationId. */
  name: string;
  summary: string;
  description?: string;
  /** The policy resource and action the use case asks (the others it asks follow from the data). */
  resource: K;
  action: ActionOf<K>;
  input: I;
  output: O;
  http?: Http<z.output<O>>;
}

export interface ReadDeclaration<
  K extends ResourceKind = ResourceKind,
  I extends InputSchema = InputSchema,
  O extends z.ZodType = z.ZodType,
> extends Common<K, I, O> {
  kind: 'read';
  /** The change kinds after which a reader's copy of the answer is stale. */
  staleAfter: readonly ChangeEntity[];
  /** Answers kept per version of the record and reader's scope (app/readCache.ts). */
  cached?: true;
}

export interface WriteDeclaration<
  K extends ResourceKind = ResourceKind,
  I extends InputSchema = InputSchema,
  O extends z.ZodType = z.ZodType,
> extends Common<K, I, O> {
  kind: 'write';
  /** Every change kind it may record; recording another is a bug the runner refuses. */
  emits: readonly ChangeEntity[];
}

export type Declaration = ReadDeclaration | WriteDeclaration;

export type InputOf<D extends Declaration> = z.input<D['input']>;
export type ParsedInputOf<D extends Declaration> = z.output<D['input']>;
export type OutputOf<D extends Declaration> = z.output<D['output']>;

/** A read, typed by its schemas. Throws nothing. */
export function declareRead<K extends ResourceKind, I extends InputSchema, O extends z.ZodType>(
  declaration: Omit<ReadDeclaration<K, I, O>, 'kind'>,
): ReadDeclaration<K, I, O> {
  return { kind: 'read', ...declaration };
}

/** A write, typed by its schemas. Throws nothing. */
export function declareWrite<K extends ResourceKind, I extends InputSchema, O extends z.ZodType>(
  declaration: Omit<WriteDeclaration<K, I, O>, 'kind'>,
): WriteDeclaration<K, I, O> {
  return { kind: 'write', ...declaration };
}

/** The `:name` segments of an HTTP path, in order. Throws nothing. */
export function pathFields(path: string): string[] {
  return [...path.matchAll(/:([A-Za-z]\w*)/g)].map((m) => m[1] as string);
}

/**
 * The URL path (under `/api`) and the remaining fields of `input` for `http`: path fields
 * are substituted (encoded), the rest go to the query (GET, DELETE) or the body. Throws nothing.
 */
export function placeInput(
  http: Http,
  input: Record<string, unknown>,
): { path: string; rest: Record<string, unknown> } {
  const rest: Record<string, unknown> = { ...input };
  const path = http.path.replace(/:([A-Za-z]\w*)/g, (_, name: string) => {
    const value = rest[name];
    delete rest[name];
    return encodeURIComponent(String(value ?? ''));
  });
  return { path, rest };
}

/** Whether the fields beyond the path travel in the query string rather than a JSON body. */
export const inQuery = (http: Http) => http.method === 'GET' || http.method === 'DELETE';

/**
 * The input's fields split as HTTP carries them: those named in the path, and the rest
 * (query or body); either is undefined when it has no field. Throws nothing.
 */
export function inputParts(input: z.ZodObject, http: Http): { params?: z.ZodObject; rest?: z.ZodObject } {
  const inPath = new Set(pathFields(http.path));
  const entries = Object.entries(input.shape);
  const params = entries.filter(([key]) => inPath.has(key));
  const rest = entries.filter(([key]) => !inPath.has(key));
  return {
    ...(params.length ? { params: z.object(Object.fromEntries(params)) } : {}),
    ...(rest.length ? { rest: z.object(Object.fromEntries(rest)) } : {}),
  };
}
