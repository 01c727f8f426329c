// One party: its role and aliases, its people and tracks, its current stances on the
// latest draft, and the events it took part in.
import { positions as declared, type Position } from '../../../src/contract/positions.ts';
import { roster } from '../../../src/contract/roster.ts';
import { useRead } from '../api/queries.ts';
import { StanceBadge } from '../components/Badges.tsx';
import { EventItem } from '../components/EventItem.tsx';
import { formatDate } from '../components/format.ts';
import { ProvisionLink } from '../components/ProvisionName.tsx';
import { ErrorNote } from '../components/Status.tsx';
import { useRoster } from '../roster.tsx';
import { href } from '../router.ts';

/** The latest of each lineage, newest first. */
function current(positions: Position[]): Position[] {
  const latest = new Map<string, Position>();
  for (const p of positions) {
    const seen = latest.get(p.lineage);
    if (!seen || p.asOf >= seen.asOf) latest.set(p.lineage, p);
  }
  return [...latest.values()].sort((a, b) => b.asOf.localeCompare(a.asOf));
}

export function PartyPage({ id }: { id: string }) {
  const { parties, people, tracks } = useRoster();
  const positions = useRead(declared.list, { party: id });
  const events = useRead(roster.listEvents, {});
  const party = parties.find((p) => p.id === id);
  if (!party)
    return parties.length ? (
      <p>
        No party ‘{id}’. <a href={href('parties')}>All parties</a>
      </p>
    ) : null;
  const members = people.filter((p) => p.party === id);
  const onTracks = tracks.filter((t) => t.parties.includes(id));
  const took = (events.data ?? []).filter(
    (e) => e.participants.includes(id) || members.some((m) => e.participants.includes(m.id)),
  );
  return (
    <div>
      <header className="page-header">
        <p className="eyebrow">Party · {party.role}</p>
        <h1>{party.name}</h1>
        {party.aliases.length ? <p className="muted">Also: {party.aliases.join(', ')}</p> : null}
      </header>
      <div className="columns">
        <section className="panel" aria-labelledby="pp-people">
          <h2 id="pp-people">People</h2>
          {members.length === 0 ? <p className="muted">None recorded.</p> : null}
          <ul className="plain">
            {members.map((m) => (
              <li key={m.id}>
                <a href={href('people', m.id)}>{m.name}</a>
                {m.office ? <span className="muted small"> — {m.office}</span> : null}
              </li>
            ))}
          </ul>
          <h2>Tracks</h2>
          {onTracks.length === 0 ? <p className="muted">Only the main table.</p> : null}
          <ul className="plain">
            {onTracks.map((t) => (
              <li key={t.id}>
                <a href={href('matrix', { track: t.id })}>{t.name}</a>
              </li>
            ))}
          </ul>
        </section>
        <section className="panel" aria-labelledby="pp-stances">
          <h2 id="pp-stances">Current stances</h2>
          {positions.error ? <ErrorNote error={positions.error} /> : null}
          {positions.data && positions.data.length === 0 ? (
            <p className="muted">No stance recorded.</p>
          ) : null}
          <ul className="plain">
            {current(positions.data ?? []).map((p) => (
              <li key={p.id}>
                <StanceBadge stance={p.stance} />{' '}
                <ProvisionLink draft={p.draft} path={p.provision} withDraft />{' '}
                <span className="muted small">as of {formatDate(p.asOf)}</span>
                {p.wording ? <div className="small">“{p.wording}”</div> : null}
              </li>
            ))}
          </ul>
        </section>
      </div>
      <section className="panel" aria-labelledby="pp-events">
        <h2 id="pp-events">Events</h2>
        {took.length === 0 ? <p className="muted">None recorded.</p> : null}
        {took.map((e) => (
          <EventItem key={e.id} event={e} />
        ))}
      </section>
    </div>
  );
}
