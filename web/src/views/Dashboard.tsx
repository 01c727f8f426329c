// The dashboard: where the negotiation stands on the latest draft, how it got there,
// what blocks it, which deadlines are coming and what happened last.
import { roster } from '../../../src/contract/roster.ts';
import { status as declared } from '../../../src/contract/status.ts';
import { useAbilities } from '../abilities.ts';
import { useRead } from '../api/queries.ts';
import { EventItem } from '../components/EventItem.tsx';
import { formatDate } from '../components/format.ts';
import { ProgressChart } from '../components/ProgressChart.tsx';
import { ErrorNote, Loading } from '../components/Status.tsx';
import { href } from '../router.ts';
import { BlockerTable } from './BlockerTable.tsx';

export function Dashboard() {
  const negotiation = useRead(roster.showNegotiation, {});
  const status = useRead(declared.table, {});
  const draft = status.data?.draft.id;
  const progress = useRead(declared.progress, draft ? { draft } : null);
  const events = useRead(roster.listEvents, {});
  const can = useAbilities();

  // 404: no draft yet, which the page says below; anything else is an error.
  const noDraft = status.error?.status === 404;
  if (status.error && !noDraft) return <ErrorNote error={status.error} />;
  const s = noDraft ? null : status.data;
  const all = events.data ?? [];
  const deadlines = all
    .filter((e) => e.kind === 'deadline' && e.status === 'planned')
    .sort((a, b) => a.date.localeCompare(b.date));
  const latest = all
    .filter((e) => e.status === 'held')
    .sort((a, b) => b.date.localeCompare(a.date))
    .slice(0, 5);

  return (
    <div className="dashboard">
      <header className="page-header">
        <h1>{negotiation.data?.title ?? 'Negotiation'}</h1>
        {s ? (
          <p className="lede">
            Where the text stands on{' '}
            <a href={href('drafts', s.draft.id)}>
              <strong>{s.draft.label}</strong>
            </a>{' '}
            of {formatDate(s.draft.date)}.
          </p>
        ) : null}
      </header>
      {status.loading && !s ? <Loading what="the status" /> : null}
      {s === null ? (
        can.manage ? (
          <p>
            No draft yet. <a href={href('drafts', 'new')}>Import the first draft</a>.
          </p>
        ) : (
          <p>No draft has been circulated to you yet.</p>
        )
      ) : null}
      {s ? (
        <>
          <section aria-labelledby="progress-heading" className="panel">
            <h2 id="progress-heading">Progress</h2>
            <dl className="counts">
              {(['agreed', 'contested', 'blocked', 'open'] as const).map((k) => (
                <div key={k} className={`count state-${k}`}>
                  <dt>{k}</dt>
                  <dd>{s.progress[k]}</dd>
                </div>
              ))}
              <div className="count">
                <dt>agreed share</dt>
                <dd>{Math.round(s.progress.ratio * 100)}%</dd>
              </div>
            </dl>
            <ProgressChart points={progress.data ?? []} />
          </section>
          <section aria-labelledby="blockers-heading" className="panel">
            <h2 id="blockers-heading">Blockers and red lines</h2>
            <BlockerTable status={s} />
          </section>
        </>
      ) : null}
      <div className="columns">
        <section aria-labelledby="deadlines-heading" className="panel">
          <h2 id="deadlines-heading">Upcoming deadlines</h2>
          {deadlines.length === 0 ? <p className="muted">No planned deadlines.</p> : null}
          <ul className="plain">
            {deadlines.map((e) => (
              <li key={e.id} className="deadline">
                <time dateTime={e.date}>{formatDate(e.date, { weekday: true })}</time>{' '}
                <a href={href('timeline', { focus: e.id })}>{e.title}</a>
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="latest-heading" className="panel">
          <h2 id="latest-heading">Latest events</h2>
          {latest.map((e) => (
            <EventItem key={e.id} event={e} />
          ))}
          <p>
            <a href={href('timeline')}>The whole timeline →</a>
          </p>
        </section>
      </div>
    </div>
  );
}
