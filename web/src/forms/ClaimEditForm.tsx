// Edit then accept: the fields of the API's ClaimEdit that fit the claim's kind (date,
// place, title for events; party, draft, provision, stance for positions; speaker, text
// for quotes), sent only when filled in. The API's messages appear under the fields.
import { type FormEvent, useState } from 'react';
import { evidence } from '../../../src/contract/evidence.ts';
import type { Claim, ClaimKind } from '../../../src/core/model.ts';
import type { ApiError } from '../api/client.ts';
import { useWrite } from '../api/queries.ts';
import { Options } from '../components/Options.tsx';
import { STANCE_LABELS, STANCES } from '../components/stances.ts';
import { useRoster } from '../roster.tsx';
import { type FormErrors, fieldProblems, formErrors } from './errors.ts';
import { Field, FormActions } from './Field.tsx';

type EditField = 'date' | 'place' | 'title' | 'party' | 'draft' | 'provision' | 'stance' | 'speaker' | 'text';

/** The form's fields per kind: those of the contract's `EDITABLE` a reviewer corrects most. */
const FIELDS_BY_KIND: Record<ClaimKind, readonly EditField[]> = {
  event: ['date', 'place', 'title'],
  position: ['party', 'draft', 'provision', 'stance'],
  quote: ['speaker', 'text'],
  mention: ['text'],
};

const LABELS: Record<EditField, string> = {
  date: 'Date',
  place: 'Place',
  title: 'Title',
  party: 'Party',
  draft: 'Draft',
  provision: 'Provision',
  stance: 'Stance',
  speaker: 'Speaker',
  text: 'Text',
};

/** What the claim already says for a field, as the form's starting value. */
function initial(claim: Claim, field: EditField): string {
  if (field === 'text') return claim.text;
  if (field === 'speaker') return claim.speaker ?? '';
  switch (claim.kind) {
    case 'event': {
      const { date, place, title } = claim.data;
      return { date, place, title }[field as 'date' | 'place' | 'title'] ?? '';
    }
    case 'position': {
      const { party, draft, stance, provision, provisions } = claim.data;
      if (field === 'provision') return provision ?? provisions?.[0] ?? '';
      return { party, draft, stance }[field as 'party' | 'draft' | 'stance'] ?? '';
    }
    default:
      return '';
  }
}

/** The API's errors by field: `details.fields` name `edit.date`; the use case names the field it is `missing`. */
function editErrors(error: ApiError, fields: readonly EditField[]): FormErrors {
  const found = formErrors(error, [...fields, 'note'], 'edit');
  const missing = fields.find((f) => f === error.details.missing);
  if (fieldProblems(error).length === 0 && missing) return { fields: { [missing]: error.message } };
  return found;
}

interface Props {
  claim: Claim;
  /** Why a plain accept was refused (an event without a date), shown under its field. */
  refusal?: ApiError | undefined;
  onDone(saved?: Claim): void;
}

export function ClaimEditForm({ claim, refusal, onDone }: Props) {
  const fields = FIELDS_BY_KIND[claim.kind];
  const { parties } = useRoster();
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(fields.map((f) => [f, initial(claim, f)])),
  );
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FormErrors>(() =>
    refusal ? editErrors(refusal, fields) : { fields: {} },
  );
  const accept = useWrite(evidence.accept);
  const set = (field: string) => (e: { target: { value: string } }) =>
    setValues({ ...values, [field]: e.target.value });

  async function submit(event: FormEvent) {
    event.preventDefault();
    setErrors({ fields: {} });
    const edit = Object.fromEntries(
      fields.flatMap((f) => {
        const value = values[f]?.trim() ?? '';
        return value && value !== initial(claim, f) ? [[f, value]] : [];
      }),
    );
    const saved = await accept.submit({
      claim: claim.id,
      edit,
      ...(note.trim() ? { note: note.trim() } : {}),
    });
    if (saved) onDone(saved);
  }
  const shown = accept.error ? editErrors(accept.error, fields) : errors;

  const input = (field: EditField) => {
    const value = values[field] ?? '';
    if (field === 'date') return <input type="date" value={value} onChange={set(field)} />;
    if (field === 'text') return <textarea rows={3} value={value} onChange={set(field)} />;
    if (field === 'stance')
      return (
        <select value={value} onChange={set(field)}>
          <option value="">(as extracted)</option>
          {STANCES.map((s) => (
            <option key={s} value={s}>
              {STANCE_LABELS[s]}
            </option>
          ))}
        </select>
      );
    if (field === 'party')
      return (
        <select value={value} onChange={set(field)}>
          <option value="">(as extracted)</option>
          <Options items={parties} label={(p) => p.name} />
        </select>
      );
    return <input value={value} onChange={set(field)} autoComplete="off" />;
  };

  return (
    <form onSubmit={submit} aria-label={`Edit claim ${claim.id}`} noValidate className="claim-edit">
      <div className="form-grid">
        {fields.map((f) => (
          <Field
            key={f}
            label={LABELS[f]}
            error={shown.fields[f]}
            {...(f === 'draft' ? { hint: 'empty: the latest draft' } : {})}
          >
            {input(f)}
          </Field>
        ))}
      </div>
      <Field label="Note" error={shown.fields.note}>
        <input value={note} onChange={(e) => setNote(e.target.value)} />
      </Field>
      <FormActions
        message={shown.general}
        label="Accept with these changes"
        busyLabel="Accepting…"
        busy={accept.busy}
        onCancel={() => onDone()}
      />
    </form>
  );
}
