// One person: office, party, aliases and the events they took part in.
import { roster } from '../../../src/contract/roster.ts';
import { useRead } from '../api/queries.ts';
import { EventItem } from '../components/EventItem.tsx';
import { useRoster } from '../roster.tsx';
import { href } from '../router.ts';

export function PersonPage({ id }: { id: string }) {
  const { people, partyName } = useRoster();
  const events = useRead(roster.listEvents, {});
  const person = people.find((p) => p.id === id);
  if (!person)
    return people.length ? (
      <p>
        No person ‘{id}’. <a href={href('parties')}>Everyone</a>
      </p>
    ) : null;
  const took = (events.data ?? []).filter((e) => e.participants.includes(id));
  return (
    <div>
      <header className="page-header">
        <p className="eyebrow">Person</p>
        <h1>{person.name}</h1>
        <p className="lede">
          {person.office ?? ''}
          {person.party ? (
            <>
              {person.office ? ', ' : ''}
              <a href={href('parties', person.party)}>{partyName(person.party)}</a>
            </>
          ) : null}
        </p>
        {person.aliases.length ? <p className="muted">Also: {person.aliases.join(', ')}</p> : null}
      </header>
      <section className="panel" aria-labelledby="person-events">
        <h2 id="person-events">Events</h2>
        {took.length === 0 ? <p className="muted">None recorded.</p> : null}
        {took.map((e) => (
          <EventItem key={e.id} event={e} />
        ))}
      </section>
    </div>
  );
}
