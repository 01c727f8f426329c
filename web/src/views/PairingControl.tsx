// Confirm or override where a provision of the newer draft comes from, in the row of the
// comparison that shows it. Pairings link a draft to the one it revises, so the control
// appears only when the older draft is the newer one's parent; the stored pairing then
// wins in every comparison and in lineage.

import { useState } from 'react';
import type { ProvisionView } from '../../../src/compare/compare.ts';
import { compare } from '../../../src/contract/compare.ts';
import { useWrite } from '../api/queries.ts';
import { Field, FormMessage } from '../forms/Field.tsx';

export interface PairingTarget {
  /** The newer draft (whose parent is the older one). */
  draft: string;
  /** Path of every provision view of each draft, to name them to the API. */
  pathOf: { from: Map<ProvisionView, string>; to: Map<ProvisionView, string> };
  /** The older draft's provisions by label ("4", "4(b)"), for what the user types. */
  byLabel: Map<string, string>;
  /** Called once a pairing is stored (the comparison itself refreshes on its own). */
  onSaved?(): void;
}

interface Props {
  target: PairingTarget;
  from: ProvisionView[];
  to: ProvisionView[];
  user: 'confirmed' | 'overridden' | undefined;
  /** The engine paired these on meaning and place (rewritten): offer to undo it in one click. */
  undoable?: boolean | undefined;
}

/** Labels typed by the user → paths of the older draft; the labels it does not know. */
function resolve(text: string, byLabel: Map<string, string>): { paths: string[]; unknown: string[] } {
  const labels = text
    .split(/[,;\s]+/)
    .map((l) => l.trim().replace(/\.$/, ''))
    .filter(Boolean);
  const paths: string[] = [];
  const unknown: string[] = [];
  for (const label of labels) {
    const path = byLabel.get(label.toLowerCase());
    if (path) paths.push(path);
    else unknown.push(label);
  }
  return { paths, unknown };
}

export function PairingControl({ target, from, to, user, undoable }: Props) {
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState('');
  const [unknownLabels, setUnknownLabels] = useState<string>();
  const pairing = useWrite(compare.pair);
  const { busy } = pairing;
  const error = { field: unknownLabels, general: pairing.error?.message };
  const provisions = to.map((v) => target.pathOf.to.get(v)!);

  const save = async (fromPaths: string[]) => {
    setUnknownLabels(undefined);
    const stored = await pairing.submit({ draft: target.draft, provisions, from: fromPaths });
    if (!stored) return;
    setEditing(false);
    target.onSaved?.();
  };

  const submit = () => {
    const { paths, unknown } = resolve(text, target.byLabel);
    if (unknown.length > 0) {
      pairing.reset();
      setUnknownLabels(
        `the older draft has no provision ${unknown.join(', ')}; use its numbers as shown on the left (e.g. 4 or 4(b)), or leave empty if new`,
      );
      return;
    }
    void save(paths);
  };

  if (!editing) {
    return (
      <span className="pairing-actions">
        {from.length > 0 && user !== 'confirmed' ? (
          <button
            type="button"
            className="link"
            disabled={busy}
            onClick={() => void save(from.map((v) => target.pathOf.from.get(v)!))}
          >
            Confirm pairing
          </button>
        ) : null}{' '}
        {undoable && from.length > 0 && !user ? (
          <button
            type="button"
            className="link"
            disabled={busy}
            title="not the same provision: the newer one is new, the older one deleted"
            onClick={() => void save([])}
          >
            Undo pairing
          </button>
        ) : null}{' '}
        <button
          type="button"
          className="link"
          onClick={() => {
            setText(from.map((v) => v.label).join(', '));
            setUnknownLabels(undefined);
            pairing.reset();
            setEditing(true);
          }}
        >
          Change pairing…
        </button>
        {error.general ? (
          <span className="form-error" role="alert">
            {' '}
            {error.general}
          </span>
        ) : null}
      </span>
    );
  }
  return (
    <form
      className="pairing-form"
      aria-label={`Pairing of ${to.map((v) => v.label).join(', ')}`}
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <Field
        label={`${to.map((v) => v.label).join(', ')} comes from`}
        hint="Numbers in the older draft, separated by commas (several: a merge). Empty: new in this draft."
        error={error.field}
      >
        <input value={text} onChange={(e) => setText(e.target.value)} disabled={busy} />
      </Field>
      <FormMessage text={error.general} />
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          Save pairing
        </button>
        <button type="button" onClick={() => setEditing(false)} disabled={busy}>
          Cancel
        </button>
      </div>
    </form>
  );
}
