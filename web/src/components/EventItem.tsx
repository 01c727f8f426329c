// One event as the dashboard and the timeline show it: date, kind, title, place, who
// took part and the sources that report it.
import type { Event } from '../../../src/contract/roster.ts';
import { ActorLink, SourceLink } from '../roster.tsx';
import { formatDate } from './format.ts';

export function EventItem({ event, headingLevel = 3 }: { event: Event; headingLevel?: 3 | 4 }) {
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <article className={`event event-${event.status}`} id={`event-${event.id}`}>
      <p className="event-meta">
        <time dateTime={event.date}>{formatDate(event.date)}</time>
        {event.endDate ? (
          <>
            {' – '}
            <time dateTime={event.endDate}>{formatDate(event.endDate)}</time>
          </>
        ) : null}
        <span className="kind">{event.kind}</span>
        {event.status !== 'held' ? (
          <span className={`status status-${event.status}`}>{event.status}</span>
        ) : null}
        {event.place ? <span className="place">{event.place}</span> : null}
      </p>
      <Heading className="event-title">{event.title}</Heading>
      {event.participants.length ? (
        <p className="participants">
          <span className="muted">With </span>
          {event.participants.map((p, i) => (
            <span key={p}>
              {i ? ', ' : ''}
              <ActorLink id={p} />
            </span>
          ))}
        </p>
      ) : null}
      {event.note ? <p className="note">{event.note}</p> : null}
      {event.sources.length ? (
        <p className="sources">
          <span className="muted">Sources: </span>
          {event.sources.map((s, i) => (
            <span key={s}>
              {i ? ', ' : ''}
              <SourceLink id={s} />
            </span>
          ))}
        </p>
      ) : null}
    </article>
  );
}
