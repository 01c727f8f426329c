// Circulating a draft to a party: the full text, or only a summary written here. The answer
// names the recipient's fingerprinted copy, ready to download in each format.
import { type FormEvent, useState } from 'react';
import { type Circulated, circulation } from '../../../src/contract/circulation.ts';
import type { DraftHeader } from '../../../src/contract/drafts.ts';
import { useWrite } from '../api/queries.ts';
import { Options } from '../components/Options.tsx';
import { type FormErrors, formErrors } from '../forms/errors.ts';
import { Field, FormActions } from '../forms/Field.tsx';
import { useRoster } from '../roster.tsx';
import { CopyLinks } from './CopyLinks.tsx';

const FIELDS = ['draft', 'to', 'summary'] as const;

export function CirculateForm({
  drafts,
  draft: initial,
}: {
  drafts: DraftHeader[];
  draft?: string | undefined;
}) {
  const { parties, partyName } = useRoster();
  const [draft, setDraft] = useState(initial ?? drafts.at(-1)?.id ?? '');
  const [to, setTo] = useState('');
  const [mode, setMode] = useState<'full' | 'summary'>('full');
  const [summary, setSummary] = useState('');
  const [missing, setMissing] = useState<Record<string, string>>({});
  const [done, setDone] = useState<Circulated>();
  const circulate = useWrite(circulation.circulate);
  const errors: FormErrors = circulate.error ? formErrors(circulate.error, FIELDS) : { fields: missing };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const absent: Record<string, string> = {};
    if (!draft) absent.draft = 'Choose the draft to circulate.';
    if (!to) absent.to = 'Choose the party that receives it.';
    if (mode === 'summary' && !summary.trim()) absent.summary = 'Write the summary the party will receive.';
    circulate.reset();
    setMissing(absent);
    setDone(undefined);
    if (Object.keys(absent).length) return;
    setDone(await circulate.submit({ draft, to, ...(mode === 'summary' ? { summary } : {}) }));
  }

  return (
    <form aria-label="Circulate a draft" onSubmit={submit} noValidate>
      <div className="form-grid">
        <Field label="Draft" error={errors.fields.draft}>
          <select value={draft} onChange={(e) => setDraft(e.target.value)}>
            <Options items={drafts} label={(d) => `${d.label} (${d.state})`} />
          </select>
        </Field>
        <Field label="To" error={errors.fields.to}>
          <select value={to} onChange={(e) => setTo(e.target.value)}>
            <option value="">(choose a party)</option>
            <Options items={parties} label={(p) => p.name} />
          </select>
        </Field>
      </div>
      <fieldset className="choice">
        <legend>What the party receives</legend>
        <label>
          <input type="radio" name="mode" checked={mode === 'full'} onChange={() => setMode('full')} /> The
          full text
        </label>
        <label>
          <input type="radio" name="mode" checked={mode === 'summary'} onChange={() => setMode('summary')} />{' '}
          Only a summary
        </label>
      </fieldset>
      {mode === 'summary' ? (
        <Field
          label="Summary"
          hint="The broad contours the party may see; it is fingerprinted like the full text."
          error={errors.fields.summary}
        >
          <textarea rows={4} value={summary} onChange={(e) => setSummary(e.target.value)} />
        </Field>
      ) : null}
      <FormActions
        message={errors.general}
        label="Circulate"
        busyLabel="Circulating…"
        busy={circulate.busy}
      />
      {done ? (
        <p className="notice" role="status">
          Circulated {drafts.find((d) => d.id === done.circulation.draft)?.label ?? done.circulation.draft} to{' '}
          {partyName(done.circulation.party)}
          {done.circulation.summaryOnly ? ' (summary only)' : ''}. Their copy:{' '}
          <CopyLinks circulation={done.circulation.id} />
        </p>
      ) : null}
    </form>
  );
}
