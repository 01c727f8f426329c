// Stance and consensus badges: always a word, colour only as a second cue, so they read
// in greyscale and to screen readers alike.
import type { ConsensusState } from '../../../src/contract/status.ts';
import type { Stance } from '../../../src/core/model.ts';
import { STANCE_LABELS } from './stances.ts';

export function StanceBadge({ stance, carried }: { stance: Stance; carried?: boolean }) {
  return (
    <span
      className={`badge stance-${stance}`}
      title={carried ? 'given on an earlier draft, carried over by lineage' : undefined}
    >
      {STANCE_LABELS[stance]}
      {carried ? (
        <>
          <span aria-hidden="true">*</span>
          <span className="visually-hidden"> (carried over from an earlier draft)</span>
        </>
      ) : null}
    </span>
  );
}

export function StateBadge({ state }: { state: ConsensusState }) {
  return <span className={`badge state-${state}`}>{state}</span>;
}

/**
 * A party that must agree has not said where it stands: a visible outlined cell with the
 * words, so it never reads as punctuation or as an empty cell.
 */
export function MissingStance() {
  return (
    <span className="badge stance-missing" title="This party must agree but has not given its stance yet">
      no answer yet
    </span>
  );
}
