// What a view shows while its data loads or when the API refused: a calm line, never an alert.
import type { ApiError } from '../api/client.ts';

export function Loading({ what }: { what: string }) {
  return (
    <p className="muted" aria-live="polite">
      Loading {what}…
    </p>
  );
}

const HEADLINE: Record<number, string> = { 403: 'Not open to you', 404: 'Not found' };

export function ErrorNote({ error }: { error: ApiError }) {
  return (
    <div className="error-note" role="alert">
      <strong>{HEADLINE[error.status] ?? 'Something went wrong'}:</strong> {error.message}
    </div>
  );
}
