// Two drafts side by side without the compare engine: provisions paired by lineage (the
// identity a provision keeps across drafts), in the newer draft's order, with the ones
// only in the older draft after them.
import type { Draft, Provision } from '../api/types.ts';
import { ErrorNote, Loading } from '../components/Status.tsx';
import { useApi } from '../useApi.ts';

interface Row {
  kind: 'same' | 'changed' | 'added' | 'removed';
  from?: Provision;
  to?: Provision;
}

function pair(from: Draft, to: Draft): Row[] {
  const older = new Map(from.provisions.map((p) => [p.lineage, p]));
  const used = new Set<string>();
  const rows: Row[] = to.provisions.map((p) => {
    const match = older.get(p.lineage);
    if (!match) return { kind: 'added', to: p };
    used.add(p.lineage);
    const same = match.text === p.text && match.heading === p.heading;
    return { kind: same ? 'same' : 'changed', from: match, to: p };
  });
  for (const p of from.provisions) if (!used.has(p.lineage)) rows.push({ kind: 'removed', from: p });
  return rows;
}

function Cell({ provision }: { provision: Provision | undefined }) {
  if (!provision) return <td />;
  return (
    <td>
      <strong className="num">{provision.number}</strong>{' '}
      {provision.heading ? <strong>{provision.heading}</strong> : null}
      <div>{provision.text}</div>
    </td>
  );
}

export function LineageCompare({ from, to }: { from: string; to: string }) {
  const older = useApi<Draft>(`drafts/${encodeURIComponent(from)}`, ['draft']);
  const newer = useApi<Draft>(`drafts/${encodeURIComponent(to)}`, ['draft']);
  const error = older.error ?? newer.error;
  if (error) return <ErrorNote error={error} />;
  if (!older.data || !newer.data) return <Loading what="both drafts" />;
  const rows = pair(older.data, newer.data);
  const count = (k: Row['kind']) => rows.filter((r) => r.kind === k).length;
  return (
    <>
      <p className="muted">
        Paired by lineage (the server offers no redline yet): {count('same')} unchanged · {count('changed')}{' '}
        changed · {count('added')} added · {count('removed')} removed.
      </p>
      <div className="table-wrap">
        <table className="compare">
          <thead>
            <tr>
              <th scope="col">{older.data.label}</th>
              <th scope="col">{newer.data.label}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr
                key={`${r.from?.path ?? ''}>${r.to?.path ?? ''}`}
                className={`kind-${r.kind === 'removed' ? 'deleted' : r.kind}`}
              >
                <Cell provision={r.from} />
                <Cell provision={r.to} />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
