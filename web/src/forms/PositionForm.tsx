// Setting a party's stance on a provision, with optimistic concurrency: the form remembers
// the latest stance it showed (`basedOn`); if another one was recorded meanwhile the API
// answers 409 with the current stance in its details, and the form shows it and lets the
// user retry on top of it.
import { type FormEvent, useState } from 'react';
import { type Position, PositionConflict, positions } from '../../../src/contract/positions.ts';
import { useAbilities } from '../abilities.ts';
import { useWrite } from '../api/queries.ts';
import { today } from '../components/format.ts';
import { STANCE_LABELS } from '../components/stances.ts';
import { useRoster } from '../roster.tsx';
import { ConflictNote } from './ConflictNote.tsx';
import { formErrors } from './errors.ts';
import { FormActions } from './Field.tsx';
import { type PositionDraft, PositionFields } from './PositionFields.tsx';
import { useSeenStance } from './useSeenStance.ts';

const FIELDS = ['party', 'stance', 'asOf', 'wording', 'note', 'source'] as const;

interface Props {
  draft: string;
  provision: string;
  /** Parties to offer first (the ones that must agree). */
  required: string[];
  onDone(saved?: Position): void;
}

export function PositionForm({ draft, provision, required, onDone }: Props) {
  const roster = useRoster();
  const can = useAbilities();
  // A delegation speaks only for its own party.
  const parties = roster.parties.filter((p) => can.setPositionFor(p.id));
  const [form, setForm] = useState<PositionDraft>(() => ({
    party: required[0] ?? parties[0]?.id ?? '',
    stance: 'accept',
    asOf: today(),
    wording: '',
    note: '',
    source: '',
  }));
  const change = (next: Partial<PositionDraft>) => setForm((f) => ({ ...f, ...next }));
  // The form starts from the stance the party holds now.
  const [seen, setSeen] = useSeenStance(form.party, draft, provision, (latest) => {
    if (latest) change({ stance: latest.stance });
  });
  const write = useWrite(positions.set);
  // A conflict is read from the error's structured details, never from its sentence.
  const conflicted =
    write.error?.code === 'conflict' ? PositionConflict.safeParse(write.error.details) : null;
  const conflict = conflicted?.success ? conflicted.data.current : undefined;
  const errors = write.error && conflict === undefined ? formErrors(write.error, FIELDS) : { fields: {} };

  async function save(basedOn: string | null) {
    const saved = await write.submit({
      party: form.party,
      draft,
      provision,
      stance: form.stance,
      asOf: form.asOf,
      basedOn,
      ...(form.wording.trim() ? { wording: form.wording } : {}),
      ...(form.note.trim() ? { note: form.note } : {}),
      ...(form.source ? { source: form.source } : {}),
    });
    if (saved) onDone(saved);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (seen !== undefined) void save(seen?.id ?? null);
  }

  const ordered = [...parties].sort(
    (a, b) => Number(required.includes(b.id)) - Number(required.includes(a.id)),
  );
  return (
    <form className="position-form" onSubmit={submit} aria-label={`Set a position on provision ${provision}`}>
      <PositionFields
        value={form}
        onChange={change}
        parties={ordered}
        required={required}
        sources={roster.sources}
        errors={errors.fields}
      />
      <p className="muted small" aria-live="polite">
        {seen === undefined
          ? 'Reading the current stance…'
          : seen
            ? `Current stance: ${STANCE_LABELS[seen.stance]} as of ${seen.asOf}.`
            : 'No stance recorded for this party yet.'}
      </p>
      {conflict !== undefined ? (
        <ConflictNote
          current={conflict}
          mine={form.stance}
          busy={write.busy}
          onRetry={() => {
            setSeen(conflict);
            void save(conflict?.id ?? null);
          }}
          onDiscard={() => {
            setSeen(conflict);
            if (conflict) change({ stance: conflict.stance });
            write.reset();
          }}
        />
      ) : null}
      <FormActions
        message={errors.general}
        label="Save position"
        busyLabel="Saving…"
        busy={write.busy}
        disabled={seen === undefined || conflict !== undefined}
        onCancel={() => onDone()}
      />
    </form>
  );
}
