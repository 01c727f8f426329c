// One source: what it is, where it came from, the events and stances that cite it, and
// its (cleaned) text.
import { evidence } from '../../../src/contract/evidence.ts';
import { positions as positionCases } from '../../../src/contract/positions.ts';
import { roster } from '../../../src/contract/roster.ts';
import { useRead } from '../api/queries.ts';
import { StanceBadge } from '../components/Badges.tsx';
import { EventItem } from '../components/EventItem.tsx';
import { formatDate } from '../components/format.ts';
import { ProvisionLink } from '../components/ProvisionName.tsx';
import { ErrorNote, Loading } from '../components/Status.tsx';
import { useRoster } from '../roster.tsx';
import { href } from '../router.ts';

export function SourcePage({ id }: { id: string }) {
  const found = useRead(evidence.source, { source: id });
  const events = useRead(roster.listEvents, {});
  const positions = useRead(positionCases.list, {});
  const { partyName } = useRoster();
  // A source the reader may not see answers like one that does not exist.
  if (found.error && found.error.code !== 'not_found') return <ErrorNote error={found.error} />;
  if (!found.data && !found.error) return <Loading what="the source" />;
  const source = found.data?.id === id ? found.data : undefined;
  if (!source)
    return (
      <p>
        No source ‘{id}’. <a href={href('sources')}>All sources</a>
      </p>
    );
  const citing = (events.data ?? []).filter((e) => e.sources.includes(id));
  const stances = (positions.data ?? []).filter((p) => p.source === id);
  const text = source.cleanText ?? source.rawText;
  return (
    <div>
      <header className="page-header">
        <p className="eyebrow">
          Source · {source.kind} · reliability {source.reliability}
        </p>
        <h1>{source.title}</h1>
        <dl className="facts">
          <dt>Outlet</dt>
          <dd>{source.outlet}</dd>
          <dt>Date</dt>
          <dd>{formatDate(source.date)}</dd>
          {source.author ? (
            <>
              <dt>Author</dt>
              <dd>{source.author}</dd>
            </>
          ) : null}
          {source.url ? (
            <>
              <dt>Address</dt>
              <dd>
                <a href={source.url} rel="noreferrer noopener" target="_blank">
                  {source.url}
                </a>
              </dd>
            </>
          ) : null}
        </dl>
      </header>
      <div className="columns">
        <section className="panel" aria-labelledby="src-stances">
          <h2 id="src-stances">Stances it reports</h2>
          {stances.length === 0 ? <p className="muted">None.</p> : null}
          <ul className="plain">
            {stances.map((p) => (
              <li key={p.id}>
                {partyName(p.party)} <StanceBadge stance={p.stance} />{' '}
                <ProvisionLink draft={p.draft} path={p.provision} withDraft />
              </li>
            ))}
          </ul>
        </section>
        <section className="panel" aria-labelledby="src-events">
          <h2 id="src-events">Events it reports</h2>
          {citing.length === 0 ? <p className="muted">None.</p> : null}
          {citing.map((e) => (
            <EventItem key={e.id} event={e} />
          ))}
        </section>
      </div>
      {text ? (
        <section aria-labelledby="src-text">
          <h2 id="src-text">Text</h2>
          <div className="source-text">{text}</div>
        </section>
      ) : null}
    </div>
  );
}
