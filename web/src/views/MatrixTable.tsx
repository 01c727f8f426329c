// The heatmap itself: one row per provision, one column per party that must agree on or
// has spoken to any shown provision; the cell is the stance, the row ends in the consensus.
import type { Status, StatusRow } from '../api/types.ts';
import { MissingStance, StanceBadge, StateBadge } from '../components/Badges.tsx';
import { href } from '../router.ts';

const ROLE_ORDER = ['mediator', 'principal', 'guarantor', 'observer'];

export function MatrixTable({ status, rows }: { status: Status; rows: StatusRow[] }) {
  const involved = new Set(rows.flatMap((r) => [...r.required, ...Object.keys(r.stances)]));
  const parties = status.parties
    .filter((p) => involved.has(p.id))
    .sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role) || a.name.localeCompare(b.name));
  if (rows.length === 0) return <p className="muted">No provision matches these filters.</p>;
  return (
    <div className="table-wrap">
      <table className="matrix">
        <caption className="visually-hidden">
          Stances of the parties on the provisions of {status.draft.label}
        </caption>
        <thead>
          <tr>
            <th scope="col">Provision</th>
            {parties.map((p) => (
              <th key={p.id} scope="col" className="party">
                <a href={href('parties', p.id)}>{p.name}</a>
              </th>
            ))}
            <th scope="col">Consensus</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.path} className={r.parent ? 'sub' : undefined}>
              <th scope="row">
                <a href={href('drafts', status.draft.id, { at: r.path })}>
                  <span className="num">{r.number}</span>
                  {r.title}
                </a>
              </th>
              {parties.map((p) => {
                const stance = r.stances[p.id];
                const required = r.required.includes(p.id);
                return (
                  <td key={p.id} className={`cell${required ? '' : ' not-required'}`} data-party={p.id}>
                    {stance ? (
                      <StanceBadge stance={stance} carried={r.carriedOver.includes(p.id)} />
                    ) : required ? (
                      <MissingStance />
                    ) : null}
                  </td>
                );
              })}
              <td>
                <StateBadge state={r.state} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
