// The Pareto frontier of two parties' utilities (SVG): each frontier package a dot, joined
// in order along the x axis; each rule's package and the text as drafted marked and named.
// Other parties act as filters: a frontier package is drawn only if it gives each of them
// at least the minimum their slider sets.

export interface PlotPoint {
  key: string;
  /** The mark's name in the legend, and its short tag on the plot ("N" for Nash). */
  label?: string;
  tag?: string;
  utilities: Record<string, number>;
}

interface Props {
  x: string;
  y: string;
  frontier: PlotPoint[];
  marks: PlotPoint[];
  minimums: Record<string, number>;
}

const W = 360;
const H = 300;
const PAD = 40;

export function FrontierPlot({ x, y, frontier, marks, minimums }: Props) {
  const passes = (p: PlotPoint) =>
    Object.entries(minimums).every(([party, min]) => (p.utilities[party] ?? 0) >= min);
  const shown = frontier.filter(passes).sort((a, b) => (a.utilities[x] ?? 0) - (b.utilities[x] ?? 0));
  const all = [...shown, ...marks];
  const max = Math.max(1, ...all.flatMap((p) => [p.utilities[x] ?? 0, p.utilities[y] ?? 0]));
  const sx = (u: number) => PAD + (u / max) * (W - PAD - 10);
  const sy = (u: number) => H - PAD - (u / max) * (H - PAD - 10);
  const at = (p: PlotPoint) => [sx(p.utilities[x] ?? 0), sy(p.utilities[y] ?? 0)] as const;
  return (
    <figure className="deal-plot">
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={`Pareto frontier: ${x} across, ${y} up; ${shown.length} packages shown`}
      >
        <line x1={PAD} y1={H - PAD} x2={W - 10} y2={H - PAD} className="axis" />
        <line x1={PAD} y1={10} x2={PAD} y2={H - PAD} className="axis" />
        <text x={W - 10} y={H - 12} textAnchor="end">
          {x} →
        </text>
        <text x={PAD + 6} y={16}>
          ↑ {y}
        </text>
        {[0, 0.5, 1].map((t) => (
          <g key={t}>
            <text x={sx(t * max)} y={H - PAD + 14} textAnchor="middle" className="tick">
              {round(t * max)}
            </text>
            <text x={PAD - 4} y={sy(t * max) + 4} textAnchor="end" className="tick">
              {round(t * max)}
            </text>
          </g>
        ))}
        {shown.length > 1 ? (
          <polyline className="frontier" points={shown.map((p) => at(p).join(',')).join(' ')} />
        ) : null}
        {shown.map((p) => {
          const [cx, cy] = at(p);
          return (
            <circle key={p.key} cx={cx} cy={cy} r={4} className="frontier-point">
              <title>{`${x} ${round(p.utilities[x] ?? 0)}, ${y} ${round(p.utilities[y] ?? 0)}`}</title>
            </circle>
          );
        })}
        {marks.map((p) => {
          const [cx, cy] = at(p);
          // Marks on one spot share one label ("D·W"), written once by the first of them.
          const spot = (q: PlotPoint) =>
            at(q)
              .map((v) => Math.round(v))
              .join(',');
          const together = marks.filter((q) => spot(q) === spot(p));
          return (
            <g key={p.key} className={`mark mark-${p.key}`}>
              <rect x={cx - 4} y={cy - 4} width={8} height={8} />
              {together[0] === p ? (
                <text x={cx + 7} y={cy - 6}>
                  {together.map((q) => q.tag ?? q.key).join('·')}
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
      <figcaption className="muted">
        Dots: packages no other package beats for every party. Squares:{' '}
        {marks
          .map(
            (p) =>
              `${p.tag ?? p.key} ${p.label ?? ''} (${round(p.utilities[x] ?? 0)}, ${round(p.utilities[y] ?? 0)})`,
          )
          .join('; ')}
        .
      </figcaption>
    </figure>
  );
}

const round = (n: number) => Math.round(n * 100) / 100;
