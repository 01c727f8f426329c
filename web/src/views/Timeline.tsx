// The timeline: every event by date, grouped by month, with participants, places and the
// sources that report it; `?focus=id` highlights one, `?add=1` opens the new-event form.
import { useEffect } from 'react';
import { useAbilities } from '../abilities.ts';
import type { Event } from '../api/types.ts';
import { EventItem } from '../components/EventItem.tsx';
import { ErrorNote, Loading } from '../components/Status.tsx';
import { EventForm } from '../forms/EventForm.tsx';
import { href, navigate } from '../router.ts';
import { useApi } from '../useApi.ts';

function monthOf(iso: string): string {
  return new Date(`${iso.slice(0, 7)}-01T00:00:00Z`).toLocaleDateString('en-GB', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

export function Timeline({ focus, adding }: { focus: string | undefined; adding: boolean }) {
  const events = useApi<Event[]>('events', ['event', 'negotiation']);
  const can = useAbilities();

  useEffect(() => {
    if (focus && events.data) document.getElementById(`event-${focus}`)?.scrollIntoView({ block: 'center' });
  }, [focus, events.data]);

  if (events.error) return <ErrorNote error={events.error} />;
  const sorted = [...(events.data ?? [])].sort(
    (a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id),
  );
  const months = new Map<string, Event[]>();
  for (const e of sorted) {
    const key = e.date.slice(0, 7);
    months.set(key, [...(months.get(key) ?? []), e]);
  }
  return (
    <div>
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
      {!events.data ? <Loading what="events" /> : null}
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
