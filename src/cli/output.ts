// Printing listings: a table for people, `--json` for scripts.
import type { Io } from './io.ts';
import { renderTable } from './table.ts';

export function printJson(io: Io, value: unknown): void {
  io.out(`${JSON.stringify(value, null, 2)}\n`);
}

/** Prints items as JSON or as a table of the given columns; says so when there are none. */
export function printList<T>(
  io: Io,
  items: T[],
  json: boolean | undefined,
  columns: [header: string, cell: (item: T) => string | undefined][],
  empty: string,
): void {
  if (json) printJson(io, items);
  else if (items.length === 0) io.out(`${empty}\n`);
  else
    io.out(
      `${renderTable(
        columns.map(([h]) => h),
        items.map((item) => columns.map(([, cell]) => cell(item) ?? '')),
      )}\n`,
    );
}

/** Splits a comma-separated option ("Kyiv,Kiev") into trimmed values. */
export function list(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}
