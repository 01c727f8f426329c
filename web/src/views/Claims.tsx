// The evidence review queue (`#/claims?status=suggested&kind=quote&source=x&speaker=y&page=2`):
// claims a page of rows at a time — a source's mentions of one entity as one row — with
// filters, keyboard review (keys listed on the page) and the ingest form above. Refetches
// when claims or sources change.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
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
import { MentionGroup } from './MentionGroup.tsx';
import { REVIEW_KEYS, useReviewKeys } from './reviewKeys.ts';

const STATUSES = ['suggested', 'accepted', 'rejected', 'all'] as const;
const KINDS = ['', 'quote', 'event', 'position', 'mention'] as const;
/** Rows a page: enough to review a while, few enough to render at once. */
export const QUEUE_PAGE = 50;

interface Filters {
  status: string | undefined;
  kind: string | undefined;
  source: string | undefined;
  speaker: string | undefined;
  page: string | undefined;
}

export function Claims(filters: Filters) {
  const status = filters.status ?? 'suggested';
  const page = Math.max(0, Math.floor(Number(filters.page ?? 0)) || 0);
  const { sources } = useRoster();
  // A filter the URL gives that is no status or kind asks for everything, as the API would refuse it.
  const queue = useRead(evidence.queue, {
    status: ClaimStatus.safeParse(status).data,
    kind: ClaimKind.safeParse(filters.kind).data,
    source: filters.source || undefined,
    speaker: filters.speaker || undefined,
    offset: page * QUEUE_PAGE,
    limit: QUEUE_PAGE,
  });
  const [ingesting, setIngesting] = useState(false);
  const can = useAbilities();
  // Rows the server has confirmed reviewed leave the suggested queue at once, before the refetch.
  const [done, setDone] = useState<ReadonlySet<string>>(new Set());
  const groups = useMemo(
    () => (queue.data?.groups ?? []).filter((g) => status !== 'suggested' || !done.has(g.key)),
    [queue.data, status, done],
  );
  const [cursor, setCursor] = useState<string>();
  const index = Math.max(
    0,
    groups.findIndex((g) => g.key === cursor),
  );
  // Focus follows the cursor only when the keyboard or a review moved it, never on a refetch alone.
  const focusWanted = useRef(false);
  const list = useRef<HTMLDivElement>(null);

  const rowAt = useCallback(
    (i: number) => list.current?.querySelector<HTMLElement>(`[data-row="${i}"] article`) ?? null,
    [],
  );
  useEffect(() => {
    if (!focusWanted.current || !queue.data) return;
    const row = rowAt(index);
    if (!row) return;
    focusWanted.current = false;
    row.focus({ preventScroll: true });
    row.scrollIntoView({ block: 'nearest' });
  }, [index, queue.data, rowAt]);

  const total = queue.data?.totalGroups ?? 0;
  const pages = Math.max(1, Math.ceil(total / QUEUE_PAGE));
  const go = useCallback(
    (changes: Partial<Filters>) =>
      navigate(href('claims', { ...filters, status, ...changes }), { replace: true }),
    [filters, status],
  );
  const turn = useCallback(
    (by: 1 | -1) => {
      const next = page + by;
      if (next < 0 || next >= pages) return;
      setCursor(undefined);
      focusWanted.current = true;
      go({ page: next ? String(next) : undefined });
    },
    [page, pages, go],
  );
  const keys = useMemo(
    () => ({
      current: () => rowAt(index),
      move(by: 1 | -1) {
        const next = groups[index + by];
        focusWanted.current = true;
        if (next) setCursor(next.key);
        else if (by === 1 && index === groups.length - 1) turn(1);
        else rowAt(index)?.focus();
      },
      turn,
    }),
    [groups, index, rowAt, turn],
  );
  useReviewKeys(keys);

  const filter = (key: keyof Filters) => (e: { target: { value: string } }) =>
    go({ [key]: e.target.value || undefined, page: undefined });

  // After a review the row leaves the queue (or changes status); the cursor moves on to the next,
  // and the write's own invalidation refetches the page behind it (totals, the next page's first row).
  const reviewed = (i: number) => () => {
    setCursor((groups[i + 1] ?? groups[i - 1])?.key);
    setDone((keys) => new Set(keys).add(groups[i]!.key));
    focusWanted.current = true;
  };

  const first = page * QUEUE_PAGE;
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
        <Field label="Speaker">
          <select value={filters.speaker ?? ''} onChange={filter('speaker')}>
            <option value="">anyone</option>
            {(queue.data?.speakers ?? []).map((s) => (
              <option key={s.id} value={s.id}>
                {s.name} ({s.claims})
              </option>
            ))}
            {filters.speaker && !queue.data?.speakers.some((s) => s.id === filters.speaker) ? (
              <option value={filters.speaker}>{filters.speaker}</option>
            ) : null}
          </select>
        </Field>
        <p className="muted small" aria-live="polite">
          {queue.data
            ? `${queue.data.totalClaims} claim${queue.data.totalClaims === 1 ? '' : 's'} in ${total} row${total === 1 ? '' : 's'}`
            : ''}
        </p>
      </form>
      {can.manage ? (
        <p className="review-keys small muted">
          Keys:{' '}
          {REVIEW_KEYS.map(([k, does]) => (
            <span key={k}>
              <kbd>{k}</kbd> {does}
            </span>
          ))}
        </p>
      ) : null}
      {queue.error ? <ErrorNote error={queue.error} /> : null}
      {!queue.data && !queue.error ? <Loading what="claims" /> : null}
      {queue.data && groups.length === 0 ? (
        <p className="muted">
          No {status === 'all' ? '' : `${status} `}claims here. Ingest documents to extract quotes, events and
          stances.
        </p>
      ) : null}
      <div className="claims" ref={list}>
        {groups.map((g, i) => (
          // biome-ignore lint/a11y/noStaticElementInteractions: a click only moves the keyboard's cursor here.
          <div
            key={g.key}
            data-row={i}
            className={i === index ? 'queue-row current' : 'queue-row'}
            aria-current={i === index ? 'true' : undefined}
            onFocus={() => setCursor(g.key)}
          >
            {g.kind === 'mention' ? (
              <MentionGroup group={g} onReviewed={reviewed(i)} />
            ) : (
              <ClaimCard claim={g.claims[0]!} onReviewed={reviewed(i)} />
            )}
          </div>
        ))}
      </div>
      {total > QUEUE_PAGE ? (
        <nav className="pager" aria-label="Pages of claims">
          <button type="button" disabled={page === 0} onClick={() => turn(-1)}>
            Previous page
          </button>
          <span className="small muted">
            Rows {first + 1}–{Math.min(first + QUEUE_PAGE, total)} of {total} · page {page + 1} of {pages}
          </span>
          <button type="button" disabled={page + 1 >= pages} onClick={() => turn(1)}>
            Next page
          </button>
        </nav>
      ) : null}
    </div>
  );
}
