// The n-column table as a Word document: one real table on landscape pages, its header row
// repeated on every page, deleted words struck through in red and inserted ones underlined.
import {
  Document,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { ColumnRow, ColumnsTable } from '../contract/compose.ts';
import { columnsOf } from './columns.ts';

type Runs = ColumnRow['amendments'][string][number]['redline'];

function textRuns(runs: Runs): TextRun[] {
  return runs.map((r) => {
    if (r.kind === 'delete' || r.kind === 'move-from')
      return new TextRun({ text: r.text, strike: true, color: 'AA0000' });
    if (r.kind === 'insert' || r.kind === 'move-to')
      return new TextRun({ text: r.text, underline: {}, color: '006600' });
    return new TextRun(r.text);
  });
}

const cell = (children: Paragraph[], width: number) =>
  new TableCell({
    children: children.length ? children : [new Paragraph('')],
    width: { size: width, type: WidthType.PERCENTAGE },
  });

/** The table as .docx bytes. Throws nothing of its own. */
export async function columnsDocx(table: ColumnsTable): Promise<Uint8Array> {
  const columns = columnsOf(table);
  const titles = ['Provision', 'Base text', ...columns.map((c) => c.title)];
  const numberWidth = 8;
  const width = Math.floor((100 - numberWidth) / (titles.length - 1));
  const widthOf = (i: number) => (i === 0 ? numberWidth : width);
  const header = new TableRow({
    tableHeader: true,
    children: titles.map((t, i) =>
      cell([new Paragraph({ children: [new TextRun({ text: t, bold: true })] })], widthOf(i)),
    ),
  });
  const rows = table.rows.map(
    (row) =>
      new TableRow({
        cantSplit: false,
        children: [
          cell([new Paragraph(`${row.number}${row.heading ? ` ${row.heading}` : ''}`)], widthOf(0)),
          cell(
            row.text.split('\n').map((line) => new Paragraph(line)),
            widthOf(1),
          ),
          ...columns.map((c, i) =>
            cell(
              c.cell(row).map(
                (e) =>
                  new Paragraph({
                    children: [
                      ...(e.caption ? [new TextRun({ text: `${e.caption}: `, italics: true })] : []),
                      ...textRuns(e.runs),
                    ],
                  }),
              ),
              widthOf(i + 2),
            ),
          ),
        ],
      }),
  );
  const document = new Document({
    creator: 'Parley',
    title: `${table.draft.label} — columns`,
    sections: [
      {
        properties: {
          page: { size: { width: 11906, height: 16838, orientation: PageOrientation.LANDSCAPE } },
        },
        children: [
          new Paragraph({
            children: [
              new TextRun({
                text: `${table.draft.label} (${table.draft.id}, ${table.draft.date})`,
                bold: true,
              }),
            ],
          }),
          new Table({ rows: [header, ...rows], width: { size: 100, type: WidthType.PERCENTAGE } }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
