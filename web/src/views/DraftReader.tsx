// The draft reader: the provisions of one draft as a hierarchy, with their topics and
// track, and beside each one every party's position (set a new one in place).
import { useEffect, useMemo, useState } from 'react';
import { type Amendment, amendments as amendmentCases } from '../../../src/contract/amendments.ts';
import { drafts as draftCases } from '../../../src/contract/drafts.ts';
import { type StatusRow, status as statusCases } from '../../../src/contract/status.ts';
import { useAbilities } from '../abilities.ts';
import { useRead } from '../api/queries.ts';
import { formatDate } from '../components/format.ts';
import { ErrorNote, Loading } from '../components/Status.tsx';
import { useRoster } from '../roster.tsx';
import { href, navigate } from '../router.ts';
import { ProvisionItem } from './ProvisionItem.tsx';

export function DraftReader({ id, focus }: { id: string; focus?: string | undefined }) {
  const draft = useRead(draftCases.show, { draft: id });
  const status = useRead(statusCases.table, { draft: id });
  const drafts = useRead(draftCases.list, {});
  const { partyName } = useRoster();
  const [editing, setEditing] = useState<string>();
  const can = useAbilities();
  // Amendments hang off the text: none to read where only a summary was circulated.
  const amendments = useRead(
    amendmentCases.list,
    draft.data && !draft.data.summaryOnly ? { draft: id } : null,
  );
  const amendmentsOn = useMemo(() => {
    const byPath = new Map<string, Amendment[]>();
    for (const a of amendments.data ?? []) byPath.set(a.provision, [...(byPath.get(a.provision) ?? []), a]);
    return byPath;
  }, [amendments.data]);

  const rows = useMemo(() => new Map((status.data?.rows ?? []).map((r) => [r.path, r])), [status.data]);
  const depth = useMemo(() => {
    const byPath = new Map((draft.data?.provisions ?? []).map((p) => [p.path, p]));
    const depthOf = (path: string, guard = 0): number => {
      const parent = byPath.get(path)?.parent;
      return parent && guard < 20 ? 1 + depthOf(parent, guard + 1) : 0;
    };
    return depthOf;
  }, [draft.data]);

  useEffect(() => {
    if (!focus || !draft.data) return;
    const target = document.getElementById(`p-${focus}`);
    target?.scrollIntoView({ block: 'start' });
    target?.focus({ preventScroll: true });
  }, [focus, draft.data]);

  if (draft.error) return <ErrorNote error={draft.error} />;
  if (!draft.data) return <Loading what="the draft" />;
  const d = draft.data;
  const parentRow = (path: string | undefined): StatusRow | undefined => (path ? rows.get(path) : undefined);

  return (
    <div className="reader">
      <header className="page-header">
        <p className="eyebrow">
          Draft · {d.state} · {formatDate(d.date)}
          {d.author ? ` · by ${partyName(d.author)}` : ''}
        </p>
        <h1>{d.label}</h1>
        {d.title ? <p className="lede">{d.title}</p> : null}
        <div className="toolbar">
          <label>
            Read another draft{' '}
            <select value={d.id} onChange={(e) => navigate(href('drafts', e.target.value))}>
              {(drafts.data ?? []).map((x) => (
                <option key={x.id} value={x.id}>
                  {x.label}
                </option>
              ))}
            </select>
          </label>
          {d.parents[0] ? (
            <a href={href('compare', { from: d.parents[0], to: d.id })}>Compare with {d.parents[0]}</a>
          ) : null}
          <a href={href('matrix', { draft: d.id })}>Stance matrix</a>
          <a href={href('columns', d.id)}>Columns</a>
          {can.manage ? <a href={href('circulation', { draft: d.id })}>Circulate</a> : null}
          {d.state === 'final' || can.manage ? <a href={href('signing', d.id)}>Signing</a> : null}
        </div>
        {status.data ? (
          <p className="muted small">
            {status.data.progress.agreed} of {status.data.progress.total} provisions agreed ·{' '}
            {status.data.progress.contested} contested · {status.data.progress.blocked} blocked ·{' '}
            {status.data.progress.open} open. A * marks a stance given on an earlier draft and carried over.
          </p>
        ) : null}
      </header>
      {d.summaryOnly ? (
        <section className="panel" aria-labelledby="summary-h">
          <h2 id="summary-h">Summary circulated to your party</h2>
          <p className="muted small">Your party received only this summary, not the text.</p>
          <p className="summary">{d.summary}</p>
        </section>
      ) : null}
      {d.withheld ? (
        <p className="notice">
          {d.withheld} provision{d.withheld === 1 ? '' : 's'} on tracks your party is not on{' '}
          {d.withheld === 1 ? 'is' : 'are'} not shown.
        </p>
      ) : null}
      {d.preamble ? <p className="preamble">{d.preamble}</p> : null}
      <ol className="provisions">
        {d.provisions.map((p) => (
          <ProvisionItem
            key={p.path}
            draft={d.id}
            provision={p}
            depth={depth(p.path)}
            row={rows.get(p.path)}
            inherited={rows.has(p.path) ? undefined : parentRow(p.parent)}
            editing={editing === p.path}
            onEdit={(on) => setEditing(on ? p.path : undefined)}
            amendments={amendments.data ? (amendmentsOn.get(p.path) ?? []) : undefined}
            amendable={d.state !== 'final'}
          />
        ))}
      </ol>
    </div>
  );
}
