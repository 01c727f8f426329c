// Tracing a leak: paste the leaked words, and the API compares their wording variants with
// every recipient's copy. It names a recipient only with strong evidence; otherwise it says
// it cannot tell, and why — a wrong name would be worse than none. The verdict is a read of
// the pasted text, so it is asked again when a new circulation may change it.
import { type FormEvent, useState } from 'react';
import { circulation } from '../../../src/contract/circulation.ts';
import type { InputOf } from '../../../src/contract/declare.ts';
import { drafts as draftUseCases } from '../../../src/contract/drafts.ts';
import { useRead } from '../api/queries.ts';
import { type FormErrors, formErrors } from '../forms/errors.ts';
import { Field, FormActions } from '../forms/Field.tsx';
import { useRoster } from '../roster.tsx';

const FIELDS = ['text', 'draft'] as const;
// Never "100%": the evidence can be overwhelming, not certain.
const percent = (x: number) =>
  x > 0.999 ? 'over 99.9%' : x < 0.001 ? 'under 0.1%' : `${(x * 100).toFixed(1)}%`;

export function Trace() {
  const drafts = useRead(draftUseCases.list, {});
  const { partyName } = useRoster();
  const [text, setText] = useState('');
  const [draft, setDraft] = useState('');
  const [missing, setMissing] = useState<string>();
  const [asked, setAsked] = useState<InputOf<typeof circulation.trace> | null>(null);
  const traced = useRead(circulation.trace, asked);
  const errors: FormErrors = traced.error
    ? formErrors(traced.error, FIELDS)
    : { fields: missing ? { text: missing } : {} };
  const report = traced.error || !asked ? undefined : traced.data;
  const labelOf = (id: string) => drafts.data?.find((d) => d.id === id)?.label ?? id;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!text.trim()) {
      setMissing('Paste the leaked text to trace.');
      setAsked(null);
      return;
    }
    setMissing(undefined);
    setAsked({ text, ...(draft ? { draft } : {}) });
  }

  return (
    <div>
      <header className="page-header">
        <h1>Trace a leak</h1>
        <p className="lede">
          Every circulated copy words a few things its own way. Paste a leaked passage — a paragraph or more —
          to find whose copy it came from.
        </p>
      </header>
      <form className="panel" aria-label="Trace a leak" onSubmit={submit} noValidate>
        <Field label="Leaked text" error={errors.fields.text}>
          <textarea rows={10} value={text} onChange={(e) => setText(e.target.value)} />
        </Field>
        <Field label="Draft" hint="Leave as any draft if you do not know" error={errors.fields.draft}>
          <select value={draft} onChange={(e) => setDraft(e.target.value)}>
            <option value="">(any draft)</option>
            {(drafts.data ?? []).map((d) => (
              <option key={d.id} value={d.id}>
                {d.label}
              </option>
            ))}
          </select>
        </Field>
        <FormActions message={errors.general} label="Trace" busyLabel="Tracing…" busy={traced.loading} />
      </form>
      {report ? (
        <section className="panel verdict" aria-labelledby="verdict-h" data-verdict={report.verdict}>
          <h2 id="verdict-h">
            {report.verdict === 'match'
              ? `${partyName(report.recipient)}'s copy`
              : 'Cannot tell who leaked it'}
          </h2>
          {report.verdict === 'match' ? (
            <p>
              The wording matches the copy circulated to <strong>{partyName(report.recipient)}</strong>
              {report.draft ? ` (${labelOf(report.draft)}${report.summaryOnly ? ', summary' : ''})` : ''} with{' '}
              <strong>{percent(report.confidence)}</strong> confidence, from {report.observed} variant
              {report.observed === 1 ? '' : 's'} found in the passage.
            </p>
          ) : (
            <p>{report.reason}</p>
          )}
          {report.candidates.length > 0 ? (
            <table className="small">
              <thead>
                <tr>
                  <th scope="col">Recipient</th>
                  <th scope="col">Variants agreeing</th>
                  <th scope="col">Probability</th>
                </tr>
              </thead>
              <tbody>
                {report.candidates.map((c) => (
                  <tr key={`${c.recipient}:${c.agree}:${c.posterior}`}>
                    <th scope="row">{partyName(c.recipient)}</th>
                    <td>
                      {c.agree} of {c.observed}
                    </td>
                    <td>{percent(c.posterior)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
