// Setting a party's stance on a provision, with optimistic concurrency: the form remembers
// the latest stance it showed (`basedOn`); if another one was recorded meanwhile the API
// answers 409 and the form shows the current stance and lets the user retry on top of it.
import { type FormEvent, useEffect, useState } from 'react';
import { useAbilities } from '../abilities.ts';
import { ApiError, get, post, query } from '../api/client.ts';
import { type Position, STANCE_LABELS, STANCES, type Stance } from '../api/types.ts';
import { today } from '../components/format.ts';
import { useRoster } from '../roster.tsx';
import { ConflictNote } from './ConflictNote.tsx';
import { type FormErrors, formErrors } from './errors.ts';
import { Field, FormMessage } from './Field.tsx';

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
  const sources = roster.sources;
  const [party, setParty] = useState(required[0] ?? parties[0]?.id ?? '');
  const [stance, setStance] = useState<Stance>('accept');
  const [asOf, setAsOf] = useState(today());
  const [wording, setWording] = useState('');
  const [note, setNote] = useState('');
  const [source, setSource] = useState('');
  /** The latest stance of `party` the user was shown: undefined while loading. */
  const [seen, setSeen] = useState<Position | null>();
  const [conflict, setConflict] = useState<Position | null>();
  const [errors, setErrors] = useState<FormErrors>({ fields: {} });
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!party) return;
    let stale = false;
    setSeen(undefined);
    get<Position[]>(`positions${query({ party, draft, provision })}`).then(
      (list) => {
        if (stale) return;
        const latest = list.at(-1) ?? null;
        setSeen(latest);
        if (latest) setStance(latest.stance);
      },
      () => !stale && setSeen(null),
    );
    return () => {
      stale = true;
    };
  }, [party, draft, provision]);

  async function save(basedOn: string | null) {
    setBusy(true);
    setErrors({ fields: {} });
    try {
      const saved = await post<Position>('positions', {
        party,
        draft,
        provision,
        stance,
        asOf,
        basedOn,
        ...(wording.trim() ? { wording } : {}),
        ...(note.trim() ? { note } : {}),
        ...(source ? { source } : {}),
      });
      setConflict(undefined);
      onDone(saved);
    } catch (failure) {
      if (failure instanceof ApiError && failure.code === 'conflict') {
        const current = failure.details.current;
        setConflict(typeof current === 'object' ? (current as Position | null) : null);
      } else if (failure instanceof ApiError) {
        setErrors(formErrors(failure, FIELDS));
      } else {
        setErrors({ fields: {}, general: String(failure) });
      }
    } finally {
      setBusy(false);
    }
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
      <div className="form-grid">
        <Field label="Party" error={errors.fields.party}>
          <select value={party} onChange={(e) => setParty(e.target.value)}>
            {ordered.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
                {required.includes(p.id) ? ' (must agree)' : ''}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Stance" error={errors.fields.stance}>
          <select value={stance} onChange={(e) => setStance(e.target.value as Stance)}>
            {STANCES.map((s) => (
              <option key={s} value={s}>
                {STANCE_LABELS[s]}
              </option>
            ))}
          </select>
        </Field>
        <Field label="As of" error={errors.fields.asOf}>
          <input type="date" value={asOf} onChange={(e) => setAsOf(e.target.value)} />
        </Field>
        <Field label="Source" error={errors.fields.source}>
          <select value={source} onChange={(e) => setSource(e.target.value)}>
            <option value="">(none)</option>
            {sources.map((s) => (
              <option key={s.id} value={s.id}>
                {s.outlet}: {s.title}
              </option>
            ))}
          </select>
        </Field>
      </div>
      {stance === 'amend' ? (
        <Field label="Proposed wording" error={errors.fields.wording}>
          <textarea rows={3} value={wording} onChange={(e) => setWording(e.target.value)} />
        </Field>
      ) : null}
      <Field label="Note" error={errors.fields.note}>
        <textarea rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
      </Field>
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
          mine={stance}
          busy={busy}
          onRetry={() => {
            setSeen(conflict);
            void save(conflict?.id ?? null);
          }}
          onDiscard={() => {
            setSeen(conflict);
            if (conflict) setStance(conflict.stance);
            setConflict(undefined);
          }}
        />
      ) : null}
      <FormMessage text={errors.general} />
      <div className="actions">
        <button
          type="submit"
          className="primary"
          disabled={busy || seen === undefined || conflict !== undefined}
        >
          {busy ? 'Saving…' : 'Save position'}
        </button>
        <button type="button" onClick={() => onDone()}>
          Cancel
        </button>
      </div>
    </form>
  );
}
