// The evidence review queue (`#/claims?status=suggested&kind=quote&source=x`): claims
// extracted from ingested sources, filtered, each with its evidence in context and the
// review buttons; the ingest form above. Refetches when claims or sources change.
import { useEffect, useState } from 'react';
import { evidence } from '../../../src/contract/evidence.ts';
import { ClaimKind, ClaimStatus } from '../../../src/core/model.ts';
import { useAbilities } from '../abilities.ts';
import { useRead } from '../api/queries.ts';
import { ErrorNote, Loading } from '../components/Status.tsx';
import { Field } from '../forms/Field.tsx';
import { IngestForm } from '../forms/IngestForm.tsx';
import { useRoster } from '../roster.tsx';
import { href, navigate } from '../router.ts';
import { ClaimCard } from './ClaimCard.tsx';

const STATUSES = ['suggested', 'accepted', 'rejected', 'all'] as const;
const KINDS = ['', 'quote', 'event', 'position', 'mention'] as const;

interface Filters {
  status: string | undefined;
  kind: string | undefined;
  source: string | undefined;
}

export function Claims(filters: Filters) {
  const status = filters.status ?? 'suggested';
  const { sources } = useRoster();
  // A filter the URL gives that is no status or kind asks for everything, as the API would refuse it.
  const claims = useRead(evidence.claims, {
    status: ClaimStatus.safeParse(status).data,
    kind: ClaimKind.safeParse(filters.kind).data,
    source: filters.source || undefined,
  });
  const [ingesting, setIngesting] = useState(false);
  const can = useAbilities();
  // After a review the claim leaves the queue; the keyboard moves on to the next one.
  const [focusNext, setFocusNext] = useState<string>();

  useEffect(() => {
    if (!focusNext || !claims.data) return;
    const target = document.querySelector<HTMLElement>(`[id="claim-${focusNext}"] button`);
    if (target) {
      target.focus();
      setFocusNext(undefined);
    }
  }, [focusNext, claims.data]);

  const filter = (key: keyof Filters) => (e: { target: { value: string } }) =>
    navigate(href('claims', { ...filters, status, [key]: e.target.value || undefined }), { replace: true });

  const list = claims.data ?? [];
  const reviewed = (index: number) => () => {
    const next = list[index + 1] ?? list[index - 1];
    setFocusNext(next?.id);
    claims.reload();
  };

  return (
    <div>
      <header className="page-header with-actions">
        <h1>Claims</h1>
        <div className="actions">
          <a className="button" href={href('contradictions')}>
            Contradictions
          </a>
          {can.manage ? (
            <button
              type="button"
              className="primary"
              aria-expanded={ingesting}
              onClick={() => setIngesting(!ingesting)}
            >
              Ingest documents
            </button>
          ) : null}
        </div>
      </header>
      {ingesting && can.manage ? (
        <section className="panel" aria-labelledby="ingest-h">
          <h2 id="ingest-h">Ingest news, readouts and statements</h2>
          <IngestForm />
        </section>
      ) : null}
      <form className="filters" aria-label="Filter claims" onSubmit={(e) => e.preventDefault()}>
        <Field label="Status">
          <select value={status} onChange={filter('status')}>
            {STATUSES.map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
        </Field>
        <Field label="Kind">
          <select value={filters.kind ?? ''} onChange={filter('kind')}>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {k || 'all kinds'}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Source">
          <select value={filters.source ?? ''} onChange={filter('source')}>
            <option value="">all sources</option>
            {sources
              .filter((s) => s.contentHash || s.id === filters.source)
              .map((s) => (
                <option key={s.id} value={s.id}>
                  {s.outlet}: {s.title}
                </option>
              ))}
          </select>
        </Field>
        <p className="muted small" aria-live="polite">
          {claims.data ? `${list.length} claim${list.length === 1 ? '' : 's'}` : ''}
        </p>
      </form>
      {claims.error ? <ErrorNote error={claims.error} /> : null}
      {!claims.data && !claims.error ? <Loading what="claims" /> : null}
      {claims.data && list.length === 0 ? (
        <p className="muted">
          No {status === 'all' ? '' : `${status} `}claims here. Ingest documents to extract quotes, events and
          stances.
        </p>
      ) : null}
      <div className="claims">
        {list.map((c, i) => (
          <ClaimCard key={c.id} claim={c} onReviewed={reviewed(i)} />
        ))}
      </div>
    </div>
  );
}
