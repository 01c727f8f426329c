// The n-column table as documents: Markdown and HTML for reading (deleted words struck,
// inserted ones marked), CSV for a spreadsheet (one row per provision, a column per party).
// The Word version is in columnsDocx.ts.
import { escapeHtml } from '../compare/render/html.ts';
import type { ColumnRow, ColumnsTable } from '../contract/compose.ts';

type Runs = ColumnRow['amendments'][string][number]['redline'];

/** A column's heading and what it holds for a row. */
export interface Column {
  title: string;
  /** The cell's entries: each a redline (an amendment, the compromise) with a caption. */
  cell(row: ColumnRow): { caption?: string; runs: Runs }[];
}

const STATE: Record<string, string> = { taken_in_part: 'taken in part' };

/** Provision, base text, a column per party, then the compromise (staff). Throws nothing. */
export function columnsOf(table: ColumnsTable): Column[] {
  const parties: Column[] = table.parties.map((party) => ({
    title: party.name,
    cell: (row) =>
      (row.amendments[party.id] ?? []).map((a) => ({
        caption: `${a.kind}${a.state === 'proposed' ? '' : `, ${STATE[a.state] ?? a.state}`}${a.note ? ` — ${a.note}` : ''}`,
        runs: a.redline,
      })),
  }));
  const compromise: Column[] = table.composition
    ? [
        {
          title: 'Compromise',
          cell: (row) => {
            const c = row.compromise;
            if (!c) return [];
            const own = c.text === null ? [{ caption: 'dropped', runs: c.redline }] : [{ runs: c.redline }];
            return [
              ...own,
              ...c.added.map((a) => ({
                caption: `new ${a.number}`,
                runs: [{ kind: 'insert' as const, text: a.text }],
              })),
            ];
          },
        },
      ]
    : [];
  return [...parties, ...compromise];
}

const label = (row: ColumnRow) =>
  `${'  '.repeat(row.depth)}${row.number}${row.heading ? ` ${row.heading}` : ''}`;

function markdownRuns(runs: Runs): string {
  return runs
    .map((r) => {
      const text = r.text.replace(/\|/g, '\\|').replace(/\n/g, '<br>');
      if (!text.trim()) return text;
      if (r.kind === 'delete' || r.kind === 'move-from')
        return `~~${text.trim()}~~${text.endsWith(' ') ? ' ' : ''}`;
      if (r.kind === 'insert' || r.kind === 'move-to')
        return `**${text.trim()}**${text.endsWith(' ') ? ' ' : ''}`;
      return text;
    })
    .join('');
}

/** A Markdown table: ~~deleted~~, **inserted**. Throws nothing. */
export function columnsMarkdown(table: ColumnsTable): string {
  const columns = columnsOf(table);
  const head = ['Provision', 'Base text', ...columns.map((c) => c.title)];
  const lines = [
    `# ${table.draft.label} (${table.draft.id}, ${table.draft.date}) — ${table.rows.length} provisions`,
    '',
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
  ];
  for (const row of table.rows) {
    const cells = columns.map((c) =>
      c
        .cell(row)
        .map((e) => `${e.caption ? `*${e.caption}*: ` : ''}${markdownRuns(e.runs)}`)
        .join('<br><br>'),
    );
    lines.push(
      `| ${[label(row).trim(), row.text.replace(/\|/g, '\\|').replace(/\n/g, '<br>'), ...cells].join(' | ')} |`,
    );
  }
  return `${lines.join('\n')}\n`;
}

function htmlRuns(runs: Runs): string {
  return runs
    .map((r) => {
      const text = escapeHtml(r.text);
      if (r.kind === 'delete' || r.kind === 'move-from') return `<del>${text}</del>`;
      if (r.kind === 'insert' || r.kind === 'move-to') return `<ins>${text}</ins>`;
      return text;
    })
    .join('');
}

/** A standalone HTML page: sticky header row, landscape when printed. Throws nothing. */
export function columnsHtml(table: ColumnsTable): string {
  const columns = columnsOf(table);
  const title = escapeHtml(`${table.draft.label} — columns`);
  const head = ['Provision', 'Base text', ...columns.map((c) => c.title)].map(
    (t) => `<th>${escapeHtml(t)}</th>`,
  );
  const body = table.rows.map((row) => {
    const cells = columns.map(
      (c) =>
        `<td>${c
          .cell(row)
          .map((e) => `<p>${e.caption ? `<em>${escapeHtml(e.caption)}</em>: ` : ''}${htmlRuns(e.runs)}</p>`)
          .join('')}</td>`,
    );
    return `<tr id="p-${escapeHtml(row.path)}"><th scope="row">${escapeHtml(label(row).trim())}</th><td>${escapeHtml(row.text)}</td>${cells.join('')}</tr>`;
  });
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<style>
body{font:14px/1.4 system-ui,sans-serif;margin:1rem}
table{border-collapse:collapse;width:100%}
th,td{border:1px solid #bbb;padding:.4rem;vertical-align:top;text-align:left}
thead th{position:sticky;top:0;background:#eef}
del{color:#a00}ins{color:#060;text-decoration:underline}
@media print{@page{size:landscape}thead{display:table-header-group}tr{break-inside:avoid}}
</style></head><body>
<h1>${escapeHtml(table.draft.label)} <small>(${escapeHtml(table.draft.id)}, ${escapeHtml(table.draft.date)})</small></h1>
<table><thead><tr>${head.join('')}</tr></thead><tbody>
${body.join('\n')}
</tbody></table></body></html>
`;
}

const csvField = (value: string) => (/[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** The text a redline reads as once applied (deleted words gone). */
const resulting = (runs: Runs) =>
  runs
    .filter((r) => r.kind !== 'delete' && r.kind !== 'move-from')
    .map((r) => r.text)
    .join('');

/** CSV, one row per provision: each party's amendments as the text they propose. Throws nothing. */
export function columnsCsv(table: ColumnsTable): string {
  const columns = columnsOf(table);
  const lines = [['path', 'number', 'base', ...columns.map((c) => c.title)]];
  for (const row of table.rows) {
    lines.push([
      row.path,
      row.number,
      row.text,
      ...columns.map((c) =>
        c
          .cell(row)
          .map((e) => `${e.caption ? `(${e.caption}) ` : ''}${resulting(e.runs)}`)
          .join('\n'),
      ),
    ]);
  }
  return `${lines.map((l) => l.map(csvField).join(',')).join('\r\n')}\r\n`;
}
