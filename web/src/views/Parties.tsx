// The cast: parties by role, the people who speak for them, and the tracks they sit on.
import { useRoster } from '../roster.tsx';
import { href } from '../router.ts';

const ROLES = ['mediator', 'principal', 'guarantor', 'observer'] as const;

export function Parties() {
  const { parties, people, tracks, partyName } = useRoster();
  return (
    <div>
      <header className="page-header">
        <h1>Parties and people</h1>
      </header>
      <div className="columns">
        <section className="panel" aria-labelledby="parties-h">
          <h2 id="parties-h">Parties</h2>
          {ROLES.map((role) => {
            const list = parties.filter((p) => p.role === role);
            if (list.length === 0) return null;
            return (
              <div key={role}>
                <h3 className="eyebrow">{role}s</h3>
                <ul className="plain">
                  {list.map((p) => (
                    <li key={p.id}>
                      <a href={href('parties', p.id)}>{p.name}</a>
                    </li>
                  ))}
                </ul>
              </div>
            );
          })}
        </section>
        <section className="panel" aria-labelledby="people-h">
          <h2 id="people-h">People</h2>
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Office</th>
                  <th scope="col">Party</th>
                </tr>
              </thead>
              <tbody>
                {people.map((p) => (
                  <tr key={p.id}>
                    <th scope="row">
                      <a href={href('people', p.id)}>{p.name}</a>
                    </th>
                    <td>{p.office ?? '—'}</td>
                    <td>{p.party ? <a href={href('parties', p.party)}>{partyName(p.party)}</a> : '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h2>Tracks</h2>
          <ul className="plain">
            {tracks.map((t) => (
              <li key={t.id}>
                <a href={href('matrix', { track: t.id })}>{t.name}</a>
                <span className="muted small"> — {t.parties.map(partyName).join(', ')}</span>
              </li>
            ))}
          </ul>
        </section>
      </div>
    </div>
  );
}
