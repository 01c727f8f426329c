// Where each event sits on the timeline chart (pure): x from its date on a linear day
// axis, one lane per kind, events of one lane on one day stacked so none hides another.
import type { Event } from '../../../src/contract/roster.ts';

const DAY = 86_400_000;
export const LANE_LABEL_WIDTH = 96;
export const AXIS_HEIGHT = 34;
export const ROW_HEIGHT = 16;
const LANE_PADDING = 10;
const RIGHT_MARGIN = 16;

export interface PlacedEvent {
  event: Event;
  x: number;
  /** The right end of a multi-day event (its end date), else `x`. */
  x2: number;
  y: number;
}

export interface Lane {
  kind: string;
  y: number;
  height: number;
}

export interface Tick {
  x: number;
  date: string;
  /** Labelled with its month: the first of a month, or the first tick when none is. */
  major: boolean;
}

export interface TimelineLayout {
  width: number;
  height: number;
  lanes: Lane[];
  placed: PlacedEvent[];
  ticks: Tick[];
}

const dayOf = (iso: string) => Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);
const isoOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Lays `events` out over `width` pixels, lanes in the order of `kinds`. */
export function layoutTimeline(
  events: readonly Event[],
  kinds: readonly string[],
  width: number,
): TimelineLayout {
  const days = events.flatMap((e) => [dayOf(e.date), dayOf(e.endDate ?? e.date)]);
  // A day of margin either side, so the first and last marks are not cut in half.
  const first = Math.min(...days) - DAY;
  const last = Math.max(...days) + DAY;
  const span = Math.max(last - first, DAY);
  const plot = width - LANE_LABEL_WIDTH - RIGHT_MARGIN;
  const xOf = (iso: string) => LANE_LABEL_WIDTH + ((dayOf(iso) - first) / span) * plot;

  const lanes: Lane[] = [];
  const placed: PlacedEvent[] = [];
  let y = AXIS_HEIGHT;
  for (const kind of kinds) {
    const mine = events.filter((e) => e.kind === kind);
    if (mine.length === 0) continue;
    const stacked = new Map<string, number>();
    for (const event of mine) {
      const level = stacked.get(event.date) ?? 0;
      stacked.set(event.date, level + 1);
      placed.push({
        event,
        x: xOf(event.date),
        x2: xOf(event.endDate ?? event.date),
        y: y + LANE_PADDING + ROW_HEIGHT / 2 + level * ROW_HEIGHT,
      });
    }
    const height = LANE_PADDING * 2 + Math.max(...stacked.values()) * ROW_HEIGHT;
    lanes.push({ kind, y, height });
    y += height;
  }

  // Daily ticks over a few weeks, weekly (Mondays) over a few months, else monthly.
  const ticks: Tick[] = [];
  const daily = span / DAY <= 45;
  const weekly = span / DAY <= 120;
  for (let t = first; t <= last; t += DAY) {
    const d = new Date(t);
    const major = d.getUTCDate() === 1;
    if (major || daily || (weekly && d.getUTCDay() === 1))
      ticks.push({ x: xOf(isoOf(t)), date: isoOf(t), major });
  }
  // A period inside one month still says which month it is, at its first tick.
  if (ticks[0] && !ticks.some((t) => t.major)) ticks[0] = { ...ticks[0], major: true };
  return { width, height: y + 4, lanes, placed, ticks };
}
