// The timeline: every event on a time axis (one lane per kind), filtered by kind and by
// party, each filter state a URL; below it the same events as a list grouped by month,
// with participants, places and sources. `?focus=id` highlights one, `?add=1` opens the
// new-event form.
import { useEffect } from 'react';
import { type Event, roster } from '../../../src/contract/roster.ts';
import { useAbilities } from '../abilities.ts';
import { useRead } from '../api/queries.ts';
import { EventItem } from '../components/EventItem.tsx';
import { formatDate } from '../components/format.ts';
import { Options } from '../components/Options.tsx';
import { ErrorNote, Loading } from '../components/Status.tsx';
import { TimelineChart, TimelineLegend } from '../components/TimelineChart.tsx';
import { EventForm } from '../forms/EventForm.tsx';
import { useRoster } from '../roster.tsx';
import { href, navigate } from '../router.ts';

/** Lanes from the table outward: talks first, statements and leaks after. */
const KIND_ORDER = [
  'talks',
  'summit',
  'meeting',
  'call',
  'visit',
  'statement',
  'readout',
  'leak',
  'deadline',
  'signature',
  'other',
];

function monthOf(iso: string): string {
  return new Date(`${iso.slice(0, 7)}-01T00:00:00Z`).toLocaleDateString('en-GB', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

interface Props {
  focus: string | undefined;
  adding: boolean;
  kind: string | undefined;
  party: string | undefined;
  from: string | undefined;
  to: string | undefined;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function Timeline({ focus, adding, kind, party, from, to }: Props) {
  const events = useRead(roster.listEvents, {});
  const can = useAbilities();
  const { parties } = useRoster();
  const link = (change: Partial<Record<'focus' | 'kind' | 'party' | 'from' | 'to', string | undefined>>) =>
    href('timeline', { kind, party, from, to, focus, ...change });
  const filter = (change: Partial<Record<'kind' | 'party' | 'from' | 'to', string | undefined>>) =>
    navigate(link({ ...change, focus: undefined }), { replace: true });

  useEffect(() => {
    if (focus && events.data) document.getElementById(`event-${focus}`)?.scrollIntoView({ block: 'center' });
  }, [focus, events.data]);

  if (events.error) return <ErrorNote error={events.error} />;
  const all = [...(events.data ?? [])].sort(
    (a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id),
  );
  // An event counts in a period when any of its days falls in it.
  const shown = all.filter(
    (e) =>
      (!kind || e.kind === kind) &&
      (!party || e.participants.includes(party)) &&
      (!from || (e.endDate ?? e.date) >= from) &&
      (!to || e.date <= to),
  );
  const kinds = KIND_ORDER.filter((k) => all.some((e) => e.kind === k));
  const involved = parties.filter((p) => all.some((e) => e.participants.includes(p.id)));
  const months = new Map<string, Event[]>();
  for (const e of shown) {
    const key = e.date.slice(0, 7);
    months.set(key, [...(months.get(key) ?? []), e]);
  }
  const partyName = parties.find((p) => p.id === party)?.name;
  return (
    <div className="timeline-page">
      <header className="page-header with-actions">
        <h1>Timeline</h1>
        {adding || !can.manage ? null : (
          <a className="button primary" href={href('timeline', { add: '1' })}>
            Add an event
          </a>
        )}
      </header>
      {adding && can.manage ? (
        <section className="panel" aria-labelledby="new-event">
          <h2 id="new-event">New event</h2>
          <EventForm onDone={(saved) => navigate(href('timeline', { focus: saved?.id }))} />
        </section>
      ) : null}
      <form className="filters" onSubmit={(e) => e.preventDefault()} aria-label="Timeline filters">
        <div className="field">
          <label htmlFor="t-kind">Kind</label>
          <select
            id="t-kind"
            value={kind ?? ''}
            onChange={(e) =>
              navigate(link({ kind: e.target.value || undefined, focus: undefined }), { replace: true })
            }
          >
            <option value="">All kinds</option>
            {kinds.map((k) => (
              <option key={k} value={k}>
                {k}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="t-party">Party</label>
          <select
            id="t-party"
            value={party ?? ''}
            onChange={(e) =>
              navigate(link({ party: e.target.value || undefined, focus: undefined }), { replace: true })
            }
          >
            <option value="">All parties</option>
            <Options items={involved} label={(p) => p.name} />
          </select>
        </div>
        <DateBound id="t-from" label="From" value={from} dates={all} onPick={(d) => filter({ from: d })} />
        <DateBound id="t-to" label="To" value={to} dates={all} onPick={(d) => filter({ to: d })} />
        <p className="muted small" aria-live="polite">
          {shown.length} of {all.length} events
          {kind ? ` · ${kind}` : ''}
          {partyName ? ` · with ${partyName}` : ''}
          {from || to ? ` · ${from ? formatDate(from) : '…'} to ${to ? formatDate(to) : '…'}` : ''}
          {kind || party || from || to ? (
            <>
              {' · '}
              <a href={href('timeline')}>show all</a>
            </>
          ) : null}
        </p>
      </form>
      {!events.data ? <Loading what="events" /> : null}
      {events.data && shown.length === 0 ? <p className="muted">No event matches these filters.</p> : null}
      {shown.length ? (
        <section aria-labelledby="chart-heading" className="panel">
          <h2 id="chart-heading" className="visually-hidden">
            Events on a time axis
          </h2>
          <TimelineChart events={shown} kinds={kinds} focus={focus} linkTo={(e) => link({ focus: e.id })} />
          <TimelineLegend />
        </section>
      ) : null}
      {[...months].map(([month, list]) => (
        <section key={month} className="panel" aria-label={monthOf(month)}>
          <h2>{monthOf(month)}</h2>
          {list.map((e) => (
            <div key={e.id} className={e.id === focus ? 'focused' : undefined}>
              <EventItem event={e} />
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}

/** One end of the period filter: a date within the events' span, or none. */
function DateBound(props: {
  id: string;
  label: string;
  value: string | undefined;
  dates: { date: string }[];
  onPick: (date: string | undefined) => void;
}) {
  const { id, label, value, dates, onPick } = props;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="date"
        value={value ?? ''}
        min={dates[0]?.date}
        max={dates.at(-1)?.date}
        onChange={(e) => onPick(ISO_DATE.test(e.target.value) ? e.target.value : undefined)}
      />
    </div>
  );
}
