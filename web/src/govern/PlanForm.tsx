// Setting who signs a final draft and in what order ("ukraine before us"). The API checks
// the order (unknown names, cycles) and answers under the field.
import { type FormEvent, useState } from 'react';
import { ApiError, put } from '../api/client.ts';
import { type FormErrors, formErrors } from '../forms/errors.ts';
import { Field, FormMessage } from '../forms/Field.tsx';
import { useRoster } from '../roster.tsx';

const FIELDS = ['signatories', 'order'] as const;

export function PlanForm({ draft, onDone }: { draft: string; onDone(): void }) {
  const { parties, partyName } = useRoster();
  const [signatories, setSignatories] = useState<string[]>([]);
  const [order, setOrder] = useState('');
  const [errors, setErrors] = useState<FormErrors>({ fields: {} });
  const [busy, setBusy] = useState(false);

  const toggle = (id: string) =>
    setSignatories((now) => (now.includes(id) ? now.filter((s) => s !== id) : [...now, id]));

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (signatories.length === 0) {
      setErrors({ fields: { signatories: 'Choose at least one signatory.' } });
      return;
    }
    setBusy(true);
    setErrors({ fields: {} });
    try {
      await put(`drafts/${encodeURIComponent(draft)}/signing`, {
        signatories,
        ...(order.trim() ? { order } : {}),
        names: Object.fromEntries(signatories.map((id) => [id, partyName(id)])),
      });
      onDone();
    } catch (failure) {
      const shown =
        failure instanceof ApiError ? formErrors(failure, FIELDS) : { fields: {}, general: String(failure) };
      // The order's parse errors name the clause, which belongs under the order field.
      if (failure instanceof ApiError && ['parse_error', 'broken_reference'].includes(failure.code)) {
        setErrors({ fields: { order: failure.message } });
      } else setErrors(shown);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form aria-label="Signing plan" onSubmit={submit} noValidate>
      <fieldset className="choice" aria-describedby={errors.fields.signatories ? 'sig-error' : undefined}>
        <legend>Signatories</legend>
        {parties.map((p) => (
          <label key={p.id}>
            <input type="checkbox" checked={signatories.includes(p.id)} onChange={() => toggle(p.id)} />{' '}
            {p.name}
          </label>
        ))}
        {errors.fields.signatories ? (
          <p className="field-error" id="sig-error">
            {errors.fields.signatories}
          </p>
        ) : null}
      </fieldset>
      <Field
        label="Order"
        hint={'Who signs first, by id: "ukraine before us"; several clauses with ";". Empty: any order.'}
        error={errors.fields.order}
      >
        <input value={order} onChange={(e) => setOrder(e.target.value)} />
      </Field>
      <FormMessage text={errors.general} />
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Saving…' : 'Set the plan'}
        </button>
      </div>
    </form>
  );
}
