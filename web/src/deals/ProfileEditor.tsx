// A party's profile as a ranked list: provisions heaviest first, a weight slider each, a
// score slider and a red-line box per option, the reservation level; saved with one write,
// or replaced by an imported CSV/JSON file. Edits stay local until saved — the lab above
// recomputes on them as a what-if meanwhile.
import { type FormEvent, useState } from 'react';
import type { DealIssue, Profile } from '../../../src/contract/deals.ts';
import { profiles } from '../../../src/contract/deals.ts';
import { useWrite } from '../api/queries.ts';
import { formErrors } from '../forms/errors.ts';
import { Field, FormMessage } from '../forms/Field.tsx';
import {
  normalised,
  type ProfileBody,
  rankIssues,
  withRedLine,
  withScore,
  withWeight,
} from './profileEdit.ts';

interface Props {
  draft: string;
  party: string;
  issues: DealIssue[];
  body: ProfileBody;
  stored: Profile | undefined;
  onChange(body: ProfileBody): void;
}

export function ProfileEditor({ draft, party, issues, body, stored, onChange }: Props) {
  const save = useWrite(profiles.set);
  const ranked = rankIssues(issues, body);
  const sum = Object.values(body.weights).reduce((a, b) => a + b, 0);
  const dirty = JSON.stringify(body) !== JSON.stringify(stored ? bodyOfStored(stored) : undefined);
  const saveError = save.error ? formErrors(save.error, []).general : undefined;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const saved = await save.submit({ draft, party, ...body });
    if (saved) onChange(bodyOfStored(saved));
  }

  return (
    <form className="panel deal-profile" aria-label={`Profile of ${party}`} onSubmit={submit}>
      <h2>Profile of {party}</h2>
      <p className="muted">
        Weights sum to <strong data-testid="weight-sum">{round(sum)}</strong>
        {Math.abs(sum - 1) > 1e-6 ? ' (not 1)' : ''}.{' '}
        <button type="button" className="link-button" onClick={() => onChange(normalised(body))}>
          Scale to 1
        </button>
      </p>
      <Field label="Reservation (walk-away utility)">
        <input
          type="range"
          min={0}
          max={1}
          step={0.05}
          value={body.reservation}
          onChange={(e) => onChange({ ...body, reservation: Number(e.target.value) })}
        />
      </Field>
      <ol className="deal-ranked">
        {ranked.map((issue) => (
          <li key={issue.issue} data-issue={issue.issue}>
            <div className="deal-issue-head">
              <span>
                <strong>
                  §{issue.number} {issue.heading ?? ''}
                </strong>{' '}
                <span className="muted">{snippet(issue.options[0]?.text ?? '')}</span>
              </span>
              <label>
                Weight {round(body.weights[issue.issue] ?? 0)}
                <input
                  type="range"
                  min={0}
                  max={1}
                  step={0.05}
                  aria-label={`Weight of §${issue.number}`}
                  value={body.weights[issue.issue] ?? 0}
                  onChange={(e) => onChange(withWeight(body, issue.issue, Number(e.target.value)))}
                />
              </label>
            </div>
            <table className="deal-options">
              <tbody>
                {issue.options.map((option) => {
                  const red = body.redLines[issue.issue]?.includes(option.key) ?? false;
                  const score = body.scores[issue.issue]?.[option.key] ?? 0;
                  return (
                    <tr key={option.key} className={red ? 'red-line' : undefined}>
                      <th scope="row" title={option.text ?? 'struck'}>
                        {option.label}
                      </th>
                      <td>
                        <input
                          type="range"
                          min={0}
                          max={1}
                          step={0.05}
                          aria-label={`Score of ${option.label} on §${issue.number}`}
                          value={score}
                          onChange={(e) =>
                            onChange(withScore(body, issue.issue, option.key, Number(e.target.value)))
                          }
                        />{' '}
                        {round(score)}
                      </td>
                      <td>
                        <label>
                          <input
                            type="checkbox"
                            checked={red}
                            onChange={(e) =>
                              onChange(withRedLine(body, issue.issue, option.key, e.target.checked))
                            }
                          />{' '}
                          red line
                        </label>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </li>
        ))}
      </ol>
      <Warnings profile={stored} />
      <FormMessage text={saveError} />
      <div className="actions">
        <button type="submit" disabled={save.busy || !dirty}>
          {save.busy ? 'Saving…' : dirty ? 'Save profile' : 'Saved'}
        </button>
      </div>
      <ProfileImport draft={draft} party={party} onImported={(p) => onChange(bodyOfStored(p))} />
    </form>
  );
}

function Warnings({ profile }: { profile: Profile | undefined }) {
  if (!profile?.warnings.length) return null;
  return (
    <ul className="notice deal-warnings" aria-label="Warnings">
      {profile.warnings.map((w) => (
        <li key={`${w.code}:${w.issue ?? ''}:${w.message}`}>{w.message}</li>
      ))}
    </ul>
  );
}

function ProfileImport({
  draft,
  party,
  onImported,
}: {
  draft: string;
  party: string;
  onImported(p: Profile): void;
}) {
  const load = useWrite(profiles.import);
  const [text, setText] = useState('');
  const [format, setFormat] = useState<'csv' | 'json'>('csv');
  const error = load.error ? formErrors(load.error, ['text', 'format']) : undefined;

  async function importFile() {
    const saved = await load.submit({ draft, party, format, text });
    if (saved) {
      setText('');
      onImported(saved);
    }
  }

  return (
    <details className="deal-import">
      <summary>Import from CSV or JSON</summary>
      <Field label="Format">
        <select value={format} onChange={(e) => setFormat(e.target.value === 'json' ? 'json' : 'csv')}>
          <option value="csv">CSV (provision,option,score,weight,red_line)</option>
          <option value="json">JSON</option>
        </select>
      </Field>
      <Field label="File" hint="Choose a file or paste its text below">
        <input
          type="file"
          accept=".csv,.json,text/csv,application/json"
          onChange={async (e) => {
            const file = e.target.files?.[0];
            if (!file) return;
            if (file.name.toLowerCase().endsWith('.json')) setFormat('json');
            setText(await file.text());
          }}
        />
      </Field>
      <Field label="Text" error={error?.fields.text}>
        <textarea
          rows={6}
          value={text}
          onChange={(e) => {
            load.reset();
            setText(e.target.value);
          }}
        />
      </Field>
      <FormMessage text={error?.general} />
      <button type="button" disabled={load.busy || !text.trim()} onClick={importFile}>
        {load.busy ? 'Importing…' : 'Import'}
      </button>
    </details>
  );
}

const bodyOfStored = (p: Profile): ProfileBody => ({
  weights: p.weights,
  scores: p.scores,
  reservation: p.reservation,
  redLines: p.redLines,
});
const round = (n: number) => Math.round(n * 1000) / 1000;
const snippet = (text: string) => (text.length > 70 ? `${text.slice(0, 69)}…` : text);
