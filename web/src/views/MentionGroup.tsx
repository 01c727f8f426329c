// One row of the review queue for a source's mentions of one party, person or topic: how
// many, the first few in context, and one Accept all / Reject all for the lot (one write).

import type { ClaimGroup } from '../../../src/contract/evidence.ts';
import { evidence } from '../../../src/contract/evidence.ts';
import { useAbilities } from '../abilities.ts';
import { useWrite } from '../api/queries.ts';
import { EvidenceSpan } from '../components/EvidenceSpan.tsx';
import { FormMessage } from '../forms/Field.tsx';
import { useRoster } from '../roster.tsx';
import { href } from '../router.ts';

const SHOWN = 3;

export function MentionGroup({ group, onReviewed }: { group: ClaimGroup; onReviewed(): void }) {
  const { sources, partyName, people } = useRoster();
  const review = useWrite(evidence.review);
  const can = useAbilities();
  const source = sources.find((s) => s.id === group.source);
  const waiting = group.claims.filter((c) => c.status === 'suggested').map((c) => c.id);
  const entity = group.entity ?? '';
  const name = people.find((p) => p.id === entity)?.name ?? partyName(entity);
  const open = can.manage && waiting.length > 0;

  async function decide(decision: 'accept' | 'reject') {
    if (await review.submit({ claims: waiting, decision })) onReviewed();
  }

  const statuses = [...new Set(group.claims.map((c) => c.status))];
  return (
    <article
      className="claim claim-group"
      id={`claim-${group.key}`}
      tabIndex={-1}
      aria-labelledby={`${group.key}-h`}
    >
      <h2 id={`${group.key}-h`} className="claim-head">
        <span className="badge kind-mention">Mentions</span> <span className="speaker">{name}</span>
        <span className="muted small">
          {group.claims.length} in this source
          {waiting.length < group.claims.length ? `, ${waiting.length} to review` : ''}
        </span>
        {statuses.length === 1 && statuses[0] !== 'suggested' ? (
          <span className="badge">{statuses[0]}</span>
        ) : null}
      </h2>
      <p className="claim-meta small">
        <a href={href('sources', group.source)}>
          {source ? `${source.outlet}: ${source.title}` : group.source}
        </a>
      </p>
      {group.claims.slice(0, SHOWN).map((c) => (
        <EvidenceSpan key={c.id} source={c.source} span={c.span} />
      ))}
      {group.claims.length > SHOWN ? (
        <p className="muted small">and {group.claims.length - SHOWN} more in the same source</p>
      ) : null}
      <FormMessage text={review.error?.message} />
      {open ? (
        <div className="actions">
          <button
            type="button"
            className="primary"
            data-action="accept"
            disabled={review.busy}
            onClick={() => decide('accept')}
          >
            Accept all {waiting.length}
          </button>
          <button type="button" data-action="reject" disabled={review.busy} onClick={() => decide('reject')}>
            Reject all {waiting.length}
          </button>
        </div>
      ) : null}
    </article>
  );
}
