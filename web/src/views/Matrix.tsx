// The stance matrix: provisions × parties as a heatmap, filtered by track and topic, with
// an "as of" slider over the dates on which stances changed, to watch the talks move.
// The party columns come from the latest status, so they stay put while the slider moves.

import { drafts as draftCases } from '../../../src/contract/drafts.ts';
import { status as declared } from '../../../src/contract/status.ts';
import { useRead } from '../api/queries.ts';
import { formatDate } from '../components/format.ts';
import { ErrorNote, Loading } from '../components/Status.tsx';
import { useRoster } from '../roster.tsx';
import { href, navigate } from '../router.ts';
import { MatrixFilters, type MatrixView } from './MatrixFilters.tsx';
import { MatrixLegend } from './MatrixLegend.tsx';
import { MatrixTable } from './MatrixTable.tsx';
import { matrixParties } from './matrixParties.ts';

export function Matrix(props: MatrixView) {
  const drafts = useRead(draftCases.list, {});
  const draft = props.draft ?? drafts.data?.at(-1)?.id;
  const status = useRead(declared.table, draft ? { draft, asOf: props.asOf } : null);
  const progress = useRead(declared.progress, draft ? { draft } : null);
  // Who has spoken at any date: the latest status (the same answer as `status` without a date).
  const latest = useRead(declared.table, draft && props.asOf ? { draft } : null);
  const { tracks } = useRoster();
  const set = (change: Partial<MatrixView>) =>
    navigate(href('matrix', { ...props, ...change }), { replace: true });

  if (status.error) return <ErrorNote error={status.error} />;
  const table = status.data;
  const topics = [...new Set((table?.rows ?? []).flatMap((r) => r.topics))].sort();
  const rows = (table?.rows ?? []).filter(
    (r) => (!props.track || r.track === props.track) && (!props.topic || r.topics.includes(props.topic)),
  );
  const spoken = (props.asOf ? latest.data?.rows : table?.rows) ?? table?.rows ?? [];
  const parties = table ? matrixParties(table.parties, rows, spoken) : [];

  return (
    <div className="matrix-page">
      <header className="page-header">
        <h1>Stance matrix</h1>
        <p className="lede">
          Each party's latest stance on each provision{props.asOf ? ` as of ${formatDate(props.asOf)}` : ''}.
        </p>
      </header>
      <MatrixFilters
        view={props}
        draft={draft}
        drafts={drafts.data ?? []}
        tracks={tracks}
        topics={topics}
        dates={(progress.data ?? []).map((p) => p.date)}
        onChange={set}
      />
      {!table && status.loading ? <Loading what="the matrix" /> : null}
      {table ? (
        <>
          <p className="muted small" aria-live="polite">
            {rows.length} provisions · {table.progress.agreed} of {table.progress.total} agreed
            {props.asOf ? ` as of ${formatDate(props.asOf)}` : ' overall'}.
          </p>
          <MatrixTable status={table} rows={rows} parties={parties} />
          <MatrixLegend />
        </>
      ) : null}
    </div>
  );
}
