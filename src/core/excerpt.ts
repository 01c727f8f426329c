// A provision's short name for tables: its heading, or the start of its text.

/** The heading, else the first sentence, cut to `max` characters. */
export function excerpt(heading: string | undefined, text: string, max = 60): string {
  const source = heading?.trim() || text.trim().split(/(?<=[.;:])\s/)[0] || '';
  const flat = source.replace(/\s+/g, ' ').replace(/[.;:]$/, '');
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
}
