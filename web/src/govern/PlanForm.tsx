// Setting who signs a final draft and in what order ("ukraine before us"). The API checks
// the order (unknown names, cycles) and answers under the field.
import { type FormEvent, useState } from 'react';
import { signing } from '../../../src/contract/signing.ts';
import { useWrite } from '../api/queries.ts';
import { type FormErrors, formErrors } from '../forms/errors.ts';
import { Field, FormActions } from '../forms/Field.tsx';
import { useRoster } from '../roster.tsx';

const FIELDS = ['signatories', 'order'] as const;

/** Sets the plan of `draft`; the signing desk shows the plan once the status read refreshes. */
export function PlanForm({ draft }: { draft: string }) {
  const { parties, partyName } = useRoster();
  const [signatories, setSignatories] = useState<string[]>([]);
  const [order, setOrder] = useState('');
  const [missing, setMissing] = useState<string>();
  const plan = useWrite(signing.plan);
  const errors: FormErrors = plan.error
    ? formErrors(plan.error, FIELDS)
    : { fields: missing ? { signatories: missing } : {} };

  const toggle = (id: string) =>
    setSignatories((now) => (now.includes(id) ? now.filter((s) => s !== id) : [...now, id]));

  async function submit(event: FormEvent) {
    event.preventDefault();
    plan.reset();
    setMissing(signatories.length === 0 ? 'Choose at least one signatory.' : undefined);
    if (signatories.length === 0) return;
    await plan.submit({
      draft,
      signatories,
      ...(order.trim() ? { order } : {}),
      names: Object.fromEntries(signatories.map((id) => [id, partyName(id)])),
    });
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
      <FormActions message={errors.general} label="Set the plan" busyLabel="Saving…" busy={plan.busy} />
    </form>
  );
}
