// Progress over time as a stacked area chart in plain SVG: agreed at the bottom, then
// contested, blocked and open, one step per date on which a stance changed.
import type { ProgressPoint } from '../../../src/contract/status.ts';

const LAYERS = ['agreed', 'contested', 'blocked', 'open'] as const;
const W = 960;
const H = 220;
const PAD = { left: 36, right: 12, top: 12, bottom: 28 };

function shortDate(iso: string): string {
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString(undefined, {
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  });
}

/** Stacked areas in steps, one slot per date, so a count holds until the date it changed. */
export function ProgressChart({ points }: { points: ProgressPoint[] }) {
  if (points.length === 0) return <p className="muted">No stances recorded on this draft yet.</p>;
  const total = Math.max(1, ...points.map((p) => p.total));
  // Point i holds from slot i to slot i + 1: the count stands until the next change.
  const x = (slot: number) => PAD.left + (slot / points.length) * (W - PAD.left - PAD.right);
  const y = (v: number) => H - PAD.bottom - (v / total) * (H - PAD.top - PAD.bottom);
  const steps = (value: (p: ProgressPoint) => number) =>
    points.flatMap((p, i) => [`${x(i)},${y(value(p))}`, `${x(i + 1)},${y(value(p))}`]);
  const areas = LAYERS.map((layer, li) => {
    const below = (p: ProgressPoint) => LAYERS.slice(0, li).reduce((sum, l) => sum + p[l], 0);
    const upper = steps((p) => below(p) + p[layer]);
    const lower = steps(below).reverse();
    return { layer, d: `M${upper.join('L')}L${lower.join('L')}Z` };
  });
  const last = points.at(-1)!;
  const ticks = [0, Math.round(total / 2), total];
  const labelEvery = Math.max(1, Math.ceil(points.length / 6));
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="progress-title progress-desc">
        <title id="progress-title">Consensus over time</title>
        <desc id="progress-desc">
          {`On ${last.date}: ${last.agreed} agreed, ${last.contested} contested, ${last.blocked} blocked, ${last.open} open of ${last.total} provisions.`}
        </desc>
        {ticks.map((t) => (
          <g key={t}>
            <line className="grid" x1={PAD.left} x2={W - PAD.right} y1={y(t)} y2={y(t)} />
            <text className="axis" x={PAD.left - 6} y={y(t) + 4} textAnchor="end">
              {t}
            </text>
          </g>
        ))}
        {areas.map((a) => (
          <path key={a.layer} d={a.d} className={`area area-${a.layer}`} />
        ))}
        {points.map((p, i) =>
          (i % labelEvery === 0 && points.length - 1 - i >= labelEvery / 2) || i === points.length - 1 ? (
            <text key={p.date} className="axis" x={x(i) + 2} y={H - 8} textAnchor="start">
              {shortDate(p.date)}
            </text>
          ) : null,
        )}
      </svg>
      <figcaption className="legend">
        {LAYERS.map((l) => (
          <span key={l}>
            <span className={`swatch area-${l}`} aria-hidden="true" /> {l} {last[l]}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
