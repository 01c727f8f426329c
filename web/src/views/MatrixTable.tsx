// The heatmap itself: one row per provision, one column per party in `parties` (chosen by
// the page, so columns stay put while the "as of" slider moves); the cell is the stance,
// the row ends in the consensus. The provision and consensus columns stay in view while
// the party columns scroll sideways inside the table's own box.
import type { Status, StatusRow } from '../../../src/contract/status.ts';
import { MissingStance, StanceBadge, StateBadge } from '../components/Badges.tsx';
import { ProvisionName } from '../components/ProvisionName.tsx';
import { href } from '../router.ts';

interface Props {
  status: Status;
  rows: StatusRow[];
  parties: Status['parties'];
}

export function MatrixTable({ status, rows, parties }: Props) {
  if (rows.length === 0) return <p className="muted">No provision matches these filters.</p>;
  return (
    // A focusable region: keyboard users scroll the wide table with the arrow keys.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <section className="table-wrap matrix-wrap" tabIndex={0} aria-label="Stance matrix, scrolls sideways">
      <table className="matrix">
        <caption className="visually-hidden">
          Stances of the parties on the provisions of {status.draft.label}
        </caption>
        <thead>
          <tr>
            <th scope="col" className="provision-col">
              Provision
            </th>
            {parties.map((p) => (
              <th key={p.id} scope="col" className="party" data-party={p.id}>
                <a href={href('parties', p.id)}>{p.name}</a>
              </th>
            ))}
            <th scope="col" className="consensus-col">
              Consensus
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.path} className={r.parent ? 'sub' : undefined}>
              <th scope="row" className="provision-col">
                <a href={href('drafts', status.draft.id, { at: r.path })}>
                  <ProvisionName number={r.number} title={r.title} />
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
                    ) : (
                      <span className="visually-hidden">not required</span>
                    )}
                  </td>
                );
              })}
              <td className="consensus-col">
                <StateBadge state={r.state} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
