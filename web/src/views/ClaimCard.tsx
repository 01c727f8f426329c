// One claim in the review queue: its kind, speaker and source, the evidence in context,
// and Accept / Edit then accept / Reject (buttons and a form, so the keyboard does it all).
import { useState } from 'react';
import { evidence } from '../../../src/contract/evidence.ts';
import type { Claim } from '../../../src/core/model.ts';
import { useAbilities } from '../abilities.ts';
import { useWrite } from '../api/queries.ts';
import { EvidenceSpan } from '../components/EvidenceSpan.tsx';
import { ProvisionLink } from '../components/ProvisionName.tsx';
import { ClaimEditForm } from '../forms/ClaimEditForm.tsx';
import { FormMessage } from '../forms/Field.tsx';
import { useRoster } from '../roster.tsx';
import { href } from '../router.ts';

const KIND_LABELS: Record<Claim['kind'], string> = {
  quote: 'Quote',
  event: 'Event',
  mention: 'Mention',
  position: 'Position',
};

/** What the extractor read beyond the text: a date, a place, a stance. */
function facts(claim: Claim): string[] {
  switch (claim.kind) {
    case 'event':
      return [claim.data.date ?? 'no date', claim.data.place].filter((x): x is string => Boolean(x));
    case 'position':
      return [claim.data.party, claim.data.stance, claim.data.topic].filter((x): x is string => Boolean(x));
    default:
      return [];
  }
}

/** The provisions a stance or a mention is about, by heading and number. */
function ClaimProvisions({ claim }: { claim: Claim }) {
  const [draft, paths] =
    claim.kind === 'position'
      ? [
          claim.data.draft,
          claim.data.provision !== undefined ? [claim.data.provision] : claim.data.provisions,
        ]
      : claim.kind === 'mention'
        ? [undefined, claim.data.provisions]
        : [undefined, undefined];
  const shown = (paths ?? []).slice(0, 6);
  if (shown.length === 0) return null;
  return (
    <p className="small claim-provisions">
      <span className="muted">On </span>
      {shown.map((path, i) => (
        <span key={path}>
          {i ? ', ' : ''}
          <ProvisionLink draft={draft} path={path} />
        </span>
      ))}
    </p>
  );
}

export function ClaimCard({ claim, onReviewed }: { claim: Claim; onReviewed(claim: Claim): void }) {
  const { sources } = useRoster();
  const [asked, setEditing] = useState(false);
  const accept = useWrite(evidence.accept);
  const reject = useWrite(evidence.reject);
  const busy = accept.busy || reject.busy;
  const error = accept.error ?? reject.error;
  const source = sources.find((s) => s.id === claim.source);
  // Reviewing is the secretariat's; others read the queue.
  const can = useAbilities();
  const open = claim.status === 'suggested' && can.manage;

  async function review(action: 'accept' | 'reject') {
    const saved = await (action === 'accept' ? accept : reject).submit({ claim: claim.id });
    if (saved) onReviewed(saved);
  }

  // An event without a date, a stance without a provision: the form asks for it.
  const editing = asked || accept.error?.code === 'invalid_input';

  return (
    <article
      className={`claim claim-${claim.status}`}
      id={`claim-${claim.id}`}
      tabIndex={-1}
      aria-labelledby={`${claim.id}-h`}
    >
      <h2 id={`${claim.id}-h`} className="claim-head">
        <span className={`badge kind-${claim.kind}`}>{KIND_LABELS[claim.kind]}</span>{' '}
        {claim.speaker ? <span className="speaker">{claim.speaker}</span> : null}
        {claim.status !== 'suggested' ? <span className="badge">{claim.status}</span> : null}
      </h2>
      <p className="claim-meta small">
        <a href={href('sources', claim.source)}>
          {source ? `${source.outlet}: ${source.title}` : claim.source}
        </a>
        {facts(claim).map((f) => (
          <span key={f} className="tag">
            {f}
          </span>
        ))}
        <code className="muted">{claim.id}</code>
      </p>
      <EvidenceSpan source={claim.source} span={claim.span} />
      <ClaimProvisions claim={claim} />
      {claim.note ? <p className="small">Note: {claim.note}</p> : null}
      {claim.recordRef ? <p className="small">On the record as {claim.recordRef}</p> : null}
      {editing ? null : <FormMessage text={error?.message} />}
      {open && editing ? (
        <ClaimEditForm
          claim={claim}
          refusal={error}
          onDone={(saved) => {
            setEditing(false);
            accept.reset();
            if (saved) onReviewed(saved);
          }}
        />
      ) : null}
      {open && !editing ? (
        <div className="actions">
          <button
            type="button"
            className="primary"
            data-action="accept"
            disabled={busy}
            onClick={() => review('accept')}
          >
            Accept
          </button>
          <button type="button" data-action="edit" disabled={busy} onClick={() => setEditing(true)}>
            Edit then accept
          </button>
          <button type="button" data-action="reject" disabled={busy} onClick={() => review('reject')}>
            Reject
          </button>
        </div>
      ) : null}
    </article>
  );
}
