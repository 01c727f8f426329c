import { describe, expect, it } from 'vitest';
import type { EventProfile } from '../../src/evidence/eventProfile.ts';
import { eventWeeks, NEXT_SLACK } from '../../src/evidence/eventWeeks.ts';
import { doc, eventPairs } from './linkedDocs.ts';

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
  byRecord: false,
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
  // Blocking must reach as far as the linker: "the next round" told for 2 and for 9 April is one.
  it('compares two dated meetings NEXT_SLACK days apart, whatever the weekday', () => {
    expect(NEXT_SLACK).toBeGreaterThan(0);
    for (let d = 1; d <= 7; d++) {
      const day = (n: number) => `2031-04-${String(n).padStart(2, '0')}`;
      const a = eventWeeks(profile({ days: [day(d), day(d)] }))!;
      const b = eventWeeks(profile({ days: [day(d + NEXT_SLACK), day(d + NEXT_SLACK)] }))!;
      expect(a.near.some((w) => b.own.includes(w))).toBe(true);
      expect(b.near.some((w) => a.own.includes(w))).toBe(true);
    }
  });

  it('links "the next round" told NEXT_SLACK days apart by two sources', () => {
    const day = 2 + NEXT_SLACK;
    const wire = doc(
      'wire',
      'SEOUL, March 26 (Yonhap) - The next round of talks between Arvenia and Torvania will be held in Osterby on 2 April, officials said.',
      'news',
      '2031-03-26',
    );
    const post = doc(
      'post',
      `Next round of Arvenia–Torvania talks in Osterby on ${day} April, the envoy said.`,
      'social',
      '2031-03-28',
    );
    expect(eventPairs([wire, post])).toContain('post-wire');
  });
});
