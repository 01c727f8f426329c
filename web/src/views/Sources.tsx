// The sources behind the record: each document with its outlet, date, kind and reliability.
import { roster } from '../../../src/contract/roster.ts';
import { useRead } from '../api/queries.ts';
import { formatDate } from '../components/format.ts';
import { ErrorNote, Loading } from '../components/Status.tsx';
import { href } from '../router.ts';

export function Sources() {
  const sources = useRead(roster.listSources, {});
  if (sources.error) return <ErrorNote error={sources.error} />;
  return (
    <div>
      <header className="page-header">
        <h1>Sources</h1>
      </header>
      {!sources.data ? <Loading what="sources" /> : null}
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">Title</th>
              <th scope="col">Outlet</th>
              <th scope="col">Date</th>
              <th scope="col">Kind</th>
              <th scope="col">Reliability</th>
            </tr>
          </thead>
          <tbody>
            {(sources.data ?? []).map((s) => (
              <tr key={s.id}>
                <th scope="row">
                  <a href={href('sources', s.id)}>{s.title}</a>
                </th>
                <td>{s.outlet}</td>
                <td>{formatDate(s.date)}</td>
                <td>{s.kind}</td>
                <td>{s.reliability}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
