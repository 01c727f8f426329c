// The Deal lab: a party's private profile over a draft's provisions (a delegate edits its
// own; the secretariat any party's), and — for the secretariat, who alone may read every
// profile — each rule's package against the text as drafted, the frontier, blockers and
// the fewest concessions, recomputed as the sliders move (a what-if, saved only on Save).
// A delegate sees the results the secretariat shared with its party.
import { useState } from 'react';
import { deals, profiles } from '../../../src/contract/deals.ts';
import { drafts as draftUseCases } from '../../../src/contract/drafts.ts';
import { useAbilities } from '../abilities.ts';
import { useRead } from '../api/queries.ts';
import { Options } from '../components/Options.tsx';
import { ErrorNote, Loading } from '../components/Status.tsx';
import { useRoster } from '../roster.tsx';
import { href, navigate } from '../router.ts';
import { useWho } from '../session.tsx';
import { LabResults } from './LabResults.tsx';
import { ProfileEditor } from './ProfileEditor.tsx';
import { bodyOf, type ProfileBody } from './profileEdit.ts';
import { useDebouncedValue } from './useDebouncedValue.ts';

export function DealLab({ draft, party: asked }: { draft?: string | undefined; party?: string | undefined }) {
  const who = useWho();
  const can = useAbilities();
  const { parties } = useRoster();
  const drafts = useRead(draftUseCases.list, {});
  const chosen = draft ?? drafts.data?.at(-1)?.id;
  const party = who.party ?? asked ?? parties[0]?.id;
  const options = useRead(deals.options, chosen ? { draft: chosen } : null);
  const stored = useRead(profiles.get, chosen && party ? { draft: chosen, party } : null);
  const storedProfile = stored.error ? undefined : stored.data;
  const scope = `${chosen}/${party}`;
  const [edits, setEdits] = useState<{ scope: string; body: ProfileBody }>();
  const body = edits?.scope === scope ? edits.body : bodyOf(storedProfile);
  // A slider dragged asks for one what-if once it rests (200 ms), not one per step.
  const whatIf = useDebouncedValue(
    edits?.scope === scope && party ? { [party]: edits.body } : undefined,
    200,
  );
  const lab = useRead(
    deals.lab,
    can.manage && chosen ? { draft: chosen, ...(whatIf ? { whatIf } : {}) } : null,
  );
  const shared = useRead(deals.shared, !can.manage && chosen ? { draft: chosen } : null);

  const go = (next: { draft?: string | undefined; party?: string | undefined }) =>
    navigate(href('deals', { draft: next.draft ?? chosen, party: next.party ?? party }), { replace: true });

  return (
    <div className="deal-lab">
      <header className="page-header">
        <h1>Deal lab</h1>
        <p className="lede">
          Each party's priorities over the draft's provisions stay private to it and the secretariat. The lab
          finds the packages that could close the deal, and what stands in the way.
        </p>
      </header>
      <div className="panel deal-pickers">
        <label>
          Draft{' '}
          <select value={chosen ?? ''} onChange={(e) => go({ draft: e.target.value })}>
            <Options items={drafts.data ?? []} label={(d) => d.label} />
          </select>
        </label>
        {who.party ? (
          <span>
            Party: <strong>{who.party}</strong>
          </span>
        ) : (
          <label>
            Party{' '}
            <select value={party ?? ''} onChange={(e) => go({ party: e.target.value })}>
              <Options items={parties} label={(p) => p.name} />
            </select>
          </label>
        )}
      </div>
      {options.error ? <ErrorNote error={options.error} /> : null}
      {!options.data && !options.error ? <Loading what="the provisions" /> : null}
      <div className="deal-columns">
        {options.data && chosen && party ? (
          <ProfileEditor
            key={scope}
            draft={chosen}
            party={party}
            issues={options.data}
            body={body}
            stored={storedProfile}
            onChange={(next) => setEdits({ scope, body: next })}
          />
        ) : null}
        {can.manage ? (
          <section className="panel deal-results" aria-labelledby="deal-results-h" aria-busy={lab.loading}>
            <h2 id="deal-results-h">Packages {whatIf ? '(what-if: unsaved changes)' : ''}</h2>
            {lab.error ? <ErrorNote error={lab.error} /> : null}
            {lab.data && chosen ? <LabResults lab={lab.data} /> : null}
          </section>
        ) : (
          <SharedResults shares={shared.data ?? []} party={who.party} />
        )}
      </div>
    </div>
  );
}

function SharedResults({
  shares,
  party,
}: {
  shares: {
    id: string;
    rule: string;
    package: Record<string, string>;
    utilities: Record<string, number>;
    note?: string | undefined;
    at: string;
  }[];
  party: string | undefined;
}) {
  return (
    <section className="panel" aria-labelledby="shared-h">
      <h2 id="shared-h">Shared with you</h2>
      {shares.length === 0 ? (
        <p className="muted">The secretariat has shared no package on this draft yet.</p>
      ) : null}
      {shares.map((s) => (
        <article key={s.id} className="deal-share">
          <h3>
            {s.rule} package, {s.at.slice(0, 10)}
          </h3>
          {s.note ? <p>{s.note}</p> : null}
          <p>
            Your utility: <strong>{party ? (s.utilities[party]?.toFixed(3) ?? '—') : '—'}</strong>
          </p>
          <ul>
            {Object.entries(s.package).map(([issue, option]) => (
              <li key={issue}>
                §{issue}: {option}
              </li>
            ))}
          </ul>
        </article>
      ))}
    </section>
  );
}
