// The n-column table, built for long drafting sessions: per provision the base text, each
// party's amendments redlined against it, and — for the secretariat — the compromise column,
// which is the editor of the next revision (keep, take, take in part, text, brackets, drop),
// saved as the composition and issued as the child draft. Headers and the provision column
// stay in view while the table scrolls inside its box; it prints landscape.
import { type ReactNode, useEffect, useMemo, useState } from 'react';
import {
  type ColumnRow,
  type Composition,
  compose as composeCases,
  type ProvisionChoice,
} from '../../../src/contract/compose.ts';
import { useRead, useWrite } from '../api/queries.ts';
import { Options } from '../components/Options.tsx';
import { ErrorNote, Loading } from '../components/Status.tsx';
import { useRoster } from '../roster.tsx';
import { href, navigate } from '../router.ts';

type Runs = ColumnRow['amendments'][string][number]['redline'];
type Choices = Composition['choices'];

interface Props {
  draft: string;
  track?: string | undefined;
  topic?: string | undefined;
  party?: string | undefined;
}

function Redline({ runs }: { runs: Runs }) {
  return (
    <span className="redline">
      {runs.map((r, i) => {
        const key = `${i}-${r.kind}`;
        if (r.kind === 'delete' || r.kind === 'move-from') return <del key={key}>{r.text}</del>;
        if (r.kind === 'insert' || r.kind === 'move-to') return <ins key={key}>{r.text}</ins>;
        return <span key={key}>{r.text}</span>;
      })}
    </span>
  );
}

const STATE_LABEL: Record<string, string> = { taken_in_part: 'taken in part' };

export function Columns({ draft, track, topic, party }: Props) {
  const table = useRead(composeCases.columns, { draft, track, topic, party });
  const staff = table.data?.composition !== undefined;
  const saved = useRead(composeCases.show, staff ? { draft } : null);
  const save = useWrite(composeCases.save);
  const issue = useWrite(composeCases.issue);
  const [choices, setChoices] = useState<Choices>({});
  const [dirty, setDirty] = useState(false);
  const [label, setLabel] = useState('');
  const [jump, setJump] = useState('');

  // Take the saved plan whenever it changes and nothing is being edited.
  useEffect(() => {
    if (saved.data && !dirty) setChoices(saved.data.choices);
  }, [saved.data, dirty]);

  const filters = (change: Record<string, string | undefined>) =>
    navigate(href('columns', draft, { track, topic, party, ...change }), { replace: true });
  const options = useMemo(() => {
    const rows = table.data?.rows ?? [];
    return {
      tracks: [...new Set(rows.flatMap((r) => (r.track ? [r.track] : [])))],
      topics: [...new Set(rows.flatMap((r) => r.topics))],
    };
  }, [table.data]);

  if (table.error) return <ErrorNote error={table.error} />;
  if (!table.data) return <Loading what="the columns" />;
  const t = table.data;

  const choose = (path: string, choice: ProvisionChoice | undefined) => {
    setChoices((current) => {
      const next = { ...current };
      if (!choice || choice.kind === 'keep') delete next[path];
      else next[path] = choice;
      return next;
    });
    setDirty(true);
    save.reset();
  };
  const onSave = async () => {
    const result = await save.submit({ draft, version: saved.data?.version ?? 0, choices, insertions: [] });
    if (result) setDirty(false);
  };
  const onIssue = async () => {
    const result = await issue.submit({ draft, label, plan: { choices, insertions: [] } });
    if (result) {
      setDirty(false);
      navigate(href('drafts', result.draft.id));
    }
  };
  const goTo = (path: string) => {
    const row = document.getElementById(`col-${path}`);
    row?.scrollIntoView({ block: 'center' });
    row?.focus({ preventScroll: true });
  };

  return (
    <div className="columns-view">
      <header className="page-header">
        <p className="eyebrow">Columns · {t.draft.state}</p>
        <h1>{t.draft.label}</h1>
        <div className="toolbar no-print">
          <a href={href('drafts', t.draft.id)}>Read the draft</a>
          <Narrowing label="Track" value={track} onPick={(x) => filters({ track: x })}>
            <Options items={options.tracks.map((x) => ({ id: x }))} label={(x) => x.id} />
          </Narrowing>
          <Narrowing label="Topic" value={topic} onPick={(x) => filters({ topic: x })}>
            <Options items={options.topics.map((x) => ({ id: x }))} label={(x) => x.id} />
          </Narrowing>
          <Narrowing label="Party" value={party} onPick={(x) => filters({ party: x })}>
            <Options items={t.parties} label={(p) => p.name} />
          </Narrowing>
          <form
            onSubmit={(e) => {
              e.preventDefault();
              goTo(
                t.rows.find((r) => r.number.replace(/[.)]$/, '') === jump.trim() || r.path === jump.trim())
                  ?.path ?? '',
              );
            }}
          >
            <label>
              Jump to{' '}
              <select
                aria-label="Jump to a provision"
                value={jump}
                onChange={(e) => {
                  setJump(e.target.value);
                  goTo(e.target.value);
                }}
              >
                <option value="">provision…</option>
                {t.rows.map((r) => (
                  <option key={r.path} value={r.path}>
                    {r.number}
                  </option>
                ))}
              </select>
            </label>
          </form>
        </div>
        {staff ? (
          <section className="toolbar compose-bar no-print" aria-label="Composition">
            <span className="muted small">
              Composition v{saved.data?.version ?? 0}
              {dirty ? ' · unsaved changes' : ''}
            </span>
            <button type="button" onClick={onSave} disabled={save.busy || !dirty}>
              Save composition
            </button>
            <label>
              Revision label{' '}
              <input value={label} onChange={(e) => setLabel(e.target.value)} placeholder="e.g. Revision 2" />
            </label>
            <button
              type="button"
              className="primary"
              onClick={onIssue}
              disabled={issue.busy || !label.trim()}
            >
              Issue revision
            </button>
          </section>
        ) : null}
        {save.error ? <ErrorNote error={save.error} /> : null}
        {issue.error ? <ErrorNote error={issue.error} /> : null}
      </header>
      <section className="columns-wrap" aria-label="Provisions and amendments">
        <table className="columns-table">
          <thead>
            <tr>
              <th scope="col">Provision</th>
              <th scope="col">Base text</th>
              {t.parties.map((p) => (
                <th scope="col" key={p.id}>
                  {p.name}
                </th>
              ))}
              {staff ? <th scope="col">Compromise</th> : null}
            </tr>
          </thead>
          <tbody>
            {t.rows.map((row) => (
              <tr key={row.path} id={`col-${row.path}`} tabIndex={-1}>
                <th scope="row" style={{ paddingLeft: `${0.5 + row.depth}rem` }}>
                  {row.number}
                  {row.heading ? <div className="small">{row.heading}</div> : null}
                </th>
                <td className="base">{row.text}</td>
                {t.parties.map((p) => (
                  <td key={p.id}>
                    {(row.amendments[p.id] ?? []).map((a) => (
                      <div className="col-amendment" key={a.id} data-amendment={a.id}>
                        <span className="badge">
                          {a.kind}
                          {a.state === 'proposed' ? '' : ` · ${STATE_LABEL[a.state] ?? a.state}`}
                        </span>{' '}
                        <Redline runs={a.redline} />
                        {a.note ? <div className="muted small">{a.note}</div> : null}
                      </div>
                    ))}
                  </td>
                ))}
                {staff ? (
                  <td className="compromise">
                    <CompromiseEditor
                      row={row}
                      choice={choices[row.path] ?? { kind: 'keep' }}
                      onChange={(c) => choose(row.path, c)}
                    />
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}

/** The compromise cell as the secretariat edits it. */
function CompromiseEditor({
  row,
  choice,
  onChange,
}: {
  row: ColumnRow;
  choice: ProvisionChoice;
  onChange(choice: ProvisionChoice): void;
}) {
  const { partyName } = useRoster();
  const amendments = Object.values(row.amendments)
    .flat()
    .filter((a) => a.state === 'proposed' || (choice.kind === 'take' && choice.amendment === a.id));
  const value = choice.kind === 'take' ? `take:${choice.amendment}` : choice.kind;
  const textOf = (id: string) => {
    const a = amendments.find((x) => x.id === id);
    return a
      ? a.redline
          .filter((r) => r.kind !== 'delete' && r.kind !== 'move-from')
          .map((r) => r.text)
          .join('')
      : row.text;
  };
  const select = (v: string) => {
    if (v.startsWith('take:')) onChange({ kind: 'take', amendment: v.slice(5) });
    else if (v === 'text') onChange({ kind: 'text', text: row.text });
    else if (v === 'brackets')
      onChange({ kind: 'brackets', alternatives: [row.text, textOf(amendments[0]?.id ?? '')] });
    else onChange({ kind: v as 'keep' | 'drop' } as ProvisionChoice);
  };
  return (
    <div className="compromise-editor">
      <select
        aria-label={`Compromise for ${row.number}`}
        value={value}
        onChange={(e) => select(e.target.value)}
      >
        <option value="keep">Keep</option>
        {amendments.map((a) => (
          <option key={a.id} value={`take:${a.id}`}>
            Take {partyName(a.party)}'s {a.kind}
          </option>
        ))}
        <option value="text">Compromise text</option>
        <option value="brackets">Alternatives in brackets</option>
        <option value="drop">Drop</option>
      </select>
      {choice.kind === 'take' ? (
        <label className="small">
          <input
            type="checkbox"
            checked={choice.text !== undefined}
            onChange={(e) =>
              onChange(
                e.target.checked
                  ? { ...choice, text: textOf(choice.amendment) }
                  : { kind: 'take', amendment: choice.amendment },
              )
            }
          />{' '}
          take in part (edit)
        </label>
      ) : null}
      {choice.kind === 'text' || (choice.kind === 'take' && choice.text !== undefined) ? (
        <textarea
          aria-label={`Text for ${row.number}`}
          value={choice.kind === 'text' ? choice.text : (choice.text ?? '')}
          onChange={(e) => onChange({ ...choice, text: e.target.value })}
        />
      ) : null}
      {choice.kind === 'brackets'
        ? choice.alternatives.map((alt, i) => (
            <textarea
              // biome-ignore lint/suspicious/noArrayIndexKey: an alternative is its place in the list; its text is being edited
              key={i}
              aria-label={`Alternative ${i + 1} for ${row.number}`}
              value={alt}
              onChange={(e) =>
                onChange({
                  ...choice,
                  alternatives: choice.alternatives.map((x, j) => (j === i ? e.target.value : x)),
                })
              }
            />
          ))
        : null}
      {choice.kind === 'take' && choice.text === undefined ? (
        <div className="preview small">
          <Redline runs={amendments.find((a) => a.id === choice.amendment)?.redline ?? []} />
        </div>
      ) : null}
      {choice.kind === 'drop' ? (
        <div className="preview small">
          <em>dropped from the revision</em>
        </div>
      ) : null}
    </div>
  );
}

/** A toolbar filter narrowing the table to one value, or to none ("all"). */
function Narrowing(props: {
  label: string;
  value: string | undefined;
  onPick(value: string | undefined): void;
  children: ReactNode;
}) {
  return (
    <label>
      {props.label}{' '}
      <select value={props.value ?? ''} onChange={(e) => props.onPick(e.target.value || undefined)}>
        <option value="">all</option>
        {props.children}
      </select>
    </label>
  );
}
