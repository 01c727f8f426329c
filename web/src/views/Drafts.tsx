// The list of drafts: the lineage of the text (which draft revises which), with links to
// read each one, compare it with its parent, and import a new one.
import { drafts as draftCases } from '../../../src/contract/drafts.ts';
import { useAbilities } from '../abilities.ts';
import { useRead } from '../api/queries.ts';
import { formatDate } from '../components/format.ts';
import { ErrorNote, Loading } from '../components/Status.tsx';
import { useRoster } from '../roster.tsx';
import { href } from '../router.ts';

export function Drafts() {
  const drafts = useRead(draftCases.list, {});
  const { partyName } = useRoster();
  const can = useAbilities();
  if (drafts.error) return <ErrorNote error={drafts.error} />;
  return (
    <div>
      <header className="page-header with-actions">
        <h1>Drafts</h1>
        {can.manage ? (
          <a className="button primary" href={href('drafts', 'new')}>
            Import a draft
          </a>
        ) : null}
      </header>
      {drafts.loading && !drafts.data ? <Loading what="drafts" /> : null}
      {drafts.data?.length === 0 && !can.staff ? (
        <p className="muted">No draft has been circulated to you yet.</p>
      ) : null}
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">Draft</th>
              <th scope="col">Date</th>
              <th scope="col">Author</th>
              <th scope="col">State</th>
              <th scope="col">Revises</th>
            </tr>
          </thead>
          <tbody>
            {(drafts.data ?? []).map((d) => (
              <tr key={d.id}>
                <th scope="row">
                  <a href={href('drafts', d.id)}>{d.label}</a>
                  {d.title ? <div className="muted small">{d.title}</div> : null}
                </th>
                <td>{formatDate(d.date)}</td>
                <td>{d.author ? partyName(d.author) : '—'}</td>
                <td>{d.state}</td>
                <td>
                  {d.parents.map((p) => (
                    <span key={p}>
                      <a href={href('compare', { from: p, to: d.id })}>compare with {p}</a>{' '}
                    </span>
                  ))}
                  {d.parents.length === 0 ? '—' : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
