// Dates as people read them ("23 Nov 2025"), always in UTC so a calendar date never
// shifts with the reader's zone.

export function formatDate(iso: string, options: { weekday?: boolean } = {}): string {
  const date = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
    ...(options.weekday ? { weekday: 'short' } : {}),
  });
}

/** Today's date as `YYYY-MM-DD` in UTC, the default for "as of" fields. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}
