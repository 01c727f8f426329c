// A thin fetch wrapper over the `/api` routes: JSON in, JSON out, and the API's error
// envelope `{ error: { code, message, details } }` turned into an `ApiError`.

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
  if (error) {
    return new ApiError(
      response.status,
      typeof error.code === 'string' ? error.code : 'error',
      typeof error.message === 'string' ? error.message : response.statusText,
      isRecord(error.details) ? error.details : {},
    );
  }
  return new ApiError(response.status, 'http_error', `${response.status} ${response.statusText}`.trim());
}

async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`api/${path.replace(/^\/?(api\/)?/, '')}`, {
      method,
      headers: body === undefined ? { accept: 'application/json' } : { 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch {
    throw new ApiError(0, 'unreachable', 'The Parley server cannot be reached; is `parley serve` running?');
  }
  if (!response.ok) throw await toError(response);
  return (await response.json()) as T;
}

/** `GET` a path under `/api` (e.g. `status?draft=x`). Throws `ApiError`. */
export const get = <T>(path: string) => request<T>('GET', path);

/** `POST` a JSON body to a path under `/api`. Throws `ApiError` (with `details` to show in forms). */
export const post = <T>(path: string, body: unknown) => request<T>('POST', path, body);

/** A query string from the defined entries: `query({ draft: 'x', asOf: undefined })` → `?draft=x`. */
export function query(params: Record<string, string | undefined>): string {
  const entries = Object.entries(params).filter((e): e is [string, string] => Boolean(e[1]));
  return entries.length ? `?${new URLSearchParams(entries).toString()}` : '';
}
