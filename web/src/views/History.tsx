// The history of stances on one provision's lineage, across drafts: who said what, when,
// on which wording, and on whose report; and beside them the amendments proposed on it.
import { amendments } from '../../../src/contract/amendments.ts';
import { positions } from '../../../src/contract/positions.ts';
import { useRead } from '../api/queries.ts';
import { StanceBadge } from '../components/Badges.tsx';
import { formatDate } from '../components/format.ts';
import { ProvisionLink } from '../components/ProvisionName.tsx';
import { ErrorNote, Loading } from '../components/Status.tsx';
import { SourceLink, useRoster } from '../roster.tsx';
import { href } from '../router.ts';
import { AmendmentBadge } from './ProvisionAmendments.tsx';

export function History({ draft, provision }: { draft: string; provision: string }) {
  const history = useRead(positions.history, { draft, provision });
  const proposed = useRead(amendments.history, { draft, provision });
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
      <h2>Amendments</h2>
      {proposed.error ? <ErrorNote error={proposed.error} /> : null}
      {proposed.data?.length === 0 ? (
        <p className="muted">No amendment proposed on this provision yet.</p>
      ) : null}
      {proposed.data?.length ? (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">Proposed</th>
                <th scope="col">Party</th>
                <th scope="col">On</th>
                <th scope="col">Kind</th>
                <th scope="col">Wording / note</th>
                <th scope="col">State</th>
              </tr>
            </thead>
            <tbody>
              {[...proposed.data].reverse().map((a) => (
                <tr key={a.id}>
                  <td>{formatDate(a.proposedAt.slice(0, 10))}</td>
                  <td>
                    <a href={href('parties', a.party)}>{partyName(a.party)}</a>
                  </td>
                  <td>
                    <ProvisionLink draft={a.draft} path={a.provision} withDraft />
                  </td>
                  <td>{a.kind}</td>
                  <td>
                    {a.text ? <q>{a.text}</q> : null} {a.note ?? ''}
                  </td>
                  <td>
                    <AmendmentBadge state={a.state} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}
