import { describe, expect, it } from 'vitest';
import type { EventProfile } from '../../src/evidence/eventProfile.ts';
import { eventWeeks } from '../../src/evidence/eventWeeks.ts';

const profile = (over: Partial<EventProfile>): EventProfile => ({
  cls: 'meeting',
  coarse: false,
  planned: false,
  who: new Set(),
  form: new Set(),
  part: new Set(),
  places: new Set(),
  buildings: new Set(),
  ownDate: true,
  persons: new Set(),
  named: new Set(),
  unlisted: [],
  titled: new Set(),
  next: false,
  ...over,
});

describe('the weeks an event is compared across', () => {
  it('gives a dated meeting its own week and the weeks a few days either side', () => {
    const weeks = eventWeeks(profile({ days: ['2031-03-05', '2031-03-05'] }))!;
    expect(weeks.own).toHaveLength(1);
    expect(weeks.near.length).toBeGreaterThanOrEqual(3);
    expect(weeks.near).toContain(weeks.own[0]);
  });

  it('meets a meeting a week off but not one a month off', () => {
    const a = eventWeeks(profile({ days: ['2031-03-05', '2031-03-05'] }))!;
    const week = eventWeeks(profile({ days: ['2031-03-12', '2031-03-12'] }))!;
    const month = eventWeeks(profile({ days: ['2031-04-05', '2031-04-05'] }))!;
    expect(a.near.some((w) => week.own.includes(w))).toBe(true);
    expect(a.near.some((w) => month.own.includes(w))).toBe(false);
  });

  it('bounds no undated event, deadline or signing by its weeks: a move may take them weeks off', () => {
    expect(eventWeeks(profile({}))).toBeUndefined();
    expect(eventWeeks(profile({ cls: 'deadline', days: ['2031-03-05', '2031-03-05'] }))).toBeUndefined();
    expect(eventWeeks(profile({ level: 'signing', days: ['2031-03-05', '2031-03-05'] }))).toBeUndefined();
  });
});
