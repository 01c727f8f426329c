import { describe, expect, it } from 'vitest';
import type { Event } from '../../src/contract/roster.ts';
import { AXIS_HEIGHT, LANE_LABEL_WIDTH, layoutTimeline } from '../../web/src/components/timelineLayout.ts';

const event = (id: string, kind: Event['kind'], date: string, endDate?: string): Event => ({
  id,
  kind,
  title: id,
  date,
  ...(endDate ? { endDate } : {}),
  status: 'held',
  participants: [],
  sources: [],
});

describe('timeline layout', () => {
  const events = [
    event('a', 'statement', '2025-11-20'),
    event('b', 'statement', '2025-11-20'),
    event('c', 'talks', '2025-11-23', '2025-11-25'),
    event('d', 'statement', '2025-11-30'),
  ];
  const layout = layoutTimeline(events, ['talks', 'statement', 'leak'], 1000);

  it('gives each kind with events a lane, in the order asked, below the axis', () => {
    expect(layout.lanes.map((l) => l.kind)).toEqual(['talks', 'statement']);
    expect(layout.lanes[0]?.y).toBe(AXIS_HEIGHT);
    expect(layout.lanes[1]?.y).toBe(AXIS_HEIGHT + (layout.lanes[0]?.height ?? 0));
  });

  it('stacks events of one lane on one day, so none hides another', () => {
    const [a, b] = ['a', 'b'].map((id) => layout.placed.find((p) => p.event.id === id)!);
    expect(a!.x).toBe(b!.x);
    expect(a!.y).not.toBe(b!.y);
    expect(layout.lanes[1]!.height).toBeGreaterThan(layout.lanes[0]!.height);
  });

  it('places dates in order on a linear axis right of the lane names, a span up to its end', () => {
    const x = (id: string) => layout.placed.find((p) => p.event.id === id)!;
    expect(x('a').x).toBeGreaterThan(LANE_LABEL_WIDTH);
    expect(x('c').x).toBeGreaterThan(x('a').x);
    expect(x('c').x2).toBeGreaterThan(x('c').x);
    // 3 days from a to c, 7 from a to d: proportional.
    expect((x('d').x - x('a').x) / (x('c').x - x('a').x)).toBeCloseTo(10 / 3, 5);
    expect(x('d').x).toBeLessThan(1000);
  });

  it('ticks every day over a few weeks, marking the first of a month', () => {
    expect(layout.ticks.length).toBeGreaterThan(10);
    expect(layout.ticks.find((t) => t.major)?.date).toBe('2025-12-01');
  });
});
