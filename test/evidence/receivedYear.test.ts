// A document with no day of its own still writes days in full but for the year: those are
// read in the year it was received, and days told from the unknown day of writing stay unread.
// Texts invented for the test.
import { describe, expect, it } from 'vitest';
import { findEventDates } from '../../src/evidence/dates.ts';
import { processDocument } from '../../src/evidence/process.ts';
import { inReceivedYear, writesMonthDay } from '../../src/evidence/receivedYear.ts';
import type { SuggestedClaim } from '../../src/evidence/types.ts';
import { roster } from './roster.ts';

type Event = Extract<SuggestedClaim, { kind: 'event' }>;
const eventDays = (text: string, received?: string) =>
  processDocument(new TextEncoder().encode(text), 'wire.txt', { roster, ...(received ? { received } : {}) })
    .claims.filter((c): c is Event => c.kind === 'event')
    .map((e) => e.data.date ?? null);

describe('days of an undated document, read in the year it was received', () => {
  const story =
    'Harbour town (agency) - The accord is to be signed in Pellmoor on October 3, an official said.';

  it('dates a month and day in the year of receipt', () => {
    expect(eventDays(story, '2034-10-20')).toEqual(['2034-10-03']);
    expect(eventDays(story)).toEqual([null]);
  });

  it('takes last year for a day that would fall months after receipt', () => {
    expect(eventDays(story, '2035-02-11')).toEqual(['2034-10-03']);
    expect(inReceivedYear(new Date(2000, 11, 28, 12), '2035-01-05').getFullYear()).toBe(2034);
    expect(inReceivedYear(new Date(2000, 1, 20, 12), '2035-01-05').getFullYear()).toBe(2035);
  });

  it('leaves a weekday or a counted day unread: they count from the unknown day of writing', () => {
    expect(
      findEventDates('The envoys met on Thursday in Pellmoor.', undefined, undefined, [], '2034-10-20'),
    ).toEqual([]);
    expect(writesMonthDay('Thursday, October 3')).toBe(true);
    expect(writesMonthDay('next October 3')).toBe(false);
    expect(writesMonthDay('next week')).toBe(false);
    expect(writesMonthDay('3 October')).toBe(true);
    expect(writesMonthDay('October 3, 2034')).toBe(false);
  });

  it('takes a day of receipt only as a real calendar day written YYYY-MM-DD', () => {
    for (const bad of ['last week', '2034-13-02', '2034-02-30', '20/10/2034', '2034-10-20T09:00'])
      expect(eventDays(story, bad)).toEqual([null]);
    expect(findEventDates('They meet on October 3 in Pellmoor.', undefined, undefined, [], 'soon')).toEqual(
      [],
    );
    expect(eventDays(story, '2034-02-28')).toEqual(['2033-10-03']);
  });
});
