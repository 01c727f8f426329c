// The amendments on one provision, under its text in the reader: each redlined against the
// provision as it stands, with its party, state and note; its own party may withdraw it
// while it is proposed or share it with more parties, and the secretariat settles it. A
// proposal box opens below.
import { type FormEvent, useState } from 'react';
import { redline } from '../../../src/compare/redline.ts';
import type { RedlineSegment } from '../../../src/compare/types.ts';
import { type Amendment, type AmendmentKind, amendments } from '../../../src/contract/amendments.ts';
import { amendedText, type Decision } from '../../../src/core/amendments.ts';
import type { Provision } from '../../../src/core/model.ts';
import { useAbilities } from '../abilities.ts';
import { useWrite } from '../api/queries.ts';
import { formatDate } from '../components/format.ts';
import { formErrors } from '../forms/errors.ts';
import { Field, FormActions, FormMessage } from '../forms/Field.tsx';
import { useRoster } from '../roster.tsx';
import { ShareForm, sharedWithText } from './AmendmentShare.tsx';

const KIND_LABELS: Record<AmendmentKind, string> = {
  replace: 'Replace the text',
  delete: 'Delete the provision',
  'insert-after': 'Add words after the text',
  new: 'A new provision after this one',
};
const STATE_LABELS: Record<Amendment['state'], string> = {
  proposed: 'proposed',
  withdrawn: 'withdrawn',
  taken: 'taken',
  taken_in_part: 'taken in part',
  rejected: 'rejected',
};

/** The amendment as a redline: against the provision's text, or all new for a provision of its own. */
function segmentsOf(base: string, a: Amendment): RedlineSegment[] {
  return a.kind === 'new' ? redline('', a.text ?? '') : redline(base, amendedText(base, a));
}

function Redline({ segments }: { segments: RedlineSegment[] }) {
  return (
    <span className="redline">
      {segments.map((s, i) => {
        const key = `${i}-${s.kind}`;
        if (s.kind === 'delete' || s.kind === 'move-from') return <del key={key}>{s.text}</del>;
        if (s.kind === 'insert' || s.kind === 'move-to') return <ins key={key}>{s.text}</ins>;
        return <span key={key}>{s.text}</span>;
      })}
    </span>
  );
}

export function AmendmentBadge({ state }: { state: Amendment['state'] }) {
  return <span className={`badge amendment-${state}`}>{STATE_LABELS[state]}</span>;
}

interface Props {
  draft: string;
  provision: Provision;
  /** The amendments on this provision the reader may see, oldest first. */
  items: Amendment[];
  /** Whether the draft still takes amendments (not final). */
  open: boolean;
}

export function ProvisionAmendments({ draft, provision: p, items, open }: Props) {
  const can = useAbilities();
  const { parties } = useRoster();
  const [proposing, setProposing] = useState(false);
  const proposers = parties.filter((party) => can.proposeFor(party.id));
  if (!items.length && !(open && proposers.length)) return null;
  return (
    <section className="provision-amendments" aria-label={`Amendments on ${p.number}`}>
      {items.length ? (
        <ul className="amendment-list">
          {items.map((a) => (
            <AmendmentItem key={a.id} amendment={a} base={p.text} />
          ))}
        </ul>
      ) : null}
      {open && proposers.length ? (
        <>
          <p>
            <button
              type="button"
              className="link"
              aria-expanded={proposing}
              onClick={() => setProposing(!proposing)}
            >
              Propose an amendment
            </button>
          </p>
          {proposing ? <ProposalForm draft={draft} provision={p} onDone={() => setProposing(false)} /> : null}
        </>
      ) : null}
    </section>
  );
}

function AmendmentItem({ amendment: a, base }: { amendment: Amendment; base: string }) {
  const can = useAbilities();
  const { partyName } = useRoster();
  const withdraw = useWrite(amendments.withdraw);
  const decide = useWrite(amendments.decide);
  const [sharing, setSharing] = useState(false);
  const error = withdraw.error ?? decide.error;
  const busy = withdraw.busy || decide.busy;
  const shares = a.state === 'proposed' && !a.shared && can.shareFor(a.party);
  const settle = (state: Decision) => void decide.submit({ amendment: a.id, state });
  return (
    <li
      className={`amendment amendment-is-${a.state}`}
      aria-label={`${partyName(a.party)}: ${KIND_LABELS[a.kind]}`}
    >
      <p className="amendment-head">
        <strong>{partyName(a.party)}</strong> · {KIND_LABELS[a.kind].toLowerCase()}{' '}
        <AmendmentBadge state={a.state} />
        <span className="muted small">{sharedWithText(a, partyName)}</span>
        <span className="muted small"> · {formatDate(a.proposedAt.slice(0, 10))}</span>
      </p>
      <p className="amendment-text">
        {a.kind === 'delete' && !base ? <em>delete</em> : <Redline segments={segmentsOf(base, a)} />}
      </p>
      {a.note ? <p className="small">Note: {a.note}</p> : null}
      {a.stateNote ? <p className="small">Secretariat: {a.stateNote}</p> : null}
      {a.state === 'proposed' && (can.withdrawFor(a.party) || can.manage || shares) ? (
        <div className="actions">
          {shares ? (
            <button type="button" aria-expanded={sharing} onClick={() => setSharing(!sharing)}>
              Share…
            </button>
          ) : null}
          {can.withdrawFor(a.party) ? (
            <button type="button" disabled={busy} onClick={() => void withdraw.submit({ amendment: a.id })}>
              Withdraw
            </button>
          ) : null}
          {can.manage ? (
            <>
              <button type="button" disabled={busy} onClick={() => settle('taken')}>
                Take
              </button>
              <button type="button" disabled={busy} onClick={() => settle('taken_in_part')}>
                Take in part
              </button>
              <button type="button" disabled={busy} onClick={() => settle('rejected')}>
                Reject
              </button>
            </>
          ) : null}
        </div>
      ) : null}
      {sharing && shares ? <ShareForm amendment={a} onDone={() => setSharing(false)} /> : null}
      <FormMessage text={error?.message} />
    </li>
  );
}

const FIELDS = ['party', 'kind', 'text', 'note'] as const;

function ProposalForm({
  draft,
  provision: p,
  onDone,
}: {
  draft: string;
  provision: Provision;
  onDone(): void;
}) {
  const can = useAbilities();
  const roster = useRoster();
  const parties = roster.parties.filter((party) => can.proposeFor(party.id));
  const [party, setParty] = useState(parties[0]?.id ?? '');
  const [kind, setKind] = useState<AmendmentKind>('replace');
  const [text, setText] = useState(p.text);
  const [note, setNote] = useState('');
  const [shared, setShared] = useState(false);
  const write = useWrite(amendments.propose);
  const errors = write.error ? formErrors(write.error, FIELDS) : { fields: {} as Record<string, string> };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const saved = await write.submit({
      party,
      draft,
      provision: p.path,
      kind,
      ...(kind === 'delete' ? {} : { text }),
      ...(note.trim() ? { note } : {}),
      shared,
    });
    if (saved) onDone();
  }

  const preview: Amendment | undefined =
    kind === 'delete' || text.trim()
      ? {
          id: 'preview',
          party,
          draft,
          provision: p.path,
          number: p.number,
          lineage: p.lineage,
          kind,
          ...(kind === 'delete' ? {} : { text }),
          shared,
          state: 'proposed',
          author: '',
          proposedAt: new Date().toISOString(),
        }
      : undefined;
  return (
    <form className="amendment-form" onSubmit={submit} aria-label={`Propose an amendment on ${p.number}`}>
      {parties.length > 1 ? (
        <Field label="For party" error={errors.fields.party}>
          <select value={party} onChange={(e) => setParty(e.target.value)}>
            {parties.map((x) => (
              <option key={x.id} value={x.id}>
                {x.name}
              </option>
            ))}
          </select>
        </Field>
      ) : null}
      <fieldset className="field">
        <legend>What it does</legend>
        {(Object.keys(KIND_LABELS) as AmendmentKind[]).map((k) => (
          <label key={k} className="choice">
            <input
              type="radio"
              name={`kind-${p.path}`}
              value={k}
              checked={kind === k}
              onChange={() => {
                setKind(k);
                // A replacement starts from the text as it stands; an addition from nothing.
                setText(k === 'replace' ? p.text : '');
              }}
            />{' '}
            {KIND_LABELS[k]}
          </label>
        ))}
        {errors.fields.kind ? <p className="field-error">{errors.fields.kind}</p> : null}
      </fieldset>
      {kind === 'delete' ? null : (
        <Field label={kind === 'replace' ? 'New wording' : 'Words to add'} error={errors.fields.text}>
          <textarea rows={4} value={text} onChange={(e) => setText(e.target.value)} />
        </Field>
      )}
      <Field label="Note (optional)" error={errors.fields.note}>
        <input value={note} onChange={(e) => setNote(e.target.value)} />
      </Field>
      <label className="choice">
        <input type="checkbox" checked={shared} onChange={(e) => setShared(e.target.checked)} /> Share with
        the other parties that hold this text
      </label>
      {preview ? (
        <div className="amendment-preview">
          <p className="muted small">As it would read:</p>
          <p className="amendment-text">
            <Redline segments={segmentsOf(p.text, preview)} />
          </p>
        </div>
      ) : null}
      <FormActions
        message={errors.general}
        label="Propose"
        busyLabel="Proposing…"
        busy={write.busy}
        onCancel={onDone}
      />
    </form>
  );
}
