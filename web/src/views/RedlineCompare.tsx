// The engine's comparison side by side: one row per aligned pair in the newer draft's
// reading order, deletions struck through on the left and insertions marked on the right.

import type { CompareResult } from '../../../src/compare/compare.ts';
import { labels, type Row, rewordedNote, rowsOf, userNote } from '../../../src/compare/render/rows.ts';
import type { RedlineSegment } from '../../../src/compare/types.ts';
import { PairingControl, type PairingTarget } from './PairingControl.tsx';

function Side({ segments, side }: { segments: RedlineSegment[]; side: 'from' | 'to' }) {
  return (
    <span className="redline">
      {segments.map((s, i) => {
        const key = `${i}-${s.kind}`;
        if (s.kind === 'equal') return <span key={key}>{s.text}</span>;
        if (side === 'from' && (s.kind === 'delete' || s.kind === 'move-from'))
          return <del key={key}>{s.text}</del>;
        if (side === 'to' && (s.kind === 'insert' || s.kind === 'move-to'))
          return <ins key={key}>{s.text}</ins>;
        return null;
      })}
    </span>
  );
}

/** A pairing a user stated (lineage confirmed or overridden): it wins over the engine's. */
function UserBadge({ row }: { row: Row }) {
  if (!row.user) return null;
  return (
    <span
      className={`badge pairing-${row.user}`}
      title={
        row.user === 'confirmed'
          ? 'a user confirmed this pairing, which the engine also found'
          : "a user set this pairing; it replaces the engine's"
      }
    >
      {userNote(row)}
    </span>
  );
}

/** Why the engine paired provisions that share few words, so the secretariat can confirm or undo it. */
function Evidence({ row }: { row: Row }) {
  const e = row.evidence;
  if (!e) return null;
  return (
    <div className="evidence">
      <span className="badge">confidence {(row.confidence ?? 0).toFixed(2)}</span>{' '}
      {e.meanings.length > 0 ? <span>same meaning: {e.meanings.join('; ')}. </span> : null}
      {e.words.length > 0 ? <span>Same words: {e.words.join(', ')}. </span> : null}
      {e.structure.length > 0 ? <span>Place: {e.structure.join('; ')}.</span> : null}
    </div>
  );
}

/** `pairing`: set when the user may state pairings between these two drafts (parent → child). */
export function RedlineCompare({
  result,
  pairing,
}: {
  result: CompareResult;
  pairing?: PairingTarget | undefined;
}) {
  const seen = new Map<string, number>();
  const rows = rowsOf(result).map((row) => {
    const base = `${row.kind}:${labels(row.from)}>${labels(row.to)}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return { ...row, key: n > 1 ? `${base}#${n}` : base };
  });
  const s = result.summary;
  return (
    <>
      <p className="muted">
        {s.kept} kept · {rewordedNote(s, ' · ')} · {s.moved} moved · {s.merged} merged · {s.split} split ·{' '}
        {s.added} added · {s.deleted} deleted. Open brackets: {result.brackets.from.brackets} →{' '}
        {result.brackets.to.brackets}.
      </p>
      <div className="table-wrap">
        <table className="compare">
          <thead>
            <tr>
              <th scope="col">Older</th>
              <th scope="col">Newer</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key} className={`kind-${r.kind}`}>
                <td style={{ paddingLeft: `${0.75 + r.depth * 1.25}rem` }}>
                  {r.from.length ? (
                    <>
                      <strong className="num">{labels(r.from)}</strong>{' '}
                      <span className="pair-kind">{r.kind}</span>
                      <div>
                        {r.segments ? (
                          <Side segments={r.segments} side="from" />
                        ) : (
                          <del>
                            {r.from.map((v) => [v.heading, v.text].filter(Boolean).join(' ')).join(' ')}
                          </del>
                        )}
                      </div>
                    </>
                  ) : null}
                </td>
                <td style={{ paddingLeft: `${0.75 + r.depth * 1.25}rem` }}>
                  {r.to.length ? (
                    <>
                      <strong className="num">{labels(r.to)}</strong>{' '}
                      <span className="pair-kind">{r.kind}</span> <UserBadge row={r} />{' '}
                      {pairing ? (
                        <PairingControl
                          target={pairing}
                          from={r.from}
                          to={r.to}
                          user={r.user}
                          undoable={r.evidence !== undefined}
                        />
                      ) : null}
                      <Evidence row={r} />
                      <div>
                        {r.segments ? (
                          <Side segments={r.segments} side="to" />
                        ) : (
                          <ins>
                            {r.to.map((v) => [v.heading, v.text].filter(Boolean).join(' ')).join(' ')}
                          </ins>
                        )}
                      </div>
                    </>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
