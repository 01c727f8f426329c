// Markdown rendering for reports and issue trackers: a summary table, then each
// provision with its redline as ~~deleted~~ and **inserted** text; moves are labelled.

import type { CompareResult } from '../compare.ts';
import type { RedlineSegment } from '../types.ts';
import { evidenceNote, fullText, labels, type Row, rowsOf, userNote } from './rows.ts';

/** Escapes the characters Markdown would read as markup. */
function escapeMd(text: string): string {
  return text.replace(/([\\`*_~[\]<>#|])/g, '\\$1');
}

function markSegment(s: RedlineSegment): string {
  // Emphasis markers must hug non-space text, so leading/trailing spaces stay outside them.
  const [, lead = '', core = '', trail = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(s.text) ?? [];
  if (core === '' || s.kind === 'equal') return escapeMd(s.text);
  const text = escapeMd(core).replace(/\n/g, ' ');
  const marked = {
    delete: `~~${text}~~`,
    insert: `**${text}**`,
    'move-from': `~~${text}~~ *(moved)*`,
    'move-to': `**${text}** *(moved here)*`,
  }[s.kind];
  return `${lead}${marked}${trail}`;
}

/** Renders a comparison as Markdown. */
export function renderMarkdown(result: CompareResult): string {
  const s = result.summary;
  const b = result.brackets;
  // The rewritten column only where there is one, so comparisons without any read as before.
  const rewritten = s.rewritten > 0;
  const out = [
    `| kept | reworded |${rewritten ? ' rewritten |' : ''} moved | merged | split | added | deleted | brackets | options |`,
    `|---|---|${rewritten ? '---|' : ''}---|---|---|---|---|---|---|`,
    `| ${s.kept} | ${s.reworded} |${rewritten ? ` ${s.rewritten} |` : ''} ${s.moved} | ${s.merged} | ${s.split} | ` +
      `${s.added} | ${s.deleted} | ${b.from.brackets} → ${b.to.brackets} | ${b.from.options} → ${b.to.options} |`,
    '',
  ];
  for (const row of rowsOf(result)) {
    const indent = '  '.repeat(row.depth);
    out.push(`${indent}- ${headingOf(row)}`);
    const why = evidenceNote(row);
    if (why !== '') out.push(`${indent}  *Why:* ${escapeMd(why)}`);
    const body = bodyOf(row);
    if (body !== '') out.push(`${indent}  ${body.replace(/\n+/g, ' ')}`);
  }
  return `${out.join('\n')}\n`;
}

function headingOf(row: Row): string {
  if (row.kind === 'added') return `**Added** ${escapeMd(labels(row.to))}`;
  if (row.kind === 'deleted') return `**Deleted** ${escapeMd(labels(row.from))}`;
  const kind = row.kind[0]!.toUpperCase() + row.kind.slice(1);
  const user = row.user ? `, ${userNote(row)}` : '';
  return `**${kind}** ${escapeMd(labels(row.from))} → ${escapeMd(labels(row.to))} (${row.score?.toFixed(2)}${user})`;
}

function bodyOf(row: Row): string {
  if (row.kind === 'added') return markSegment({ kind: 'insert', text: fullText(row.to) });
  if (row.kind === 'deleted') return markSegment({ kind: 'delete', text: fullText(row.from) });
  if (row.kind === 'kept') return '';
  // A space between a deletion and the insertion replacing it, or the two marks run together.
  return (row.segments ?? [])
    .map(
      (seg, i, all) => (seg.kind === 'insert' && all[i - 1]?.kind === 'delete' ? ' ' : '') + markSegment(seg),
    )
    .join('');
}
