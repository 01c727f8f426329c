// The timeline drawn on a time axis: one lane per kind of event, a mark per event at its
// date (a bar to its end date), filled when it took place, hollow when planned, struck
// through when moved or cancelled. Each mark is a link to the event in the list below,
// with its date and title for keyboard and screen-reader users.
import { type RefObject, useEffect, useRef, useState } from 'react';
import type { Event } from '../../../src/contract/roster.ts';
import { formatDate } from './format.ts';
import { LANE_LABEL_WIDTH, layoutTimeline } from './timelineLayout.ts';

/** Narrower than this, the chart keeps its width and scrolls inside its box. */
const MIN_WIDTH = 1100;

function useWidth<T extends HTMLElement>(): [RefObject<T | null>, number] {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => setWidth(Math.floor(entry?.contentRect.width ?? 0)));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}

function monthLabel(iso: string): string {
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { month: 'short', timeZone: 'UTC' });
}

interface Props {
  events: readonly Event[];
  kinds: readonly string[];
  /** The link of an event's mark. */
  linkTo(event: Event): string;
  focus: string | undefined;
}

export function TimelineChart({ events, kinds, linkTo, focus }: Props) {
  const [box, available] = useWidth<HTMLDivElement>();
  const scroller = useRef<HTMLDivElement>(null);
  const width = Math.max(available, MIN_WIDTH);
  const layout = events.length && available ? layoutTimeline(events, kinds, width) : undefined;
  const drawn = Boolean(layout);
  // A narrow window opens on the latest events, where the talks are.
  useEffect(() => {
    const element = scroller.current;
    if (drawn && element) element.scrollLeft = element.scrollWidth;
  }, [drawn]);
  return (
    <div className="timeline-chart" ref={box}>
      {layout ? (
        <>
          {/* The lane names stay put while the plot scrolls sideways beside them. */}
          <svg width={LANE_LABEL_WIDTH} height={layout.height} className="timeline-lanes" aria-hidden="true">
            {layout.lanes.map((lane, i) => (
              <g key={lane.kind}>
                <rect
                  className={i % 2 ? 'lane-bg odd' : 'lane-bg'}
                  x={0}
                  y={lane.y}
                  width={LANE_LABEL_WIDTH}
                  height={lane.height}
                />
                <text className="lane-label" x={8} y={lane.y + lane.height / 2} dominantBaseline="middle">
                  {lane.kind}
                </text>
              </g>
            ))}
          </svg>
          {/* No tab stop of its own: tabbing to a mark scrolls it into view. */}
          <div className="timeline-scroll" ref={scroller}>
            <svg
              width={layout.width - LANE_LABEL_WIDTH}
              height={layout.height}
              aria-label={`${events.length} events from ${formatDate(events[0]!.date)} to ${formatDate(events.at(-1)!.date)}`}
            >
              <g transform={`translate(${-LANE_LABEL_WIDTH} 0)`}>
                {layout.lanes.map((lane, i) => (
                  <rect
                    key={lane.kind}
                    className={i % 2 ? 'lane-bg odd' : 'lane-bg'}
                    data-kind={lane.kind}
                    x={LANE_LABEL_WIDTH}
                    y={lane.y}
                    width={layout.width - LANE_LABEL_WIDTH}
                    height={lane.height}
                  />
                ))}
                <g className="axis">
                  {layout.ticks.map((t) => (
                    <g key={t.date}>
                      <line
                        className={t.major ? 'tick major' : 'tick'}
                        x1={t.x}
                        x2={t.x}
                        y1={t.major ? 4 : 18}
                        y2={layout.height}
                      />
                      {t.major ? (
                        <text
                          x={t.x + 3}
                          y={14}
                          className="tick-label major"
                          // A label that would run off the right edge ends at its tick instead.
                          textAnchor={t.x + 64 > layout.width ? 'end' : 'start'}
                          dx={t.x + 64 > layout.width ? -6 : 0}
                        >
                          {monthLabel(t.date)} {t.date.slice(0, 4)}
                        </text>
                      ) : null}
                      {t.date.endsWith('-01') ? null : (
                        <text x={t.x + 3} y={28} className="tick-label">
                          {Number(t.date.slice(8))}
                        </text>
                      )}
                    </g>
                  ))}
                  <line className="axis-line" x1={LANE_LABEL_WIDTH} x2={layout.width} y1={32} y2={32} />
                </g>
                {layout.placed.map(({ event, x, x2, y }) => {
                  const label = `${formatDate(event.date)}${event.endDate ? ` – ${formatDate(event.endDate)}` : ''}, ${event.kind}${event.status === 'held' ? '' : ` (${event.status})`}: ${event.title}`;
                  return (
                    <a
                      key={event.id}
                      href={linkTo(event)}
                      aria-label={label}
                      className={`mark status-${event.status}${event.id === focus ? ' focused' : ''}`}
                      data-event={event.id}
                    >
                      <title>{label}</title>
                      {x2 > x ? (
                        <rect className="span" x={x} y={y - 4} width={x2 - x} height={8} rx={4} />
                      ) : null}
                      <circle cx={x} cy={y} r={5.5} />
                      {event.status === 'moved' || event.status === 'cancelled' ? (
                        <line className="strike" x1={x - 7} x2={x + 7} y1={y + 7} y2={y - 7} />
                      ) : null}
                    </a>
                  );
                })}
              </g>
            </svg>
          </div>
        </>
      ) : null}
    </div>
  );
}

/** What the marks mean. */
export function TimelineLegend() {
  return (
    <ul className="legend timeline-legend" aria-label="Legend">
      <li>
        <svg width="14" height="14" aria-hidden="true" className="mark status-held">
          <circle cx="7" cy="7" r="5.5" />
        </svg>{' '}
        took place
      </li>
      <li>
        <svg width="14" height="14" aria-hidden="true" className="mark status-planned">
          <circle cx="7" cy="7" r="5.5" />
        </svg>{' '}
        planned
      </li>
      <li>
        <svg width="16" height="16" aria-hidden="true" className="mark status-moved">
          <circle cx="8" cy="8" r="5.5" />
          <line className="strike" x1="1" x2="15" y1="15" y2="1" />
        </svg>{' '}
        moved or cancelled
      </li>
      <li>
        <svg width="30" height="14" aria-hidden="true" className="mark status-held">
          <rect className="span" x="2" y="3" width="26" height="8" rx="4" />
        </svg>{' '}
        lasted several days
      </li>
      <li>One lane per kind of event; select a mark to read the event below.</li>
    </ul>
  );
}
