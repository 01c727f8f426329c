// The secretariat's circulation desk: send a draft (or its summary) to a party, and see who
// has seen which version — parties × drafts, with when, whether only a summary, and each
// recipient's own copy to download. `?draft=` preselects a draft.
import { circulation } from '../../../src/contract/circulation.ts';
import { drafts as draftUseCases } from '../../../src/contract/drafts.ts';
import { useRead } from '../api/queries.ts';
import { formatDate } from '../components/format.ts';
import { ErrorNote, Loading } from '../components/Status.tsx';
import { useRoster } from '../roster.tsx';
import { href } from '../router.ts';
import { CirculateForm } from './CirculateForm.tsx';
import { CopyLinks } from './CopyLinks.tsx';

export function Circulation({ draft }: { draft?: string | undefined }) {
  const drafts = useRead(draftUseCases.list, {});
  const circulations = useRead(circulation.list, {});
  const { parties, partyName } = useRoster();

  const error = drafts.error ?? circulations.error;
  if (error) return <ErrorNote error={error} />;
  const rows = circulations.data ?? [];
  const columns = drafts.data ?? [];
  const received = (party: string, d: string) => rows.filter((c) => c.party === party && c.draft === d);
  const recipients = parties.filter((p) => rows.some((c) => c.party === p.id));

  return (
    <div>
      <header className="page-header with-actions">
        <h1>Circulation</h1>
        <a className="button" href={href('trace')}>
          Trace a leak
        </a>
      </header>
      <section className="panel" aria-labelledby="circulate-h">
        <h2 id="circulate-h">Circulate a draft</h2>
        {drafts.data ? <CirculateForm drafts={columns} draft={draft} /> : <Loading what="drafts" />}
      </section>
      <section className="panel" aria-labelledby="seen-h">
        <h2 id="seen-h">Who has seen which version</h2>
        {!circulations.data ? <Loading what="circulations" /> : null}
        {circulations.data && rows.length === 0 ? (
          <p className="muted">Nothing has been circulated yet.</p>
        ) : null}
        {rows.length > 0 ? (
          <div className="table-wrap">
            <table className="seen">
              <thead>
                <tr>
                  <th scope="col">Party</th>
                  {columns.map((d) => (
                    <th key={d.id} scope="col">
                      <a href={href('drafts', d.id)}>{d.label}</a>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {recipients.map((p) => (
                  <tr key={p.id} data-party={p.id}>
                    <th scope="row">
                      <a href={href('parties', p.id)}>{p.name}</a>
                    </th>
                    {columns.map((d) => (
                      <td key={d.id} data-draft={d.id}>
                        {received(p.id, d.id).map((c) => (
                          <div key={c.id} className="receipt">
                            <time dateTime={c.at}>{formatDate(c.at.slice(0, 10))}</time>{' '}
                            {c.summaryOnly ? <span className="badge">summary only</span> : null}
                            <div className="small">
                              <CopyLinks circulation={c.id} party={partyName(c.party)} />
                            </div>
                          </div>
                        ))}
                        {received(p.id, d.id).length === 0 ? <span className="muted">—</span> : null}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </section>
    </div>
  );
}
