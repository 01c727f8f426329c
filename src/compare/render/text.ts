// Terminal rendering: one line per provision in the newer draft's order, the redline
// under it. Colour marks changes when the terminal has it; otherwise wdiff-style marks
// ([-deleted-] {+inserted+}) keep the output readable in a pipe or a log.

import type { CompareResult } from '../compare.ts';
import type { RedlineSegment } from '../types.ts';
import { evidenceNote, fullText, labels, type Row, rewordedNote, rowsOf, userNote } from './rows.ts';

const ANSI = {
  delete: ['\x1b[31;9m', '\x1b[0m'],
  insert: ['\x1b[32;4m', '\x1b[0m'],
  'move-from': ['\x1b[35;9m', '\x1b[0m'],
  'move-to': ['\x1b[36;4m', '\x1b[0m'],
  dim: ['\x1b[2m', '\x1b[0m'],
  bold: ['\x1b[1m', '\x1b[0m'],
} as const;
const PLAIN = {
  delete: ['[-', '-]'],
  insert: ['{+', '+}'],
  'move-from': ['[<', '<]'],
  'move-to': ['{>', '>}'],
  dim: ['', ''],
  bold: ['', ''],
} as const;

/** Renders a comparison for a terminal; `color` adds ANSI styles instead of bracket marks. */
export function renderText(result: CompareResult, options: { color: boolean }): string {
  const style = options.color ? ANSI : PLAIN;
  const wrap = (kind: keyof typeof ANSI, text: string) => `${style[kind][0]}${text}${style[kind][1]}`;
  const lines: string[] = [summaryLine(result)];
  for (const row of rowsOf(result)) {
    const indent = '  '.repeat(row.depth);
    lines.push(`${indent}${wrap('bold', heading(row))}`);
    const why = evidenceNote(row);
    if (why !== '') lines.push(`${indent}    ${wrap('dim', `why: ${why}`)}`);
    const body = bodyOf(row, (s) => (s.kind === 'equal' ? s.text : wrap(s.kind, s.text)));
    if (body !== '') lines.push(`${indent}    ${body.replace(/\n/g, `\n${indent}    `)}`);
  }
  return `${lines.join('\n')}\n`;
}

function summaryLine(result: CompareResult): string {
  const s = result.summary;
  const b = result.brackets;
  return (
    `${s.kept} kept, ${rewordedNote(s)}, ${s.moved} moved, ${s.merged} merged, ${s.split} split, ` +
    `${s.added} added, ${s.deleted} deleted; brackets ${b.from.brackets} → ${b.to.brackets}, ` +
    `options ${b.from.options} → ${b.to.options}`
  );
}

function heading(row: Row): string {
  if (row.kind === 'added') return `+ ${labels(row.to)} added`;
  if (row.kind === 'deleted') return `- ${labels(row.from)} deleted`;
  const moved = row.moved && row.kind !== 'moved' ? ', moved' : '';
  const user = row.user ? `, ${userNote(row)}` : '';
  return `${labels(row.from)} → ${labels(row.to)}  ${row.kind}${moved}${user} (${row.score?.toFixed(2)})`;
}

function bodyOf(row: Row, mark: (s: RedlineSegment) => string): string {
  if (row.kind === 'added') return mark({ kind: 'insert', text: fullText(row.to) });
  if (row.kind === 'deleted') return mark({ kind: 'delete', text: fullText(row.from) });
  if (row.kind === 'kept') return '';
  return (row.segments ?? []).map(mark).join('');
}
