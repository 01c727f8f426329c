// Sharing a proposed amendment with more parties after the fact: its own party's delegates
// (or the secretariat) tick the parties to show it to. Sharing only widens, so the parties
// that see it already are listed, not offered; the server refuses a party that does not
// hold the provision and names it.
import { type FormEvent, useState } from 'react';
import { type Amendment, amendments } from '../../../src/contract/amendments.ts';
import { useWrite } from '../api/queries.ts';
import { formErrors } from '../forms/errors.ts';
import { FormActions } from '../forms/Field.tsx';
import { useRoster } from '../roster.tsx';

/** Who sees the amendment besides its party and the secretariat, in words. */
export function sharedWithText(a: Amendment, partyName: (id: string) => string): string {
  if (a.shared) return '';
  if (!a.sharedWith?.length) return ' (not shared with other parties)';
  return ` (shared with ${a.sharedWith.map(partyName).join(', ')})`;
}

export function ShareForm({ amendment: a, onDone }: { amendment: Amendment; onDone(): void }) {
  const { parties, partyName } = useRoster();
  const seeing = new Set([a.party, ...(a.sharedWith ?? [])]);
  const offered = parties.filter((p) => !seeing.has(p.id));
  const [chosen, setChosen] = useState<string[]>([]);
  const write = useWrite(amendments.share);
  const errors = write.error
    ? formErrors(write.error, ['parties'])
    : { fields: {} as Record<string, string> };

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (await write.submit({ amendment: a.id, parties: chosen })) onDone();
  }
  const toggle = (id: string, on: boolean) =>
    setChosen((now) => (on ? [...now, id] : now.filter((x) => x !== id)));
  return (
    <form
      className="amendment-share"
      onSubmit={submit}
      aria-label={`Share the amendment of ${partyName(a.party)}`}
    >
      <fieldset className="field">
        <legend>Show it to</legend>
        {offered.map((p) => (
          <label key={p.id} className="choice">
            <input
              type="checkbox"
              checked={chosen.includes(p.id)}
              onChange={(e) => toggle(p.id, e.target.checked)}
            />{' '}
            {p.name}
          </label>
        ))}
        {errors.fields.parties ? <p className="field-error">{errors.fields.parties}</p> : null}
      </fieldset>
      <FormActions
        message={errors.general}
        label="Share"
        busyLabel="Sharing…"
        busy={write.busy}
        disabled={chosen.length === 0}
        onCancel={onDone}
      />
    </form>
  );
}
