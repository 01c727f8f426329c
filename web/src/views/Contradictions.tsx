// Contradictions between sources: the same event dated differently, the same words given
// to different speakers, a stance reported both ways; both sides side by side, in context.
import type { Contradiction, ContradictionSide } from '../api/types.ts';
import { EvidenceSpan } from '../components/EvidenceSpan.tsx';
import { ErrorNote, Loading } from '../components/Status.tsx';
import { useRoster } from '../roster.tsx';
import { href } from '../router.ts';
import { useApi } from '../useApi.ts';

const KIND_LABELS: Record<Contradiction['kind'], string> = {
  event_date: 'Event date',
  event_participants: 'Event participants',
  quote_speaker: 'Quote speaker',
  plan_author: 'Plan author',
  position: 'Stance',
};

export function Contradictions() {
  const found = useApi<Contradiction[]>('contradictions', ['claim', 'source', 'negotiation']);
  return (
    <div>
      <header className="page-header with-actions">
        <h1>Contradictions</h1>
        <a className="button" href={href('claims')}>
          Back to the claims
        </a>
      </header>
      <p className="lede">Claims from different sources that disagree. Rejected claims are left out.</p>
      {found.error ? <ErrorNote error={found.error} /> : null}
      {!found.data && !found.error ? <Loading what="contradictions" /> : null}
      {found.data?.length === 0 ? <p className="muted">No contradictions found.</p> : null}
      {(found.data ?? []).map((c) => (
        <section
          key={`${c.kind} ${c.a.source}:${c.a.claim.span[0]} ${c.b.source}:${c.b.claim.span[0]}`}
          className="panel contradiction"
          aria-label={c.reason}
        >
          <h2>
            <span className="badge kind-contradiction">{KIND_LABELS[c.kind]}</span> {c.reason}
          </h2>
          <div className="side-by-side">
            <Side side={c.a} />
            <Side side={c.b} />
          </div>
        </section>
      ))}
    </div>
  );
}

function Side({ side }: { side: ContradictionSide }) {
  const { sources } = useRoster();
  const source = sources.find((s) => s.id === side.source);
  return (
    <div className="contradiction-side">
      <h3>
        <a href={href('sources', side.source)}>
          {source ? `${source.outlet}: ${source.title}` : side.source}
        </a>
      </h3>
      {side.claim.speaker ? <p className="small">Speaker: {side.claim.speaker.name}</p> : null}
      <EvidenceSpan source={side.source} span={side.claim.span} />
    </div>
  );
}
