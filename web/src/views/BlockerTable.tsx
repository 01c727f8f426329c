// The provisions that stop agreement: blocked or contested with a rejection, each with
// who blocks it and where the other parties stand (red-line conflicts at a glance).
import type { Status } from '../../../src/contract/status.ts';
import { MissingStance, StanceBadge, StateBadge } from '../components/Badges.tsx';
import { ProvisionName } from '../components/ProvisionName.tsx';
import { useRoster } from '../roster.tsx';
import { href } from '../router.ts';

export function BlockerTable({ status }: { status: Status }) {
  const { partyName } = useRoster();
  const rows = status.rows.filter((r) => r.blockers.length > 0 || r.state === 'blocked');
  if (rows.length === 0)
    return <p className="muted">Nothing is blocked: no required party rejects or holds a red line.</p>;
  return (
    <div className="table-wrap">
      <table className="blockers">
        <thead>
          <tr>
            <th scope="col">Provision</th>
            <th scope="col">State</th>
            <th scope="col">Blocked by</th>
            <th scope="col">Other required parties</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const others = r.required.filter((p) => !r.blockers.includes(p));
            return (
              <tr key={r.path}>
                <th scope="row">
                  <a href={href('drafts', status.draft.id, { at: r.path })}>
                    <ProvisionName number={r.number} title={r.title} />
                  </a>
                </th>
                <td>
                  <StateBadge state={r.state} />
                </td>
                <td>
                  <ul className="stance-list">
                    {r.blockers.map((p) => (
                      <li key={p}>
                        {partyName(p)}{' '}
                        <StanceBadge stance={r.stances[p] ?? 'unknown'} carried={r.carriedOver.includes(p)} />
                      </li>
                    ))}
                  </ul>
                </td>
                <td>
                  <ul className="stance-list">
                    {others.map((p) => (
                      <li key={p}>
                        {partyName(p)}{' '}
                        {r.stances[p] ? (
                          <StanceBadge stance={r.stances[p]} carried={r.carriedOver.includes(p)} />
                        ) : (
                          <MissingStance />
                        )}
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="muted small table-note">
        * a stance given on an earlier draft, carried over by lineage · <MissingStance /> the party must agree
        and has not given its stance
      </p>
    </div>
  );
}
