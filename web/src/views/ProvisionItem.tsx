// One provision in the reader: number, heading, text, topics and track on the left; the
// parties' stances on the right; the position form in place when editing.

import type { Amendment } from '../../../src/contract/amendments.ts';
import type { StatusRow } from '../../../src/contract/status.ts';
import type { Provision } from '../../../src/core/model.ts';
import { useAbilities } from '../abilities.ts';
import { MissingStance, StanceBadge, StateBadge } from '../components/Badges.tsx';
import { ProvisionName, shortText } from '../components/ProvisionName.tsx';
import { PositionForm } from '../forms/PositionForm.tsx';
import { useRoster } from '../roster.tsx';
import { href } from '../router.ts';
import { ProvisionAmendments } from './ProvisionAmendments.tsx';

interface Props {
  draft: string;
  provision: Provision;
  depth: number;
  row: StatusRow | undefined;
  /** A sub-item without stances of its own shares its parent's. */
  inherited: StatusRow | undefined;
  editing: boolean;
  onEdit(on: boolean): void;
  /** The amendments on it the reader may see; undefined while they load. */
  amendments: Amendment[] | undefined;
  /** Whether the draft still takes amendments (it is not final). */
  amendable: boolean;
}

export function ProvisionItem({
  draft,
  provision: p,
  depth,
  row,
  inherited,
  editing,
  onEdit,
  amendments,
  amendable,
}: Props) {
  const { tracks, parties } = useRoster();
  const can = useAbilities();
  const settable = parties.some((party) => can.setPositionFor(party.id));
  const track = p.track ? tracks.find((t) => t.id === p.track) : undefined;
  const others = row ? Object.keys(row.stances).filter((party) => !row.required.includes(party)) : [];
  const headingId = `p-${p.path}-h`;
  return (
    <li
      className={`provision depth-${Math.min(depth, 3)}`}
      id={`p-${p.path}`}
      tabIndex={-1}
      aria-labelledby={headingId}
    >
      <div className="provision-text">
        <h2 id={headingId} className={depth ? 'sub' : undefined}>
          <ProvisionName number={p.number} title={p.heading ?? shortText(p.text)} />
        </h2>
        <p>{p.text}</p>
        {p.topics.length || track ? (
          <p className="tags">
            {track ? (
              <a className="tag track" href={href('matrix', { draft, track: track.id })}>
                {track.name}
              </a>
            ) : null}
            {p.topics.map((t) => (
              <a key={t} className="tag" href={href('matrix', { draft, topic: t })}>
                {t}
              </a>
            ))}
          </p>
        ) : null}
        {amendments ? (
          <ProvisionAmendments draft={draft} provision={p} items={amendments} open={amendable} />
        ) : null}
      </div>
      <aside className="provision-stances" aria-label={`Positions on ${p.number}`}>
        {row ? (
          <>
            <p>
              <StateBadge state={row.state} />
            </p>
            <StanceList row={row} parties={row.required} />
            {others.length ? (
              <>
                <p className="muted small others">Also on record (agreement not required):</p>
                <StanceList row={row} parties={others} />
              </>
            ) : null}
          </>
        ) : inherited ? (
          <p className="muted small">Shares the stances on {inherited.number}.</p>
        ) : null}
        <p>
          <a href={href('history', draft, p.path)}>History</a>
          {settable ? (
            <>
              {' · '}
              <button type="button" className="link" aria-expanded={editing} onClick={() => onEdit(!editing)}>
                Set position
              </button>
            </>
          ) : null}
        </p>
      </aside>
      {editing && settable ? (
        <div className="provision-form">
          <PositionForm
            draft={draft}
            provision={p.path}
            required={row?.required ?? inherited?.required ?? []}
            onDone={() => onEdit(false)}
          />
        </div>
      ) : null}
    </li>
  );
}

/** Each party's stance, or a dot where a required party has not said where it stands. */
function StanceList({ row, parties }: { row: StatusRow; parties: string[] }) {
  const { partyName } = useRoster();
  return (
    <ul className="stance-list">
      {parties.map((party) => (
        <li key={party}>
          <a href={href('parties', party)}>{partyName(party)}</a>{' '}
          {row.stances[party] ? (
            <StanceBadge stance={row.stances[party]} carried={row.carriedOver.includes(party)} />
          ) : (
            <MissingStance />
          )}
        </li>
      ))}
    </ul>
  );
}
