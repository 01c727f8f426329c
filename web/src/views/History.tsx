// The history of stances on one provision's lineage, across drafts: who said what, when,
// on which wording, and on whose report.
import { positions } from '../../../src/contract/positions.ts';
import { useRead } from '../api/queries.ts';
import { StanceBadge } from '../components/Badges.tsx';
import { formatDate } from '../components/format.ts';
import { ProvisionLink } from '../components/ProvisionName.tsx';
import { ErrorNote, Loading } from '../components/Status.tsx';
import { SourceLink, useRoster } from '../roster.tsx';
import { href } from '../router.ts';

export function History({ draft, provision }: { draft: string; provision: string }) {
  const history = useRead(positions.history, { draft, provision });
  const { partyName } = useRoster();
  if (history.error) return <ErrorNote error={history.error} />;
  return (
    <div>
      <header className="page-header">
        <p className="eyebrow">Position history</p>
        <h1>
          <ProvisionLink draft={draft} path={provision} withDraft />
        </h1>
      </header>
      {!history.data ? <Loading what="the history" /> : null}
      {history.data?.length === 0 ? <p className="muted">No stance recorded on this provision yet.</p> : null}
      {history.data?.length ? (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">As of</th>
                <th scope="col">Party</th>
                <th scope="col">Stance</th>
                <th scope="col">On wording of</th>
                <th scope="col">Wording / note</th>
                <th scope="col">Source</th>
              </tr>
            </thead>
            <tbody>
              {[...history.data].reverse().map((p) => (
                <tr key={p.id}>
                  <td>{formatDate(p.asOf)}</td>
                  <td>
                    <a href={href('parties', p.party)}>{partyName(p.party)}</a>
                  </td>
                  <td>
                    <StanceBadge stance={p.stance} />
                  </td>
                  <td>
                    <ProvisionLink draft={p.draft} path={p.provision} withDraft />
                  </td>
                  <td>
                    {p.wording ? <q>{p.wording}</q> : null} {p.note ?? ''}
                  </td>
                  <td>{p.source ? <SourceLink id={p.source} /> : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}
