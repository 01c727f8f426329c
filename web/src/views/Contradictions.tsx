// Contradictions between sources: two counts of one thing, two dates, final and not final,
// two authors, two heads of a delegation, two renderings of a quotation, one quotation given
// to two people, a stance reported both ways; both passages side by side, in context.
import { type Contradiction, type ContradictionSide, evidence } from '../../../src/contract/evidence.ts';
import { useRead } from '../api/queries.ts';
import { EvidenceSpan } from '../components/EvidenceSpan.tsx';
import { ErrorNote, Loading } from '../components/Status.tsx';
import { useRoster } from '../roster.tsx';
import { href } from '../router.ts';

const KIND_LABELS: Record<Contradiction['kind'], string> = {
  number: 'Number',
  date: 'Date',
  status: 'Status',
  authorship: 'Author',
  participants: 'Participants',
  quote: 'Quote wording',
  attribution: 'Quote speaker',
  stance: 'Stance',
};

export function Contradictions() {
  const found = useRead(evidence.contradictions, {});
  return (
    <div>
      <header className="page-header with-actions">
        <h1>Contradictions</h1>
        <a className="button" href={href('claims')}>
          Back to the claims
        </a>
      </header>
      <p className="lede">
        Passages of different sources that cannot both be true. Rejected claims are left out.
      </p>
      {found.error ? <ErrorNote error={found.error} /> : null}
      {!found.data && !found.error ? <Loading what="contradictions" /> : null}
      {found.data?.length === 0 ? <p className="muted">No contradictions found.</p> : null}
      {(found.data ?? []).map((c) => (
        <section
          key={`${c.kind} ${c.a.source}:${c.a.span[0]} ${c.b.source}:${c.b.span[0]}`}
          className="panel contradiction"
          aria-label={c.reason}
        >
          <h2>
            <span className="badge kind-contradiction">{KIND_LABELS[c.kind]}</span> {c.reason}
          </h2>
          <div className="side-by-side">
            <Side side={c.a} also={c.alsoA} />
            <Side side={c.b} also={c.alsoB} />
          </div>
        </section>
      ))}
    </div>
  );
}

// One flag stands for a whole disagreement: the pair compared face to face, and under each
// side the other passages that say the same thing, so no source of either side is hidden.
function Side({ side, also = [] }: { side: ContradictionSide; also?: ContradictionSide[] }) {
  return (
    <div className="contradiction-side">
      <Passage side={side} heading="h3" />
      {also.length > 0 ? (
        <details className="also">
          <summary>
            Also said in {also.length} other {also.length === 1 ? 'passage' : 'passages'}
          </summary>
          {also.map((other) => (
            <Passage key={`${other.source}:${other.span[0]}`} side={other} heading="h4" />
          ))}
        </details>
      ) : null}
    </div>
  );
}

function Passage({ side, heading: Heading }: { side: ContradictionSide; heading: 'h3' | 'h4' }) {
  const { sources } = useRoster();
  const source = sources.find((s) => s.id === side.source);
  return (
    <>
      <Heading>
        <a href={href('sources', side.source)}>
          {source ? `${source.outlet}: ${source.title}` : side.source}
        </a>
      </Heading>
      {side.speaker ? <p className="small">Speaker: {side.speaker.name}</p> : null}
      <EvidenceSpan source={side.source} span={side.span} />
    </>
  );
}
