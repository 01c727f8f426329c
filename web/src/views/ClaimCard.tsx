// One claim in the review queue: its kind, speaker and source, the evidence in context,
// and Accept / Edit then accept / Reject (buttons and a form, so the keyboard does it all).
import { useState } from 'react';
import { useAbilities } from '../abilities.ts';
import { ApiError, post } from '../api/client.ts';
import type { Claim } from '../api/types.ts';
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
  const d = claim.data;
  const pick = (key: string) => (typeof d[key] === 'string' ? (d[key] as string) : undefined);
  const found = [pick('date') ?? (claim.kind === 'event' ? 'no date' : undefined), pick('place')];
  if (claim.kind === 'position') found.push(pick('party'), pick('stance'), pick('topic'));
  return found.filter((x): x is string => Boolean(x));
}

/** The provisions a stance or a mention is about, by heading and number. */
function ClaimProvisions({ claim }: { claim: Claim }) {
  const d = claim.data;
  const paths =
    typeof d.provision === 'string' ? [d.provision] : Array.isArray(d.provisions) ? d.provisions : [];
  const draft = typeof d.draft === 'string' ? d.draft : undefined;
  const shown = paths.filter((p): p is string => typeof p === 'string').slice(0, 6);
  if (shown.length === 0 || (claim.kind !== 'position' && claim.kind !== 'mention')) return null;
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
  const [editing, setEditing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const source = sources.find((s) => s.id === claim.source);
  // Reviewing is the secretariat's; others read the queue.
  const can = useAbilities();
  const open = claim.status === 'suggested' && can.manage;

  async function review(action: 'accept' | 'reject') {
    setBusy(true);
    setError(undefined);
    try {
      onReviewed(await post<Claim>(`claims/${encodeURIComponent(claim.id)}/${action}`, {}));
    } catch (failure) {
      setError(failure instanceof ApiError ? failure : new ApiError(0, 'error', String(failure)));
      // An event without a date, a stance without a provision: the form asks for it.
      if (failure instanceof ApiError && failure.code === 'invalid_input') setEditing(true);
    } finally {
      setBusy(false);
    }
  }

  return (
    <article
      className={`claim claim-${claim.status}`}
      id={`claim-${claim.id}`}
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
            setError(undefined);
            if (saved) onReviewed(saved);
          }}
        />
      ) : null}
      {open && !editing ? (
        <div className="actions">
          <button type="button" className="primary" disabled={busy} onClick={() => review('accept')}>
            Accept
          </button>
          <button type="button" disabled={busy} onClick={() => setEditing(true)}>
            Edit then accept
          </button>
          <button type="button" disabled={busy} onClick={() => review('reject')}>
            Reject
          </button>
        </div>
      ) : null}
    </article>
  );
}
