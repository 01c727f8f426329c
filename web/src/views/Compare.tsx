// The compare view: pick two drafts and read them side by side, one row per pair of the
// engine's alignment with a word-level redline; where the newer draft revises the older
// one, the secretariat may confirm or override each pairing in its row.
import { type Comparison, compare } from '../../../src/contract/compare.ts';
import { drafts as draftCases } from '../../../src/contract/drafts.ts';
import { useAbilities } from '../abilities.ts';
import { useRead } from '../api/queries.ts';
import { Options } from '../components/Options.tsx';
import { ErrorNote, Loading } from '../components/Status.tsx';
import { href, navigate } from '../router.ts';
import type { PairingTarget } from './PairingControl.tsx';
import { RedlineCompare } from './RedlineCompare.tsx';

type ProvisionView = Comparison['provisions']['from'][string];

/** What the pairing controls need, when the newer draft revises the older one and the user may say so. */
function pairingTarget(result: Comparison, draft: string): PairingTarget {
  const paths = (side: Record<string, ProvisionView>) =>
    new Map(Object.entries(side).map(([path, view]) => [view, path] as const));
  return {
    draft,
    pathOf: { from: paths(result.provisions.from), to: paths(result.provisions.to) },
    byLabel: new Map(
      Object.entries(result.provisions.from).map(([path, view]) => [view.label.toLowerCase(), path] as const),
    ),
  };
}

export function Compare({ from, to }: { from: string | undefined; to: string | undefined }) {
  const { manage } = useAbilities();
  const drafts = useRead(draftCases.list, {});
  const list = drafts.data ?? [];
  const right = to ?? list.at(-1)?.id;
  const left = from ?? list.find((d) => d.id === right)?.parents[0] ?? list.at(-2)?.id;
  const ready = left && right && left !== right;
  const result = useRead(compare.drafts, ready ? { from: left, to: right } : null);
  const revises = list.find((d) => d.id === right)?.parents[0] === left;
  const pairing = manage && revises && right && result.data ? pairingTarget(result.data, right) : undefined;
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
            <Options items={list} label={(d) => `${d.label} (${d.date})`} />
          </select>
        </div>
        <div className="field">
          <label htmlFor="c-to">Newer draft</label>
          <select id="c-to" value={right ?? ''} onChange={(e) => pick({ to: e.target.value })}>
            <Options items={list} label={(d) => `${d.label} (${d.date})`} />
          </select>
        </div>
        <button type="button" onClick={() => pick({ from: right, to: left })}>
          Swap
        </button>
      </form>
      {drafts.loading && !drafts.data ? <Loading what="drafts" /> : null}
      {list.length < 2 ? <p className="muted">Import a second draft to compare.</p> : null}
      {left && right && left === right ? <p className="muted">Pick two different drafts.</p> : null}
      {ready && result.data ? <RedlineCompare result={result.data} pairing={pairing} /> : null}
      {result.error ? <ErrorNote error={result.error} /> : null}
      {ready && result.loading && !result.data && !result.error ? <Loading what="the comparison" /> : null}
    </div>
  );
}
