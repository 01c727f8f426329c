// What a stale edit shows: the stance someone else recorded meanwhile beside the one the
// user meant to save, and the two ways on: save mine on top of theirs, or keep theirs.
import type { Position } from '../../../src/contract/positions.ts';
import type { Stance } from '../../../src/core/model.ts';
import { StanceBadge } from '../components/Badges.tsx';
import { formatDate } from '../components/format.ts';
import { STANCE_LABELS } from '../components/stances.ts';

interface Props {
  current: Position | null;
  mine: Stance;
  busy: boolean;
  onRetry(): void;
  onDiscard(): void;
}

export function ConflictNote({ current, mine, busy, onRetry, onDiscard }: Props) {
  return (
    <div className="conflict" role="alert">
      <h4>This stance changed while you were editing</h4>
      {current ? (
        <p>
          Now recorded: <StanceBadge stance={current.stance} /> as of {formatDate(current.asOf)}
          {current.wording ? <> — “{current.wording}”</> : null}
          {current.note ? <> ({current.note})</> : null}, saved{' '}
          {new Date(current.recordedAt).toLocaleString()}.
        </p>
      ) : (
        <p>The stance you saw has been withdrawn; none is recorded now.</p>
      )}
      <p>
        Yours: <StanceBadge stance={mine} />. Saving it now records it on top of the current one (
        {STANCE_LABELS[mine]} supersedes {current ? STANCE_LABELS[current.stance] : 'nothing'}).
      </p>
      <div className="actions">
        <button type="button" className="primary" onClick={onRetry} disabled={busy}>
          Save mine on top of it
        </button>
        <button type="button" onClick={onDiscard} disabled={busy}>
          Keep the current stance
        </button>
      </div>
    </div>
  );
}
