// Plain-text tables for the terminal: padded columns, optional colour per cell.
const ANSI = /\u001b\[[0-9;]*m/g;

export const paint = {
  green: (s: string) => `\u001b[32m${s}\u001b[0m`,
  yellow: (s: string) => `\u001b[33m${s}\u001b[0m`,
  red: (s: string) => `\u001b[31m${s}\u001b[0m`,
  dim: (s: string) => `\u001b[2m${s}\u001b[0m`,
  bold: (s: string) => `\u001b[1m${s}\u001b[0m`,
};

function visibleLength(text: string): number {
  return [...text.replace(ANSI, '')].length;
}

/** Renders rows under headers; cells wider than `maxWidth` are cut with an ellipsis. */
export function renderTable(headers: string[], rows: string[][], maxWidth = 48): string {
  const clip = (cell: string) =>
    visibleLength(cell) > maxWidth && !cell.includes('\u001b[')
      ? `${[...cell].slice(0, maxWidth - 1).join('')}…`
      : cell;
  const body = rows.map((row) => row.map(clip));
  const widths = headers.map((h, i) =>
    Math.max(visibleLength(h), ...body.map((r) => visibleLength(r[i] ?? ''))),
  );
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c + ' '.repeat(widths[i]! - visibleLength(c))))
      .join('  ')
      .trimEnd();
  return [line(headers), line(widths.map((w) => '─'.repeat(w))), ...body.map(line)].join('\n');
}
