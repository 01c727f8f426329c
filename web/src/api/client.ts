// A thin fetch wrapper over the `/api` routes: JSON in, JSON out, and the API's error
// envelope `{ error: { code, message, details } }` turned into an `ApiError`. Writes carry
// the session's CSRF token; a 401 tells the session (web/src/session.tsx) to ask for sign-in.

export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

async function toError(response: Response): Promise<ApiError> {
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  const error = isRecord(body) && isRecord(body.error) ? body.error : undefined;
  // 429 says when to come back; forms show it.
  const retry = Number(response.headers.get('retry-after'));
  const retryAfter = Number.isFinite(retry) && retry > 0 ? { retryAfter: retry } : {};
  if (error) {
    return new ApiError(
      response.status,
      typeof error.code === 'string' ? error.code : 'error',
      typeof error.message === 'string' ? error.message : response.statusText,
      { ...(isRecord(error.details) ? error.details : {}), ...retryAfter },
    );
  }
  return new ApiError(response.status, 'http_error', `${response.status} ${response.statusText}`.trim());
}

let csrfToken: string | undefined;
const signedOutListeners = new Set<(error: ApiError) => void>();

/** The CSRF token of the cookie session (from `POST`/`GET /api/session`), sent on every write. */
export function setCsrfToken(token: string | undefined): void {
  csrfToken = token;
}

/** Calls `listener` whenever the API answers 401 (nobody, or no longer, signed in). */
export function onSignedOut(listener: (error: ApiError) => void): () => void {
  signedOutListeners.add(listener);
  return () => signedOutListeners.delete(listener);
}

/** The URL of a path under `/api`, relative to the page (the app may live under a prefix). */
export function apiUrl(path: string): string {
  return `api/${path.replace(/^\/?(api\/)?/, '')}`;
}

/** A call to the API: JSON in, JSON out. Throws `ApiError`. */
export async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> =
    body === undefined ? { accept: 'application/json' } : { 'content-type': 'application/json' };
  // Every write carries the header, which no plain page on another site can send: the
  // session's token when signed in, and any value in open mode (no accounts yet).
  if (method !== 'GET') headers['x-csrf-token'] = csrfToken ?? 'open-mode';
  let response: Response;
  try {
    response = await fetch(apiUrl(path), {
      method,
      headers,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch {
    throw new ApiError(0, 'unreachable', 'The Parley server cannot be reached; is `parley serve` running?');
  }
  if (!response.ok) {
    const error = await toError(response);
    // A refused sign-in is the sign-in form's business, not a lost session.
    if (error.status === 401 && !/^\/?(api\/)?session/.test(path))
      for (const listener of signedOutListeners) listener(error);
    throw error;
  }
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

/** `GET` a path under `/api` (e.g. `status?draft=x`). Throws `ApiError`. */
export const get = <T>(path: string) => request<T>('GET', path);

/** `POST` a JSON body to a path under `/api`. Throws `ApiError` (with `details` to show in forms). */
export const post = <T>(path: string, body: unknown) => request<T>('POST', path, body);

/** `PUT` a JSON body to a path under `/api`. Throws `ApiError`. */
export const put = <T>(path: string, body: unknown) => request<T>('PUT', path, body);

/** `DELETE` a path under `/api`. Throws `ApiError`. */
export const del = (path: string) => request<void>('DELETE', path);

/** A query string from the defined entries: `query({ draft: 'x', asOf: undefined })` → `?draft=x`. */
export function query(params: Record<string, string | undefined>): string {
  const entries = Object.entries(params).filter((e): e is [string, string] => Boolean(e[1]));
  return entries.length ? `?${new URLSearchParams(entries).toString()}` : '';
}
