// A standalone side-by-side HTML page (no scripts, no external assets): the older text on
// the left with deletions struck, the newer on the right with insertions underlined.

import type { CompareResult } from '../compare.ts';
import type { RedlineSegment } from '../types.ts';
import { evidenceNote, fullText, labels, type Row, rewordedNote, rowsOf, userNote } from './rows.ts';

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

const STYLE = `body{font:15px/1.5 Georgia,serif;margin:2em;color:#222}
table{border-collapse:collapse;width:100%;table-layout:fixed}
td,th{vertical-align:top;padding:.4em .6em;border-bottom:1px solid #ddd;white-space:pre-wrap}
th{text-align:left;font:600 13px system-ui,sans-serif;color:#555}
.kind{font:12px system-ui,sans-serif;color:#666;width:10em}
.user{color:#1a5fb4;font-weight:600}
.why{display:block;color:#6b4e00;margin-top:.3em}
del{color:#b00020;background:#fde7ea}ins{color:#0a6b2d;background:#e3f6e8;text-decoration:underline}
del.move,ins.move{color:#5b2a86;background:#efe6f8}
.added td.new,.deleted td.old{background:#fafafa}`;

function side(segments: readonly RedlineSegment[], keep: 'old' | 'new'): string {
  return segments
    .map((s) => {
      const t = escapeHtml(s.text);
      if (s.kind === 'equal') return keep === 'old' ? escapeHtml(s.oldText ?? s.text) : t;
      if (keep === 'old' && s.kind === 'delete') return `<del>${t}</del>`;
      if (keep === 'old' && s.kind === 'move-from')
        return `<del class="move" title="moved (${s.moveId})">${t}</del>`;
      if (keep === 'new' && s.kind === 'insert') return `<ins>${t}</ins>`;
      if (keep === 'new' && s.kind === 'move-to')
        return `<ins class="move" title="moved (${s.moveId})">${t}</ins>`;
      return '';
    })
    .join('');
}

function rowHtml(row: Row): string {
  const pad = `style="padding-left:${0.6 + row.depth * 1.5}em"`;
  const label = row.kind === 'added' ? labels(row.to) : labels(row.from);
  const target = row.kind === 'added' || row.kind === 'deleted' ? '' : ` → ${labels(row.to)}`;
  const score = row.score === undefined ? '' : ` ${row.score.toFixed(2)}`;
  const user = row.user ? `<br><span class="user">${userNote(row)}</span>` : '';
  const note = evidenceNote(row);
  const why = note === '' ? '' : `<span class="why">why: ${escapeHtml(note)}</span>`;
  const old =
    row.kind === 'added'
      ? ''
      : row.kind === 'deleted'
        ? `<del>${escapeHtml(fullText(row.from))}</del>`
        : side(row.segments ?? [], 'old');
  const neu =
    row.kind === 'deleted'
      ? ''
      : row.kind === 'added'
        ? `<ins>${escapeHtml(fullText(row.to))}</ins>`
        : side(row.segments ?? [], 'new');
  return (
    `<tr class="${row.kind}"><td class="kind" ${pad}>${escapeHtml(`${label}${target}`)}<br>${row.kind}${score}${user}${why}</td>` +
    `<td class="old">${old}</td><td class="new">${neu}</td></tr>`
  );
}

/** Renders a comparison as a standalone HTML page; every text is escaped. */
export function renderHtml(result: CompareResult, title = 'Parley comparison'): string {
  const s = result.summary;
  const b = result.brackets;
  const summary =
    `${s.kept} kept · ${rewordedNote(s, ' · ')} · ${s.moved} moved · ${s.merged} merged · ${s.split} split · ` +
    `${s.added} added · ${s.deleted} deleted · brackets ${b.from.brackets} → ${b.to.brackets} · ` +
    `options ${b.from.options} → ${b.to.options}`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head>
<body><h1>${escapeHtml(title)}</h1><p>${escapeHtml(summary)}</p>
<table><thead><tr><th class="kind">provision</th><th>older draft</th><th>newer draft</th></tr></thead><tbody>
${rowsOf(result).map(rowHtml).join('\n')}
</tbody></table></body></html>
`;
}
