// The stance matrix's filters: which draft, which track and topic, and the "as of" slider
// over the dates on which a stance changed (its last stop is now: every stance, however dated).
import type { ReactNode } from 'react';
import type { DraftHeader } from '../../../src/contract/drafts.ts';
import type { Track } from '../../../src/contract/roster.ts';
import { formatDate } from '../components/format.ts';
import { Options } from '../components/Options.tsx';

export interface MatrixView {
  draft: string | undefined;
  track: string | undefined;
  topic: string | undefined;
  asOf: string | undefined;
}

interface Props {
  view: MatrixView;
  /** The draft shown: the one asked for, or the latest. */
  draft: string | undefined;
  drafts: DraftHeader[];
  tracks: Track[];
  topics: string[];
  /** The dates on which a stance changed, oldest first. */
  dates: string[];
  onChange(change: Partial<MatrixView>): void;
}

export function MatrixFilters({ view, draft, drafts, tracks, topics, dates, onChange }: Props) {
  const index = view.asOf ? Math.max(0, dates.indexOf(view.asOf)) : dates.length;
  return (
    <form className="filters" onSubmit={(e) => e.preventDefault()} aria-label="Matrix filters">
      <div className="field">
        <label htmlFor="m-draft">Draft</label>
        <select
          id="m-draft"
          value={draft ?? ''}
          onChange={(e) => onChange({ draft: e.target.value, asOf: undefined })}
        >
          <Options items={drafts} label={(d) => d.label} />
        </select>
      </div>
      <NarrowingField
        id="m-track"
        label="Track"
        all="All provisions"
        value={view.track}
        onPick={(track) => onChange({ track })}
      >
        <Options items={tracks} label={(t) => t.name} />
      </NarrowingField>
      <NarrowingField
        id="m-topic"
        label="Topic"
        all="All topics"
        value={view.topic}
        onPick={(topic) => onChange({ topic })}
      >
        <Options items={topics.map((t) => ({ id: t }))} label={(t) => t.id} />
      </NarrowingField>
      {dates.length ? (
        <div className="field slider">
          <label htmlFor="m-asof">
            As of: <strong>{view.asOf ? formatDate(view.asOf) : 'now (all stances)'}</strong>
          </label>
          <input
            id="m-asof"
            type="range"
            min={0}
            max={dates.length}
            step={1}
            value={index}
            aria-valuetext={view.asOf ? formatDate(view.asOf) : 'now'}
            onChange={(e) => onChange({ asOf: dates[Number(e.target.value)] })}
          />
          <span className="muted small">
            {formatDate(dates[0]!)} → now, {dates.length} dates on which a stance changed
          </span>
        </div>
      ) : null}
    </form>
  );
}

/** A filter that narrows the matrix to one value, or none (its first choice: `all`). */
function NarrowingField(props: {
  id: string;
  label: string;
  all: string;
  value: string | undefined;
  onPick(value: string | undefined): void;
  children: ReactNode;
}) {
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <select
        id={props.id}
        value={props.value ?? ''}
        onChange={(e) => props.onPick(e.target.value || undefined)}
      >
        <option value="">{props.all}</option>
        {props.children}
      </select>
    </div>
  );
}
