// The stance matrix: provisions × parties as a heatmap, filtered by track and topic, with
// an "as of" slider over the dates on which stances changed, to watch the talks move.
// The party columns come from the latest status, so they stay put while the slider moves.

import type { DraftHeader } from '../../../src/contract/drafts.ts';
import { query } from '../api/client.ts';
import type { ProgressPoint, Status } from '../api/types.ts';
import { formatDate } from '../components/format.ts';
import { ErrorNote, Loading } from '../components/Status.tsx';
import { useRoster } from '../roster.tsx';
import { href, navigate } from '../router.ts';
import { useApi } from '../useApi.ts';
import { MatrixLegend } from './MatrixLegend.tsx';
import { MatrixTable } from './MatrixTable.tsx';
import { matrixParties } from './matrixParties.ts';

interface Props {
  draft: string | undefined;
  track: string | undefined;
  topic: string | undefined;
  asOf: string | undefined;
}

const WATCH = ['position', 'draft', 'party', 'track'];

export function Matrix(props: Props) {
  const drafts = useApi<DraftHeader[]>('drafts', ['draft']);
  const draft = props.draft ?? drafts.data?.at(-1)?.id;
  const status = useApi<Status | null>(draft ? `status${query({ draft, asOf: props.asOf })}` : null, WATCH);
  const progress = useApi<ProgressPoint[]>(draft ? `progress${query({ draft })}` : null, WATCH);
  // Who has spoken at any date: the latest status (the same answer as `status` without a date).
  const latest = useApi<Status | null>(draft && props.asOf ? `status${query({ draft })}` : null, WATCH);
  const { tracks } = useRoster();
  const set = (change: Partial<Props>) =>
    navigate(
      href('matrix', {
        draft: props.draft,
        track: props.track,
        topic: props.topic,
        asOf: props.asOf,
        ...change,
      }),
      {
        replace: true,
      },
    );

  if (status.error) return <ErrorNote error={status.error} />;
  const dates = (progress.data ?? []).map((p) => p.date);
  // The slider's last stop is "now": every stance, however dated.
  const index = props.asOf ? Math.max(0, dates.indexOf(props.asOf)) : dates.length;
  const topics = [...new Set((status.data?.rows ?? []).flatMap((r) => r.topics))].sort();
  const rows = (status.data?.rows ?? []).filter(
    (r) => (!props.track || r.track === props.track) && (!props.topic || r.topics.includes(props.topic)),
  );
  const spoken = (props.asOf ? latest.data?.rows : status.data?.rows) ?? status.data?.rows ?? [];
  const parties = status.data ? matrixParties(status.data.parties, rows, spoken) : [];

  return (
    <div className="matrix-page">
      <header className="page-header">
        <h1>Stance matrix</h1>
        <p className="lede">
          Each party's latest stance on each provision{props.asOf ? ` as of ${formatDate(props.asOf)}` : ''}.
        </p>
      </header>
      <form className="filters" onSubmit={(e) => e.preventDefault()} aria-label="Matrix filters">
        <div className="field">
          <label htmlFor="m-draft">Draft</label>
          <select
            id="m-draft"
            value={draft ?? ''}
            onChange={(e) => set({ draft: e.target.value, asOf: undefined })}
          >
            {(drafts.data ?? []).map((d) => (
              <option key={d.id} value={d.id}>
                {d.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="m-track">Track</label>
          <select
            id="m-track"
            value={props.track ?? ''}
            onChange={(e) => set({ track: e.target.value || undefined })}
          >
            <option value="">All provisions</option>
            {tracks.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="m-topic">Topic</label>
          <select
            id="m-topic"
            value={props.topic ?? ''}
            onChange={(e) => set({ topic: e.target.value || undefined })}
          >
            <option value="">All topics</option>
            {topics.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        </div>
        {dates.length ? (
          <div className="field slider">
            <label htmlFor="m-asof">
              As of: <strong>{props.asOf ? formatDate(props.asOf) : 'now (all stances)'}</strong>
            </label>
            <input
              id="m-asof"
              type="range"
              min={0}
              max={dates.length}
              step={1}
              value={index}
              aria-valuetext={props.asOf ? formatDate(props.asOf) : 'now'}
              onChange={(e) => set({ asOf: dates[Number(e.target.value)] })}
            />
            <span className="muted small">
              {formatDate(dates[0]!)} → now, {dates.length} dates on which a stance changed
            </span>
          </div>
        ) : null}
      </form>
      {!status.data && status.loading ? <Loading what="the matrix" /> : null}
      {status.data ? (
        <>
          <p className="muted small" aria-live="polite">
            {rows.length} provisions · {status.data.progress.agreed} of {status.data.progress.total} agreed
            {props.asOf ? ` as of ${formatDate(props.asOf)}` : ' overall'}.
          </p>
          <MatrixTable status={status.data} rows={rows} parties={parties} />
          <MatrixLegend />
        </>
      ) : null}
    </div>
  );
}
