// The typed client: calls a use case declared in the contract (src/contract) by its HTTP
// binding, and checks the answer against the declared output schema, so a screen never
// works on a shape the server did not promise. Downloads are links, not calls (`fileUrl`).
import {
  type Declaration,
  type InputOf,
  inQuery,
  type OutputOf,
  placeInput,
} from '../../../src/contract/declare.ts';
import { ApiError, apiUrl, request } from './client.ts';

function locate(declaration: Declaration, input: object) {
  const { http } = declaration;
  if (!http) throw new Error(`${declaration.name} is not served over HTTP`);
  const { path, rest } = placeInput(http, input as Record<string, unknown>);
  const defined = Object.entries(rest).filter(([, v]) => v !== undefined);
  if (!inQuery(http)) return { http, path, body: Object.fromEntries(defined) };
  const query = new URLSearchParams(defined.map(([k, v]) => [k, String(v)])).toString();
  return { http, path: query ? `${path}?${query}` : path, body: undefined };
}

/** Calls the use case with `input`. Throws `ApiError` (the server's, or `bad_response`). */
export async function call<D extends Declaration>(declaration: D, input: InputOf<D>): Promise<OutputOf<D>> {
  const { http, path, body } = locate(declaration, input);
  const answer = await request<unknown>(http.method, path, body);
  const parsed = declaration.output.safeParse(answer);
  if (!parsed.success) {
    throw new ApiError(
      0,
      'bad_response',
      `the server's answer to ${declaration.name} is not what it declares`,
      {
        issues: parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.')}: ${i.message}`),
      },
    );
  }
  return parsed.data as OutputOf<D>;
}

/** The URL of a download use case (a copy, a certificate), for a link. Throws nothing. */
export function fileUrl<D extends Declaration>(declaration: D, input: InputOf<D>): string {
  return apiUrl(locate(declaration, input).path);
}
