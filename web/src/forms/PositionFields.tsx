// The inputs of the position form: who, which stance, as of when, on whose report, and
// the proposed wording when the stance is an amendment.
import type { Party, Source } from '../../../src/contract/roster.ts';
import type { Stance } from '../../../src/core/model.ts';
import { Options } from '../components/Options.tsx';
import { STANCE_LABELS, STANCES } from '../components/stances.ts';
import { Field } from './Field.tsx';

export interface PositionDraft {
  party: string;
  stance: Stance;
  asOf: string;
  wording: string;
  note: string;
  source: string;
}

interface Props {
  value: PositionDraft;
  onChange(change: Partial<PositionDraft>): void;
  /** The parties the user may speak for, the ones that must agree first. */
  parties: Party[];
  required: string[];
  sources: Source[];
  errors: Record<string, string>;
}

export function PositionFields({ value, onChange, parties, required, sources, errors }: Props) {
  return (
    <>
      <div className="form-grid">
        <Field label="Party" error={errors.party}>
          <select value={value.party} onChange={(e) => onChange({ party: e.target.value })}>
            {parties.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
                {required.includes(p.id) ? ' (must agree)' : ''}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Stance" error={errors.stance}>
          <select value={value.stance} onChange={(e) => onChange({ stance: e.target.value as Stance })}>
            {STANCES.map((s) => (
              <option key={s} value={s}>
                {STANCE_LABELS[s]}
              </option>
            ))}
          </select>
        </Field>
        <Field label="As of" error={errors.asOf}>
          <input type="date" value={value.asOf} onChange={(e) => onChange({ asOf: e.target.value })} />
        </Field>
        <Field label="Source" error={errors.source}>
          <select value={value.source} onChange={(e) => onChange({ source: e.target.value })}>
            <option value="">(none)</option>
            <Options items={sources} label={(s) => `${s.outlet}: ${s.title}`} />
          </select>
        </Field>
      </div>
      {value.stance === 'amend' ? (
        <Field label="Proposed wording" error={errors.wording}>
          <textarea rows={3} value={value.wording} onChange={(e) => onChange({ wording: e.target.value })} />
        </Field>
      ) : null}
      <Field label="Note" error={errors.note}>
        <textarea rows={2} value={value.note} onChange={(e) => onChange({ note: e.target.value })} />
      </Field>
    </>
  );
}
