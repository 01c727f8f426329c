// Row ↔ domain helpers shared by the repositories: the database says NULL where the
// domain leaves an optional field out.

/** Drops null and undefined fields so a row reads back as the domain object it came from. */
export function compact<T extends Record<string, unknown>>(row: T): { [K in keyof T]: Exclude<T[K], null> } {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) if (value !== null && value !== undefined) out[key] = value;
  return out as { [K in keyof T]: Exclude<T[K], null> };
}

/** Undefined → null for optional columns. */
export function nullable<T>(value: T | undefined): T | null {
  return value === undefined ? null : value;
}
