// The compare view: pick two drafts and read them side by side. With `/api/compare` the
// rows are the engine's alignment with a word-level redline; without it (older servers)
// the provisions are paired by lineage and shown whole.

import type { CompareResult, ProvisionView } from '../../../src/compare/compare.ts';
import { useAbilities } from '../abilities.ts';
import { type ApiError, query } from '../api/client.ts';
import type { DraftHeader } from '../api/types.ts';
import { ErrorNote, Loading } from '../components/Status.tsx';
import { href, navigate } from '../router.ts';
import { useApi } from '../useApi.ts';
import { LineageCompare } from './LineageCompare.tsx';
import type { PairingTarget } from './PairingControl.tsx';
import { RedlineCompare } from './RedlineCompare.tsx';

/** The server has no compare route (as opposed to an unknown draft). */
const routeMissing = (error: ApiError | undefined) =>
  error?.status === 404 && typeof error.details.method === 'string';

/** What the pairing controls need, when the newer draft revises the older one and the user may say so. */
function pairingTarget(result: CompareResult, draft: string, onSaved: () => void): PairingTarget {
  const paths = (side: Record<string, ProvisionView>) =>
    new Map(Object.entries(side).map(([path, view]) => [view, path] as const));
  return {
    draft,
    pathOf: { from: paths(result.provisions.from), to: paths(result.provisions.to) },
    byLabel: new Map(
      Object.entries(result.provisions.from).map(([path, view]) => [view.label.toLowerCase(), path] as const),
    ),
    onSaved,
  };
}

export function Compare({ from, to }: { from: string | undefined; to: string | undefined }) {
  const { manage } = useAbilities();
  const drafts = useApi<DraftHeader[]>('drafts', ['draft']);
  const list = drafts.data ?? [];
  const right = to ?? list.at(-1)?.id;
  const left = from ?? list.find((d) => d.id === right)?.parents[0] ?? list.at(-2)?.id;
  const ready = left && right && left !== right;
  const result = useApi<CompareResult>(ready ? `compare${query({ from: left, to: right })}` : null, [
    'draft',
  ]);
  const revises = list.find((d) => d.id === right)?.parents[0] === left;
  const pairing =
    manage && revises && right && result.data && 'redlines' in result.data
      ? pairingTarget(result.data, right, result.reload)
      : undefined;
  const pick = (change: { from?: string; to?: string }) =>
    navigate(href('compare', { from: left, to: right, ...change }), { replace: true });

  return (
    <div>
      <header className="page-header">
        <h1>Compare drafts</h1>
      </header>
      <form className="filters" onSubmit={(e) => e.preventDefault()} aria-label="Drafts to compare">
        <div className="field">
          <label htmlFor="c-from">Older draft</label>
          <select id="c-from" value={left ?? ''} onChange={(e) => pick({ from: e.target.value })}>
            {list.map((d) => (
              <option key={d.id} value={d.id}>
                {d.label} ({d.date})
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="c-to">Newer draft</label>
          <select id="c-to" value={right ?? ''} onChange={(e) => pick({ to: e.target.value })}>
            {list.map((d) => (
              <option key={d.id} value={d.id}>
                {d.label} ({d.date})
              </option>
            ))}
          </select>
        </div>
        <button type="button" onClick={() => pick({ from: right, to: left })}>
          Swap
        </button>
      </form>
      {drafts.loading && !drafts.data ? <Loading what="drafts" /> : null}
      {list.length < 2 ? <p className="muted">Import a second draft to compare.</p> : null}
      {left && right && left === right ? <p className="muted">Pick two different drafts.</p> : null}
      {ready && result.data && 'redlines' in result.data ? (
        <RedlineCompare result={result.data} pairing={pairing} />
      ) : null}
      {ready && (routeMissing(result.error) || (result.data && !('redlines' in result.data))) ? (
        <LineageCompare from={left} to={right} />
      ) : null}
      {result.error && !routeMissing(result.error) ? <ErrorNote error={result.error} /> : null}
      {ready && result.loading && !result.data && !result.error ? <Loading what="the comparison" /> : null}
    </div>
  );
}
