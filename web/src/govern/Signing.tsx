// The signing index: the drafts there are, final ones first, each with its signing desk.
import { drafts as draftUseCases } from '../../../src/contract/drafts.ts';
import { useRead } from '../api/queries.ts';
import { formatDate } from '../components/format.ts';
import { ErrorNote, Loading } from '../components/Status.tsx';
import { href } from '../router.ts';

export function Signing() {
  const drafts = useRead(draftUseCases.list, {});
  if (drafts.error) return <ErrorNote error={drafts.error} />;
  if (!drafts.data) return <Loading what="drafts" />;
  const sorted = [...drafts.data].sort(
    (a, b) => Number(b.state === 'final') - Number(a.state === 'final') || b.date.localeCompare(a.date),
  );
  return (
    <div>
      <header className="page-header">
        <h1>Signing</h1>
        <p className="lede">A final text is signed by its signatories, in the order its plan sets.</p>
      </header>
      {sorted.length === 0 ? <p className="muted">No draft is open to you.</p> : null}
      <ul className="plain">
        {sorted.map((d) => (
          <li key={d.id}>
            <a href={href('signing', d.id)}>{d.label}</a>{' '}
            <span className="muted small">
              {d.state} · {formatDate(d.date)}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
